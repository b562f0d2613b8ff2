# `cmake --install build --prefix P` lays out a Tributary that needs nothing from the source tree:
#   P/bin/                      tributary, tributary-conformance, tributary-sandbox (when built)
#   P/lib/tributary/plugins/    the shipped plugins beside their manifests (tributary_add_plugin)
#   P/include/tributary/sdk/    the SDK headers
#   P/lib/libtributary_sdk.a    the SDK library plugins link into themselves
#   P/lib/cmake/TributarySDK/   find_package(TributarySDK): Tributary::sdk, tributary_add_plugin()
# Components: `sdk` (headers, library, CMake package), `runtime` (binaries), `plugins`.
include(CMakePackageConfigHelpers)

set(TRIBUTARY_CMAKE_INSTALL_DIR lib/cmake/TributarySDK)

set_target_properties(tributary_sdk PROPERTIES EXPORT_NAME sdk)
set_property(TARGET tributary_sdk APPEND PROPERTY INTERFACE_COMPILE_FEATURES cxx_std_20)
install(TARGETS tributary_sdk EXPORT TributarySDKTargets
  ARCHIVE DESTINATION lib COMPONENT sdk
  INCLUDES DESTINATION include)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/sdk/include/tributary DESTINATION include COMPONENT sdk)
install(EXPORT TributarySDKTargets NAMESPACE Tributary:: DESTINATION ${TRIBUTARY_CMAKE_INSTALL_DIR}
  COMPONENT sdk)

# The toolchain the host was built with: a plugin built with another one is refused at load time
# (compiler family and major, standard library, Boost must match), so the package says so early.
string(REGEX MATCH "^[0-9]+" TRIBUTARY_COMPILER_MAJOR "${CMAKE_CXX_COMPILER_VERSION}")
set(TRIBUTARY_INCLUDE_INSTALL_DIR include)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/TributarySDKConfig.cmake.in
  ${CMAKE_BINARY_DIR}/cmake/TributarySDKConfig.cmake
  INSTALL_DESTINATION ${TRIBUTARY_CMAKE_INSTALL_DIR}
  PATH_VARS TRIBUTARY_INCLUDE_INSTALL_DIR)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/cmake/TributarySDKConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES
  ${CMAKE_BINARY_DIR}/cmake/TributarySDKConfig.cmake
  ${CMAKE_BINARY_DIR}/cmake/TributarySDKConfigVersion.cmake
  ${PROJECT_SOURCE_DIR}/cmake/TributaryPlugin.cmake
  DESTINATION ${TRIBUTARY_CMAKE_INSTALL_DIR} COMPONENT sdk)

foreach(binary tributary tributary-conformance tributary-sandbox)
  if(TARGET ${binary})
    install(TARGETS ${binary} RUNTIME DESTINATION bin COMPONENT runtime)
  endif()
endforeach()
