#include "plugins/copper/metric_tally.h"

#include <boost/json.hpp>
#include <cmath>

#include "tributary/sdk/time.h"

namespace tributary::copper {

namespace json = boost::json;

sdk::Result<std::optional<std::string>> MetricTally::day_of(std::int64_t at) const {
  if (at < window_.start_utc || at >= window_.end_utc) return std::optional<std::string>{};
  auto day = sdk::local_date(at, timezone_);
  if (!day) return day.status();
  if (!in_window(*day)) return std::optional<std::string>{};
  return std::optional<std::string>{std::move(*day)};
}

bool MetricTally::in_window(std::string_view day) const {
  return day >= window_.start_date && day <= window_.end_date;
}

void MetricTally::add(const std::string& user_id, std::string_view type, const std::string& day,
                      std::int64_t units, std::optional<std::int64_t> opportunity_id) {
  auto& cell = cells_[{user_id, std::string(type), day}];
  cell.units += units;
  cell.items += 1;
  if (opportunity_id) cell.opportunities.insert(*opportunity_id);
}

std::vector<sdk::MetricRecord> MetricTally::records() const {
  std::vector<sdk::MetricRecord> out;
  for (const auto& [key, cell] : cells_) {
    const auto& [user, type, day] = key;
    sdk::MetricRecord r{user, type, day, static_cast<double>(cell.units), {}};
    if (type.starts_with("new_sales_")) {
      r.value = static_cast<double>(cell.units) / 100.0;
      r.metadata["opportunities"] = cell.items;
    } else if (type == "talk_time_minutes") {
      // Minutes to two decimals from exact seconds: the day's total, not a sum of rounded calls.
      r.value = std::round(static_cast<double>(cell.units) * 100.0 / 60.0) / 100.0;
      r.metadata["seconds"] = cell.units;
      r.metadata["calls"] = cell.items;
    }
    if (!cell.opportunities.empty()) {
      json::array ids;
      for (auto id : cell.opportunities) ids.push_back(id);
      r.metadata["opportunity_ids"] = std::move(ids);
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace tributary::copper
