#include "host/goals/goal_updater.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "host/goals/goal_plan.h"
#include "host/goals/goal_value.h"

namespace tributary::host {

namespace {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

// Source totals per (user, type) for each distinct period, filled in one pass over the metric
// sums of the union of all periods (they nest, so the union is barely wider than the year).
class PeriodTotals {
 public:
  explicit PeriodTotals(std::vector<Period> periods) : periods_(std::move(periods)) {}

  void want(const std::string& user_id, const std::string& type) {
    by_user_[user_id].try_emplace(type, periods_.size());
  }

  void add(const MetricSumRef& row) {
    auto* slots = find(row.user_id, row.type);
    if (slots == nullptr) return;
    for (std::size_t i = 0; i < periods_.size(); ++i) {
      if (row.date < periods_[i].start || row.date > periods_[i].end) continue;
      auto& totals = (*slots)[i];
      auto it = totals.find(row.source);
      if (it == totals.end()) it = totals.emplace(std::string(row.source), SourceTotal{}).first;
      it->second.value += row.value;
      ++it->second.rows;
    }
  }

  const SourceTotals& totals(const std::string& user_id, const std::string& type,
                             std::size_t period) const {
    return by_user_.find(user_id)->second.find(type)->second[period];
  }

 private:
  using Slots = std::vector<SourceTotals>;  // per period

  // Rows arrive grouped by date, user and type, so the previous answer is usually the next one.
  Slots* find(std::string_view user_id, std::string_view type) {
    if (last_ != nullptr && user_id == last_user_ && type == last_type_) return last_;
    last_ = nullptr;
    auto user = by_user_.find(user_id);
    if (user == by_user_.end()) return nullptr;
    auto slots = user->second.find(type);
    if (slots == user->second.end()) return nullptr;
    last_user_ = user->first;
    last_type_ = slots->first;
    return last_ = &slots->second;
  }

  std::vector<Period> periods_;
  StringMap<StringMap<Slots>> by_user_;
  Slots* last_ = nullptr;
  std::string_view last_user_;
  std::string_view last_type_;
};

std::int64_t unix_seconds(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

// Each distinct period once; goals refer to them by index.
struct Periods {
  std::vector<Period> list;
  std::map<std::string, std::size_t> index;  // period name -> position in list
};

Periods distinct_periods(const std::vector<PlannedGoal>& planned,
                         std::chrono::system_clock::time_point now, std::string_view tz) {
  Periods out;
  for (const auto& g : planned) {
    if (out.index.count(g.period)) continue;
    out.index[g.period] = out.list.size();
    out.list.push_back(period_containing(g.period, now, tz));
  }
  return out;
}

// Each (user, type) read over the union of its own goals' periods (they nest, so the union is
// the longest of them), every source.
PeriodTotals read_totals(Store& store, const std::vector<PlannedGoal>& planned,
                         const Periods& periods) {
  PeriodTotals totals(periods.list);
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> spans;
  for (const auto& g : planned) {
    totals.want(g.user_id, g.type);
    const auto& p = periods.list[periods.index.at(g.period)];
    auto [it, fresh] = spans.try_emplace({g.user_id, g.type}, p.start, p.end);
    if (!fresh) {
      it->second.first = std::min(it->second.first, p.start);
      it->second.second = std::max(it->second.second, p.end);
    }
  }
  std::vector<MetricRange> ranges;
  ranges.reserve(spans.size());
  for (const auto& [key, span] : spans)
    ranges.push_back({key.first, key.second, span.first, span.second});
  store.visit_metric_ranges(ranges, [&](const MetricSumRef& row) { totals.add(row); });
  return totals;
}

}  // namespace

int update_goals(Store& store, const Config& config, std::chrono::system_clock::time_point now) {
  const auto planned = plan_goals(config);
  const auto periods = distinct_periods(planned, now, config.host.org.timezone);
  const auto totals = read_totals(store, planned, periods);

  std::map<std::string, SourcePolicy> policies;  // per type, looked up once
  std::vector<GoalRow> rows;
  rows.reserve(planned.size());
  for (const auto& g : planned) {
    auto policy = policies.find(g.type);
    if (policy == policies.end())
      policy = policies.emplace(g.type, source_policy_for(config.host, g.type)).first;
    const std::size_t index = periods.index.at(g.period);
    const Period& period = periods.list[index];
    auto value = goal_value(policy->second, totals.totals(g.user_id, g.type, index));
    rows.push_back({g.id, g.user_id, g.type, g.period, g.target, value.current, period.start,
                    period.end, std::move(value.source_detail), unix_seconds(now)});
  }
  store.upsert_goals(rows);
  return static_cast<int>(rows.size());
}

}  // namespace tributary::host
