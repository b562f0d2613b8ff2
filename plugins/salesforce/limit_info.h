#pragma once
// Sforce-Limit-Info: "api-usage=18/15000", the org's API requests used and allowed over the
// rolling 24 h, sent with every answer.

#include <cstdint>
#include <optional>
#include <string_view>

namespace tributary::salesforce {

struct ApiUsage {
  std::int64_t used = 0;
  std::int64_t limit = 0;
};

std::optional<ApiUsage> parse_limit_info(std::string_view header);

}  // namespace tributary::salesforce
