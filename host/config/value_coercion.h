#pragma once
// Reading a connector config value as the type its plugin declares. `${VAR}` leaves strings
// behind, so a string that reads as the declared number or boolean is accepted as one.

#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "tributary/sdk/declaration.h"

namespace tributary::host {

struct Coerced {
  std::optional<boost::json::value> value;  // set on success
  std::string problem;                      // otherwise a sentence: "expected an integer for ..."
};

// `label` names the value in the problem: "'port'" or "item 2 of 'ids'".
Coerced coerce(const boost::json::value& value, sdk::ValueType type, const std::string& label);

// "the string 'abc'", "42", "true", "a list", "a mapping", "nothing"
std::string describe_json(const boost::json::value& value);

}  // namespace tributary::host
