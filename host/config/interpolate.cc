#include "host/config/interpolate.h"

#include <cctype>

namespace tributary::host {

namespace {

bool is_variable_name(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) return false;
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

// Expands the body of one `${...}` (without the braces) into `out`.
void expand(std::string_view body, const EnvLookup& env, Interpolated& out) {
  std::string_view name = body;
  std::string_view fallback;
  bool has_fallback = false;
  if (auto sep = body.find(":-"); sep != std::string_view::npos) {
    name = body.substr(0, sep);
    fallback = body.substr(sep + 2);
    has_fallback = true;
  }
  if (!is_variable_name(name)) {
    out.problems.push_back("'${" + std::string(body) +
                           "}' does not name an environment variable; names are letters, digits "
                           "and '_', not starting with a digit (write '$${' for a literal '${')");
    return;
  }
  auto value = env(std::string(name));
  if (value && !(has_fallback && value->empty())) {
    out.text += *value;
  } else if (has_fallback) {
    out.text += fallback;
  } else {
    out.missing.emplace_back(name);
  }
}

}  // namespace

Interpolated interpolate(std::string_view text, const EnvLookup& env) {
  Interpolated out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 3, "$${") == 0) {
      out.text += "${";
      i += 3;
      continue;
    }
    if (text.compare(i, 2, "${") != 0) {
      out.text += text[i++];
      continue;
    }
    auto close = text.find('}', i + 2);
    if (close == std::string_view::npos) {
      out.problems.push_back("unterminated '${' in '" + std::string(text) +
                             "'; close it with '}' or write '$${' for a literal '${'");
      return out;
    }
    expand(text.substr(i + 2, close - i - 2), env, out);
    i = close + 1;
  }
  return out;
}

bool has_placeholder(std::string_view text) { return text.find("${") != std::string_view::npos; }

}  // namespace tributary::host
