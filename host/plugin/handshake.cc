#include "host/plugin/handshake.h"

#include <cstring>

namespace tributary::host {

const TributaryPluginInfo& host_plugin_info() {
  static const TributaryPluginInfo kHost = {
      sizeof(TributaryPluginInfo), TRIBUTARY_ABI_MAJOR, TRIBUTARY_ABI_MINOR, TRIBUTARY_SDK_VERSION,
      TRIBUTARY_COMPILER_TAG,      TRIBUTARY_STDLIB_TAG, TRIBUTARY_BOOST_TAG, "tributary",
      TRIBUTARY_SDK_VERSION};
  return kHost;
}

namespace {
std::string str(const char* s) { return s ? s : "(null)"; }

std::optional<std::string> mismatch(const char* field, const char* expected, const char* actual) {
  if (expected && actual && std::strcmp(expected, actual) == 0) return std::nullopt;
  return std::string(field) + ": expected '" + str(expected) + "', plugin has '" + str(actual) + "'";
}
}  // namespace

std::optional<std::string> check_handshake(const TributaryPluginInfo& p) {
  const auto& h = host_plugin_info();
  // The first three fields are readable in any version of the record.
  if (p.struct_size < sizeof(TributaryPluginInfo))
    return "struct_size: expected at least " + std::to_string(sizeof(TributaryPluginInfo)) +
           ", plugin has " + std::to_string(p.struct_size) + " (built against an older SDK)";
  if (p.abi_major != h.abi_major)
    return "abi_major: expected " + std::to_string(h.abi_major) + ", plugin has " +
           std::to_string(p.abi_major) + " (rebuild the plugin against SDK " +
           TRIBUTARY_SDK_VERSION + ")";
  if (p.abi_minor > h.abi_minor)
    return "abi_minor: expected at most " + std::to_string(h.abi_minor) + ", plugin has " +
           std::to_string(p.abi_minor) + " (the plugin needs a newer host)";
  if (auto m = mismatch("compiler", h.compiler, p.compiler)) return m;
  if (auto m = mismatch("stdlib", h.stdlib, p.stdlib)) return m;
  if (auto m = mismatch("boost_version", h.boost_version, p.boost_version)) return m;
  if (!p.plugin_name || !*p.plugin_name) return std::string("plugin_name: expected a name, plugin has none");
  if (!p.plugin_version || !*p.plugin_version)
    return std::string("plugin_version: expected a version, plugin has none");
  return std::nullopt;
}

}  // namespace tributary::host
