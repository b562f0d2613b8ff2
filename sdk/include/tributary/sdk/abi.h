#pragma once
// The C-compatible handshake record every plugin exports. The host reads it through a plain
// C function before any C++ object crosses the library boundary, and refuses a plugin whose
// fields disagree with its own (naming the field, the expected and the actual value).

#include <boost/version.hpp>
#include <cstdint>

#define TRIBUTARY_ABI_MAJOR 1
#define TRIBUTARY_ABI_MINOR 0
#define TRIBUTARY_SDK_VERSION "0.1.0"

#define TRIBUTARY_STRINGIFY_IMPL(x) #x
#define TRIBUTARY_STRINGIFY(x) TRIBUTARY_STRINGIFY_IMPL(x)

#if defined(__clang__)
#define TRIBUTARY_COMPILER_TAG "clang " TRIBUTARY_STRINGIFY(__clang_major__)
#elif defined(__GNUC__)
#define TRIBUTARY_COMPILER_TAG "gcc " TRIBUTARY_STRINGIFY(__GNUC__)
#else
#define TRIBUTARY_COMPILER_TAG "unknown"
#endif

#if defined(_GLIBCXX_RELEASE)
#define TRIBUTARY_STDLIB_TAG "libstdc++ " TRIBUTARY_STRINGIFY(_GLIBCXX_RELEASE)
#elif defined(_LIBCPP_VERSION)
#define TRIBUTARY_STDLIB_TAG "libc++ " TRIBUTARY_STRINGIFY(_LIBCPP_VERSION)
#else
#include <version>
#if defined(_GLIBCXX_RELEASE)
#define TRIBUTARY_STDLIB_TAG "libstdc++ " TRIBUTARY_STRINGIFY(_GLIBCXX_RELEASE)
#elif defined(_LIBCPP_VERSION)
#define TRIBUTARY_STDLIB_TAG "libc++ " TRIBUTARY_STRINGIFY(_LIBCPP_VERSION)
#else
#define TRIBUTARY_STDLIB_TAG "unknown"
#endif
#endif

#define TRIBUTARY_BOOST_TAG BOOST_LIB_VERSION

extern "C" {

// Plain data only: never add a member that is not a fixed-size integer or a C string.
// New fields go at the end; struct_size tells the host which fields a plugin has.
struct TributaryPluginInfo {
  std::uint32_t struct_size;
  std::uint32_t abi_major;
  std::uint32_t abi_minor;
  const char* sdk_version;
  const char* compiler;       // e.g. "gcc 12"
  const char* stdlib;         // e.g. "libstdc++ 12"
  const char* boost_version;  // e.g. "1_81"
  const char* plugin_name;
  const char* plugin_version;
};

}  // extern "C"

namespace tributary::sdk {

inline constexpr const char* kInfoSymbol = "tributary_plugin_info";
inline constexpr const char* kCreateSymbol = "tributary_create_connector";
inline constexpr const char* kDestroySymbol = "tributary_destroy_connector";

}  // namespace tributary::sdk
