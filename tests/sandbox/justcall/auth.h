#pragma once
// JustCall v2.1 documents `Authorization: <key>:<secret>`; older clients (CWL among them) send
// `Authorization: Basic base64(key:secret)` and the live API takes it, so the fake takes both.

#include <optional>
#include <string>
#include <string_view>

#include "tests/sandbox/justcall/settings.h"

namespace tributary::sandbox::justcall {

bool is_authorized(std::string_view authorization, const Settings& settings);

// Standard alphabet, padding optional; nullopt for anything else.
std::optional<std::string> decode_base64(std::string_view text);

}  // namespace tributary::sandbox::justcall
