# tributary_add_plugin(<name> SOURCES <files...> [MANIFEST <manifest.json>] [LIBS <libs...>])
# Builds a connector plugin as a MODULE library with hidden visibility (only the symbols
# TRIBUTARY_EXPORT_CONNECTOR marks are exported), next to its manifest in the plugin directory,
# and installs both into <prefix>/lib/tributary/plugins.
#
# The same file serves the Tributary tree and, installed with find_package(TributarySDK), plugins
# built outside it. Out of the tree the library and manifest land in ${CMAKE_BINARY_DIR}/plugins
# (set TRIBUTARY_PLUGIN_OUTPUT_DIR to change that); `cmake --install` puts them where an installed
# host looks (TRIBUTARY_PLUGIN_INSTALL_DIR, relative to the install prefix).
function(tributary_add_plugin name)
  cmake_parse_arguments(ARG "" "MANIFEST" "SOURCES;LIBS" ${ARGN})
  if(NOT DEFINED TRIBUTARY_PLUGIN_OUTPUT_DIR)
    set(TRIBUTARY_PLUGIN_OUTPUT_DIR ${CMAKE_BINARY_DIR}/plugins)
  endif()
  if(NOT DEFINED TRIBUTARY_PLUGIN_INSTALL_DIR)
    set(TRIBUTARY_PLUGIN_INSTALL_DIR lib/tributary/plugins)
  endif()
  # Tributary::sdk is the installed package's target; tributary::sdk the in-tree one.
  if(TARGET Tributary::sdk)
    set(sdk_target Tributary::sdk)
  else()
    set(sdk_target tributary::sdk)
  endif()
  set(target tributary_plugin_${name})
  add_library(${target} MODULE ${ARG_SOURCES})
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME tributary-${name}
    PREFIX lib
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY ${TRIBUTARY_PLUGIN_OUTPUT_DIR})
  target_link_libraries(${target} PRIVATE ${sdk_target} ${ARG_LIBS})
  # A plugin's only public symbols are the three TRIBUTARY_EXPORT_CONNECTOR functions. Hidden
  # visibility is not enough alone: the statically linked SDK (and date/tz) would be exported
  # without --exclude-libs, and the inline classes Boost marks visible for RTTI (Boost.System's
  # error categories) without the version script.
  set(exports ${CMAKE_CURRENT_BINARY_DIR}/tributary-${name}.exports)
  file(WRITE ${exports} "{\n  global:\n    tributary_plugin_info;\n    tributary_create_connector;\n"
                        "    tributary_destroy_connector;\n  local: *;\n};\n")
  target_link_options(${target} PRIVATE -Wl,--no-undefined LINKER:--exclude-libs,ALL
                      LINKER:--version-script=${exports})
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${exports})
  if(COMMAND tributary_warnings)
    tributary_warnings(${target})
  endif()
  if(NOT ARG_MANIFEST)
    set(ARG_MANIFEST ${CMAKE_CURRENT_SOURCE_DIR}/manifest.json)
  endif()
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${ARG_MANIFEST}
            ${TRIBUTARY_PLUGIN_OUTPUT_DIR}/tributary-${name}.manifest.json
    VERBATIM)
  install(TARGETS ${target} LIBRARY DESTINATION ${TRIBUTARY_PLUGIN_INSTALL_DIR} COMPONENT plugins)
  install(FILES ${ARG_MANIFEST} DESTINATION ${TRIBUTARY_PLUGIN_INSTALL_DIR}
          RENAME tributary-${name}.manifest.json COMPONENT plugins)
endfunction()
