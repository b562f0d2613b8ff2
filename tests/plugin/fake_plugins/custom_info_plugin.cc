// A plugin as a different SDK or toolchain would have built it: its info record carries
// INFO_ABI_MAJOR / INFO_BOOST instead of this build's values.
#include "minimal_connector.h"

extern "C" __attribute__((visibility("default"))) const TributaryPluginInfo*
tributary_plugin_info() noexcept {
  static const TributaryPluginInfo kInfo = {sizeof(TributaryPluginInfo), INFO_ABI_MAJOR,
                                            TRIBUTARY_ABI_MINOR,         TRIBUTARY_SDK_VERSION,
                                            TRIBUTARY_COMPILER_TAG,      TRIBUTARY_STDLIB_TAG,
                                            INFO_BOOST,                  PLUGIN_NAME,
                                            "1.0.0"};
  return &kInfo;
}
extern "C" __attribute__((visibility("default"))) tributary::sdk::Connector*
tributary_create_connector() noexcept {
  return new fake::MinimalConnector();
}
extern "C" __attribute__((visibility("default"))) void tributary_destroy_connector(
    tributary::sdk::Connector* c) noexcept {
  delete c;
}
