#pragma once
// Checks a plugin's C info record against the host's own build before any C++ object crosses.

#include <optional>
#include <string>

#include "tributary/sdk/abi.h"

namespace tributary::host {

// The host's own values, as a plugin built with this exact toolchain would report them.
const TributaryPluginInfo& host_plugin_info();

// nullopt when compatible; otherwise one sentence naming the field, expected and actual value:
// "abi_major: expected 1, plugin has 2".
std::optional<std::string> check_handshake(const TributaryPluginInfo& plugin);

}  // namespace tributary::host
