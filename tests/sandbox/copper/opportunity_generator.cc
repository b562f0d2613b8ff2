#include "tests/sandbox/copper/opportunity_generator.h"

#include <boost/json/object.hpp>

#include "tests/sandbox/copper/day_clock.h"
#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::copper {

namespace json = boost::json;

namespace {

enum Salt : std::uint64_t { kOpen = 201, kPipeline, kStep, kGap, kTime, kActor, kOutcome, kValue, kSaleType };

constexpr std::int64_t kStageChangeIdBase = 2'000'000'000'000;

struct Walk {
  const date::time_zone* zone;
  std::uint64_t key;
  date::sys_seconds end;  // nothing happens at or after this instant (the data range's end)
};

// The instant of step `n`: a few days after `after`, at a drawn time of that local day.
date::sys_seconds step_time(const Walk& w, std::uint64_t n, date::sys_seconds after) {
  auto after_day = date::floor<date::days>(w.zone->to_local(after));
  auto day = after_day + date::days{uniform_int(hash_of({w.key, kGap, n}), 0, 4)};
  auto clock = local_day(w.zone, day);
  auto offsets = day_offsets(hash_of({w.key, kTime, n}), 3, clock);
  auto at = clock.start + std::chrono::seconds(offsets[hash_of({w.key, kTime, n, 1}) % offsets.size()]);
  return at > after ? at : after + std::chrono::seconds{90};
}

json::value stage_value(std::int64_t id) {
  return json::object{{"id", id}, {"name", stage(id).name}};
}

std::int64_t sale_type(std::uint64_t key) {
  double u = unit_interval(hash_of({key, kSaleType}));
  if (u < 0.45) return kSaleWholesale;
  if (u < 0.80) return kSaleDistribution;
  if (u < 0.90) return kSaleDirect;
  return 0;
}

// Moves `deal` through `path`; returns when it stops, is lost or won, or reaches the range end.
void walk(const Walk& w, Opportunity& deal, const std::vector<std::int64_t>& path, const Person& owner) {
  static constexpr double kContinue[] = {0.8, 0.7, 0.7};
  for (std::size_t n = 1; n < path.size(); ++n) {
    auto at = step_time(w, n, deal.transitions.back().at);
    if (at >= w.end) return;
    const bool last = n + 1 == path.size();
    double u = unit_interval(hash_of({w.key, kStep, n}));
    if (last && path.back() == kStagePaymentReceived) {
      if (u >= 0.85) return;  // still open
      if (u >= 0.60) {
        deal.status = "Lost";
        deal.closed_at = at;
        return;
      }
    } else if (!last && n - 1 < std::size(kContinue) && u >= kContinue[n - 1]) {
      return;
    } else if (last && u >= 0.6) {
      return;
    }
    auto actor = unit_interval(hash_of({w.key, kActor, n})) < 0.2 ? kManagerId : owner.id;
    auto activity_id = kStageChangeIdBase + deal.id * 10 + static_cast<std::int64_t>(n);
    deal.transitions.push_back({path[n], at, actor, activity_id});
    if (path[n] == kStagePaymentReceived) {
      deal.status = "Won";
      deal.closed_at = at;
    }
  }
}

Activity stage_change_activity(const Opportunity& deal, std::size_t n) {
  const auto& t = deal.transitions[n];
  Activity a;
  a.id = t.activity_id;
  a.type_id = kStageChangedType;
  a.system = true;
  a.user_id = t.actor;
  a.at = t.at;
  a.parent_type = "opportunity";
  a.parent_id = deal.id;
  a.old_value = stage_value(deal.transitions[n - 1].stage_id);
  a.new_value = stage_value(t.stage_id);
  return a;
}

}  // namespace

GeneratedDeals generate_opportunities(const std::vector<Person>& people, const date::time_zone* zone,
                                      const DatasetOptions& options) {
  date::local_days last{options.anchor.time_since_epoch()};
  auto first = last - date::days{options.days};
  auto end = local_day(zone, last + date::days{1}).start;
  GeneratedDeals out;
  for (std::size_t p = 0; p < people.size(); ++p) {
    const auto& owner = people[p];
    if (!owner.rep) continue;
    for (auto day = first; day <= last; day += date::days{1}) {
      auto key = hash_of({options.seed, static_cast<std::uint64_t>(owner.id),
                          static_cast<std::uint64_t>(day.time_since_epoch().count()), kOpen});
      auto weekday = date::weekday(day);
      bool weekend = weekday == date::Saturday || weekday == date::Sunday;
      if (unit_interval(key) >= (weekend ? 0.1 : 0.35)) continue;
      Opportunity deal;
      deal.id = 7'000'000 + (day - first).count() * 100'000 + static_cast<std::int64_t>(p);
      deal.assignee_id = owner.id;
      bool show = unit_interval(hash_of({key, kPipeline})) < 0.12;
      deal.pipeline_id = show ? kTradeShowPipeline : kSalesPipeline;
      std::vector<std::int64_t> path = show
          ? std::vector<std::int64_t>{kStageBoothLead, kStageShowFactFinding}
          : std::vector<std::int64_t>{kStageOpportunity, kStageFactFinding, kStageContact,
                                      kStageClosing, kStagePaymentReceived};
      auto clock = local_day(zone, day);
      auto created = clock.start + std::chrono::seconds(day_offsets(hash_of({key, kTime}), 1, clock)[0]);
      deal.transitions.push_back({path[0], created, owner.id, 0});
      deal.value_cents = uniform_int(hash_of({key, kValue}), 5'000, 2'500'000);
      if (hash_of({key, kValue, 1}) % 10 == 0) deal.value_cents -= deal.value_cents % 100;
      deal.sale_type = sale_type(key);
      walk({zone, key, end}, deal, path, owner);
      deal.close_date = deal.closed_at ? date::floor<date::days>(zone->to_local(*deal.closed_at))
                                       : day + date::days{30};
      for (std::size_t n = 1; n < deal.transitions.size(); ++n)
        out.stage_changes.push_back(stage_change_activity(deal, n));
      out.opportunities.push_back(std::move(deal));
    }
  }
  return out;
}

}  // namespace tributary::sandbox::copper
