#include "host/goals/goal_value.h"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>
#include <charconv>

namespace tributary::host {

namespace {

std::vector<std::string> sources_used(const SourcePolicy& policy, const SourceTotals& totals) {
  std::vector<std::string> used;
  if (policy.mode == "sum") {
    for (const auto& [source, total] : totals) {
      const bool listed =
          policy.sources.empty() ||
          std::find(policy.sources.begin(), policy.sources.end(), source) != policy.sources.end();
      if (listed) used.push_back(source);
    }
    return used;
  }
  for (const auto& source : policy.sources) {
    auto it = totals.find(source);
    if (it != totals.end() && it->second.rows > 0) {
      used.push_back(source);
      break;
    }
  }
  return used;
}

std::string quoted(std::string_view s) { return boost::json::serialize(boost::json::string(s)); }

// Shortest round-trip form ("12.5", "10"); Boost.JSON would write "1.25E1", which dashboards
// show as is.
std::string number(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

std::string string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + quoted(items[i]);
  return out + "]";
}

}  // namespace

GoalValue goal_value(const SourcePolicy& policy, const SourceTotals& totals) {
  GoalValue out;
  const auto used = sources_used(policy, totals);
  for (const auto& source : used) out.current += totals.find(source)->second.value;
  std::string sources = "{";
  for (const auto& [source, total] : totals)
    sources += (sources.size() > 1 ? "," : "") + quoted(source) + ":" + number(total.value);
  sources += "}";
  out.source_detail = "{\"policy\":" + quoted(policy.mode) +
                      ",\"order\":" + string_array(policy.sources) + ",\"sources\":" + sources +
                      ",\"used\":" + string_array(used) + "}";
  return out;
}

}  // namespace tributary::host
