#pragma once
// The hygiene rules a declaration must follow for the host to validate configs, redact secrets
// and store records correctly. Errors fail the declaration check; warnings are reported.

#include <string>
#include <string_view>
#include <vector>

#include "host/conformance/record_json.h"

namespace tributary::host::conformance {

struct HygieneFindings {
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

HygieneFindings declaration_hygiene(const DeclarationRead& declaration);

// True for names that hold credentials by the usual conventions (api_key, access_token,
// client_secret, password...) and not for names about them (token_url, auth_style, key_field).
bool looks_like_credential(std::string_view key_name);

}  // namespace tributary::host::conformance
