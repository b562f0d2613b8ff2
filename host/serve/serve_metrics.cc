#include "host/serve/serve_metrics.h"

#include "host/serve/prometheus_text.h"

namespace tributary::host {

namespace json = boost::json;

namespace {

std::int64_t int_at(const json::object& o, std::string_view key) {
  auto it = o.find(key);
  if (it == o.end()) return 0;
  if (it->value().is_int64()) return it->value().as_int64();
  if (it->value().is_uint64()) return static_cast<std::int64_t>(it->value().as_uint64());
  return 0;
}

const json::object* object_at(const json::object& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->value().is_object() ? &it->value().as_object() : nullptr;
}

constexpr std::array<const char*, 4> kRowChanges{"inserted", "updated", "unchanged", "deleted"};

}  // namespace

void ServeMetrics::observe(const RunEvent& e) {
  std::lock_guard lock(mu_);
  runs_[{e.pipeline, e.status}] += e.slots;
  if (e.status == "missed" || e.status == "skipped") return;
  auto& h = durations_[e.pipeline];
  std::size_t b = 0;
  while (b < kRunDurationBuckets.size() && e.duration_seconds > kRunDurationBuckets[b]) ++b;
  if (b < kRunDurationBuckets.size()) ++h.buckets[b];
  h.sum += e.duration_seconds;
  ++h.count;
  if (e.status == "success") last_success_[e.pipeline] = e.at.time_since_epoch().count();
  if (e.summary) fold_summary(e.pipeline, *e.summary);
}

void ServeMetrics::fold_summary(const std::string& pipeline, const json::object& summary) {
  if (const auto* results = summary.if_contains("results"); results && results->is_array()) {
    for (const auto& user : results->as_array()) {
      const auto* sources = user.is_object() ? object_at(user.as_object(), "sources") : nullptr;
      if (!sources) continue;
      for (const auto& [connector, entry] : *sources) {
        if (entry.is_object())
          records_written_[{pipeline, connector}] += int_at(entry.as_object(), "metricsWritten");
      }
    }
  }
  const auto* connectors = object_at(summary, "connectors");
  if (!connectors) return;
  for (const auto& [name, value] : *connectors) {
    if (!value.is_object()) continue;
    const auto& c = value.as_object();
    const std::string connector(name);
    for (const char* change : kRowChanges) rows_[{pipeline, connector, change}] += int_at(c, change);
    auto& http = http_[{pipeline, connector}];
    http.requests += int_at(c, "requests");
    http.retries += int_at(c, "retries");
    http.throttled += int_at(c, "throttled");
  }
}

void ServeMetrics::set_last_success(const std::string& pipeline, std::int64_t unix_seconds) {
  std::lock_guard lock(mu_);
  auto& t = last_success_[pipeline];
  if (unix_seconds > t) t = unix_seconds;
}

std::string ServeMetrics::render(const std::map<std::string, bool>& running) const {
  std::lock_guard lock(mu_);
  PrometheusWriter w;
  w.family("tributary_runs_total", "counter",
           "Runs by pipeline and final status, including schedule slots missed or skipped.");
  for (const auto& [key, n] : runs_)
    w.sample("tributary_runs_total", {{"pipeline", key.first}, {"status", key.second}},
             static_cast<double>(n));
  w.family("tributary_run_duration_seconds", "histogram", "Wall-clock duration of runs.");
  for (const auto& [pipeline, h] : durations_) {
    std::uint64_t cumulative = 0;
    for (std::size_t b = 0; b < kRunDurationBuckets.size(); ++b) {
      cumulative += h.buckets[b];
      w.sample("tributary_run_duration_seconds_bucket",
               {{"pipeline", pipeline}, {"le", format_sample_value(kRunDurationBuckets[b])}},
               static_cast<double>(cumulative));
    }
    w.sample("tributary_run_duration_seconds_bucket", {{"pipeline", pipeline}, {"le", "+Inf"}},
             static_cast<double>(h.count));
    w.sample("tributary_run_duration_seconds_sum", {{"pipeline", pipeline}}, h.sum);
    w.sample("tributary_run_duration_seconds_count", {{"pipeline", pipeline}},
             static_cast<double>(h.count));
  }
  w.family("tributary_records_written_total", "counter",
           "Metric records connectors produced that were written to the store.");
  for (const auto& [key, n] : records_written_)
    w.sample("tributary_records_written_total", {{"pipeline", key.first}, {"connector", key.second}},
             static_cast<double>(n));
  w.family("tributary_metric_rows_total", "counter",
           "Metric rows in run windows by what the write did to them.");
  for (const auto& [key, n] : rows_)
    w.sample("tributary_metric_rows_total",
             {{"pipeline", std::get<0>(key)}, {"connector", std::get<1>(key)},
              {"change", std::get<2>(key)}},
             static_cast<double>(n));
  const std::array<std::pair<const char*, const char*>, 3> http_families{{
      {"tributary_http_requests_total", "HTTP requests connectors made to their vendor."},
      {"tributary_http_retries_total", "HTTP requests retried after a failure or throttling."},
      {"tributary_http_throttled_total", "HTTP responses that throttled (429 or quota spent)."},
  }};
  for (std::size_t f = 0; f < http_families.size(); ++f) {
    w.family(http_families[f].first, "counter", http_families[f].second);
    for (const auto& [key, h] : http_) {
      const std::int64_t n = f == 0 ? h.requests : f == 1 ? h.retries : h.throttled;
      w.sample(http_families[f].first, {{"pipeline", key.first}, {"connector", key.second}},
               static_cast<double>(n));
    }
  }
  w.family("tributary_last_success_timestamp_seconds", "gauge",
           "Unix time the pipeline last finished a run with status success.");
  for (const auto& [pipeline, t] : last_success_)
    w.sample("tributary_last_success_timestamp_seconds", {{"pipeline", pipeline}},
             static_cast<double>(t));
  w.family("tributary_pipeline_running", "gauge", "1 while a run of the pipeline is in progress.");
  for (const auto& [pipeline, on] : running)
    w.sample("tributary_pipeline_running", {{"pipeline", pipeline}}, on ? 1 : 0);
  return w.text();
}

}  // namespace tributary::host
