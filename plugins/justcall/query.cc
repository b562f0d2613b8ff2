#include "plugins/justcall/query.h"

namespace tributary::justcall {

std::string to_query_string(const Query& query) {
  std::string out;
  for (const auto& [name, value] : query) {
    if (!out.empty()) out += '&';
    out += name;
    out += '=';
    out += value;
  }
  return out;
}

Query parse_link_query(std::string_view link) {
  Query out;
  auto q = link.find('?');
  if (q == std::string_view::npos) return out;
  auto rest = link.substr(q + 1);
  rest = rest.substr(0, rest.find('#'));
  while (!rest.empty()) {
    auto amp = rest.find('&');
    auto part = rest.substr(0, amp);
    if (!part.empty()) {
      auto eq = part.find('=');
      std::string name(part.substr(0, eq));
      std::string value(eq == std::string_view::npos ? std::string_view{} : part.substr(eq + 1));
      if (!name.empty()) set_param(out, name, std::move(value));
    }
    if (amp == std::string_view::npos) break;
    rest.remove_prefix(amp + 1);
  }
  return out;
}

void set_param(Query& query, std::string_view name, std::string value) {
  for (auto& [n, v] : query) {
    if (n == name) {
      v = std::move(value);
      return;
    }
  }
  query.emplace_back(std::string(name), std::move(value));
}

void overlay(Query& base, const Query& over) {
  for (const auto& [name, value] : over) set_param(base, name, value);
}

}  // namespace tributary::justcall
