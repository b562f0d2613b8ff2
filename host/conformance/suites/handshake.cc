// handshake: the info record is valid and compatible, the library loads with every symbol
// resolved (RTLD_NOW), and the factory makes a connector.
#include "host/conformance/suites.h"

namespace tributary::host::conformance {

namespace {
std::string field(const boost::json::object& o, const char* key) {
  auto text = field_text(o, key);
  return text.empty() ? "?" : text;
}
}  // namespace

CheckResult run_handshake(SuiteContext& ctx) {
  const auto& d = ctx.description();
  if (!d.failure.empty()) return fail("the plugin " + d.failure);
  if (!d.load_error.empty()) return fail(d.load_error);
  if (!d.create_error.empty())
    return fail("the handshake passed but no connector could be made: " + d.create_error +
                " (the connector's constructor threw or returned null)");
  const auto& i = d.info;
  return pass("ABI " + field(i, "abi_major") + "." + field(i, "abi_minor") + ", SDK " +
              field(i, "sdk_version") + ", " + field(i, "compiler") + " / " + field(i, "stdlib") +
              " / Boost " + field(i, "boost_version") + "; '" + field(i, "plugin_name") + "' " +
              field(i, "plugin_version") + " loaded with every symbol resolved and made a connector");
}

}  // namespace tributary::host::conformance
