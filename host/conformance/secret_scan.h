#pragma once
// Looks for secret values in what a connector logged and returned, and says where each one was
// found without printing it.

#include <boost/json/value.hpp>
#include <string>
#include <vector>

#include "host/conformance/exchange_server.h"

namespace tributary::host::conformance {

struct Secret {
  std::string value;
  std::string origin;  // "config key 'api_token'", "the Authorization header it sent"
};

struct SecretHit {
  std::string origin;
  std::string where;    // "units[0].logs[3].message"
  std::string excerpt;  // the text around it, with every secret replaced by ***
};

// Credentials the connector put on the wire in `phase_prefix`* requests: values of
// Authorization-like headers (and the token after "Bearer "/"Basic "), and of query
// parameters whose names look like credentials.
std::vector<Secret> wire_credentials(const std::vector<ServedRequest>& served, const std::string& phase_prefix);

// Every string inside `value` (keys too) containing a secret. Values shorter than 6 characters
// are not looked for: they would match by accident.
std::vector<SecretHit> find_secrets(const boost::json::value& value, const std::vector<Secret>& secrets,
                                    const std::string& root = "");

// The same for plain text (what the child process printed), reported per line.
std::vector<SecretHit> find_secrets_in_text(const std::string& text, const std::vector<Secret>& secrets,
                                            const std::string& where);

}  // namespace tributary::host::conformance
