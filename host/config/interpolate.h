#pragma once
// `${VAR}` substitution, the only way secrets and per-host values enter a config file.
//   ${VAR}          the variable's value; an error when it is not set
//   ${VAR:-text}    the variable's value, or `text` when it is unset or empty
//   $${             a literal "${"

#include <string>
#include <string_view>
#include <vector>

#include "host/config/loader.h"

namespace tributary::host {

struct Interpolated {
  std::string text;
  // Sentences without location: "environment variable X is not set", "unterminated '${' ...".
  std::vector<std::string> problems;
  std::vector<std::string> missing;  // names of unset variables, in order of use
};

Interpolated interpolate(std::string_view text, const EnvLookup& env);

// True when `text` is subject to substitution (has "${" or the "$${" escape).
bool has_placeholder(std::string_view text);

}  // namespace tributary::host
