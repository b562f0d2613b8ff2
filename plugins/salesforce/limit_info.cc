#include "plugins/salesforce/limit_info.h"

#include <charconv>

namespace tributary::salesforce {

std::optional<ApiUsage> parse_limit_info(std::string_view header) {
  constexpr std::string_view kKey = "api-usage=";
  auto at = header.find(kKey);
  if (at == std::string_view::npos) return std::nullopt;
  auto rest = header.substr(at + kKey.size());
  ApiUsage usage;
  auto [slash, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), usage.used);
  if (ec != std::errc{} || slash == rest.data() + rest.size() || *slash != '/') return std::nullopt;
  auto [end, ec2] = std::from_chars(slash + 1, rest.data() + rest.size(), usage.limit);
  if (ec2 != std::errc{}) return std::nullopt;
  return usage;
}

}  // namespace tributary::salesforce
