#include "bench/store_bench/goal_workload.h"

#include "tributary/sdk/time.h"

namespace tributary::bench {

Throughput fill_goal_metrics(host::Store& store, int users, std::int64_t metric_rows,
                             const std::string& last_date, std::int64_t now_unix) {
  const auto types = bench_metric_types(8);
  const int days = static_cast<int>(std::max<std::int64_t>(1, metric_rows / (users * 8)));
  const auto first = sdk::add_days(last_date, -(days - 1));
  std::vector<UnitShape> units;
  for (const auto& user : bench_user_ids(users)) {
    units.push_back({{user}, {types[0], types[1]}, first, days, "justcall"});
    units.push_back({{user}, {types.begin() + 2, types.end()}, first, days, "copper"});
  }
  return time_commits(store, units, now_unix);
}

host::Config goal_config(int users, const std::string& tz) {
  host::Config config;
  config.host.org.timezone = tz;
  for (const auto& id : bench_user_ids(users)) {
    host::UserConfig u;
    u.id = id;
    u.email = id + "@example.com";
    u.name = id;
    config.users.push_back(std::move(u));
  }
  const std::pair<const char*, const char*> goals[kGoalsPerUser] = {
      {"phone_call_quantity", "daily"},   {"phone_call_quantity", "weekly"},
      {"phone_call_quantity", "monthly"}, {"talk_time_minutes", "weekly"},
      {"talk_time_minutes", "quarterly"}, {"email_quantity", "weekly"},
      {"email_quantity", "monthly"},      {"lead_progression_a", "monthly"},
      {"new_sales_wholesale", "monthly"}, {"new_sales_wholesale", "yearly"}};
  for (const auto& [type, period] : goals) {
    host::GoalConfig g;
    g.user_id = "*";
    g.type = type;
    g.period = period;
    g.target = 100;
    config.goals.push_back(std::move(g));
  }
  return config;
}

}  // namespace tributary::bench
