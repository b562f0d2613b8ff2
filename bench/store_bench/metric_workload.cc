#include "bench/store_bench/metric_workload.h"

#include <chrono>

#include "tributary/sdk/declaration.h"
#include "tributary/sdk/time.h"

namespace tributary::bench {

std::vector<std::string> bench_user_ids(int count, int first) {
  std::vector<std::string> ids;
  for (int i = 0; i < count; ++i) ids.push_back("user" + std::to_string(first + i));
  return ids;
}

std::vector<std::string> bench_metric_types(int count) {
  const auto& known = sdk::known_metric_types();
  return {known.begin(), known.begin() + std::min<std::size_t>(count, known.size())};
}

host::UnitWrite make_unit(const UnitShape& shape, std::int64_t now_unix) {
  host::UnitWrite w;
  w.source = shape.source;
  w.state_scope = "store_bench/" + shape.source;
  w.covered_users = shape.users;
  w.metric_types = shape.types;
  w.window_start = shape.first_date;
  w.window_end = sdk::add_days(shape.first_date, shape.days - 1);
  w.now_unix = now_unix;
  w.metrics.reserve(shape.users.size() * shape.types.size() * shape.days);
  for (std::size_t u = 0; u < shape.users.size(); ++u) {
    for (int d = 0; d < shape.days; ++d) {
      const auto date = sdk::add_days(shape.first_date, d);
      for (std::size_t t = 0; t < shape.types.size(); ++t) {
        sdk::MetricRecord r;
        r.user_id = shape.users[u];
        r.type = shape.types[t];
        r.date = date;
        r.value = static_cast<double>((u * 31 + d * 7 + t * 3) % 97);
        r.metadata = {{"n", d}};
        w.metrics.push_back(std::move(r));
      }
    }
  }
  return w;
}

Throughput time_commits(host::Store& store, const std::vector<UnitShape>& units,
                        std::int64_t now_unix) {
  Throughput t;
  for (const auto& shape : units) {
    auto write = make_unit(shape, now_unix);
    t.rows += write.metrics.size();
    const auto started = std::chrono::steady_clock::now();
    store.commit_unit(write);
    t.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  }
  return t;
}

}  // namespace tributary::bench
