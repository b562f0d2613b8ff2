#include "host/serve/serve_metrics.h"

#include <gtest/gtest.h>

#include "tests/serve/prometheus_parser.h"

using namespace tributary::testing;
using tributary::host::RunEvent;
using tributary::host::ServeMetrics;
namespace json = boost::json;

namespace {

std::chrono::sys_seconds unix_time(std::int64_t s) {
  return std::chrono::sys_seconds{std::chrono::seconds{s}};
}

json::object summary_with_two_users() {
  return json::object{
      {"results", json::array{json::object{{"sources", {{"jc", {{"metricsWritten", 3}}}}}},
                              json::object{{"sources", {{"jc", {{"metricsWritten", 4}}}}}}}},
      {"connectors",
       {{"jc",
         {{"inserted", 5}, {"updated", 1}, {"unchanged", 1}, {"deleted", 0}, {"requests", 9},
          {"retries", 2}, {"throttled", 1}}}}}};
}

}  // namespace

TEST(ServeMetrics, FoldsRunSummariesIntoPrometheusText) {
  ServeMetrics metrics;
  const auto summary = summary_with_two_users();
  metrics.observe(RunEvent{"p", "schedule", "success", 1, std::nullopt, 1, "", &summary, 2.5,
                           unix_time(1'772'000'000)});
  metrics.observe(RunEvent{"p", "http", "failed", 2, std::nullopt, 1, "", nullptr, 70,
                           unix_time(1'772'000'100)});
  metrics.observe(RunEvent{"p", "schedule", "missed", 0, unix_time(1'771'990'000), 3, "down",
                           nullptr, 0, unix_time(1'772'000'200)});
  auto text = metrics.render({{"p", true}});
  auto parsed = parse_prometheus_text(text);
  ASSERT_EQ(parsed.error, "") << text;

  EXPECT_EQ(parsed.value("tributary_runs_total", {{"pipeline", "p"}, {"status", "success"}}), 1);
  EXPECT_EQ(parsed.value("tributary_runs_total", {{"pipeline", "p"}, {"status", "failed"}}), 1);
  EXPECT_EQ(parsed.value("tributary_runs_total", {{"pipeline", "p"}, {"status", "missed"}}), 3);
  // 2.5 s and 70 s: one run at or under 5 s, two under 120 s; missed slots have no duration.
  const std::string d = "tributary_run_duration_seconds";
  EXPECT_EQ(parsed.value(d + "_bucket", {{"pipeline", "p"}, {"le", "1"}}), 0);
  EXPECT_EQ(parsed.value(d + "_bucket", {{"pipeline", "p"}, {"le", "5"}}), 1);
  EXPECT_EQ(parsed.value(d + "_bucket", {{"pipeline", "p"}, {"le", "60"}}), 1);
  EXPECT_EQ(parsed.value(d + "_bucket", {{"pipeline", "p"}, {"le", "120"}}), 2);
  EXPECT_EQ(parsed.value(d + "_count", {{"pipeline", "p"}}), 2);
  EXPECT_EQ(parsed.value(d + "_sum", {{"pipeline", "p"}}), 72.5);
  EXPECT_EQ(parsed.family(d)->type, "histogram");
  EXPECT_EQ(parsed.value("tributary_records_written_total", {{"pipeline", "p"}, {"connector", "jc"}}), 7);
  EXPECT_EQ(parsed.value("tributary_metric_rows_total",
                         {{"pipeline", "p"}, {"connector", "jc"}, {"change", "inserted"}}), 5);
  EXPECT_EQ(parsed.value("tributary_http_requests_total", {{"pipeline", "p"}, {"connector", "jc"}}), 9);
  EXPECT_EQ(parsed.value("tributary_http_retries_total", {{"pipeline", "p"}, {"connector", "jc"}}), 2);
  EXPECT_EQ(parsed.value("tributary_http_throttled_total", {{"pipeline", "p"}, {"connector", "jc"}}), 1);
  EXPECT_EQ(parsed.value("tributary_last_success_timestamp_seconds", {{"pipeline", "p"}}),
            1'772'000'000);
  EXPECT_EQ(parsed.value("tributary_pipeline_running", {{"pipeline", "p"}}), 1);
}

TEST(ServeMetrics, LabelValuesSurviveQuotesBackslashesAndNewlines) {
  ServeMetrics metrics;
  const std::string odd = "we\"ird\\name\nx";
  metrics.observe(RunEvent{odd, "http", "failed", 1, std::nullopt, 1, "", nullptr, 0.25, {}});
  auto parsed = parse_prometheus_text(metrics.render({}));
  ASSERT_EQ(parsed.error, "");
  EXPECT_EQ(parsed.value("tributary_runs_total", {{"pipeline", odd}, {"status", "failed"}}), 1);
}

TEST(ServeMetrics, LastSuccessSeedKeepsTheNewest) {
  ServeMetrics metrics;
  metrics.set_last_success("p", 200);
  metrics.set_last_success("p", 100);
  auto parsed = parse_prometheus_text(metrics.render({}));
  ASSERT_EQ(parsed.error, "");
  EXPECT_EQ(parsed.value("tributary_last_success_timestamp_seconds", {{"pipeline", "p"}}), 200);
}

TEST(PrometheusParser, RejectsWhatTheFormatForbids) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"a 1", "newline"},
      {"a one\n", "value"},
      {"a{b=\"1\"} 1\na{b=\"1\"} 2\n", "duplicate"},
      {"a 1\n# TYPE a counter\n", "after"},
      {"a{b=\"\\x\"} 1\n", "escape"},
      {"a 1\nb 1\na 2\n", "together"},
      {"9a 1\n", "metric name"},
      {"# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_count 1\n",
       "cumulative"},
      {"# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_count 1\n", "+Inf"},
  };
  for (const auto& [text, expect] : bad) {
    auto parsed = parse_prometheus_text(text);
    EXPECT_NE(parsed.error.find(expect), std::string::npos)
        << "text: " << text << "\nerror: " << parsed.error;
  }
  EXPECT_EQ(parse_prometheus_text("# HELP a x\n# TYPE a gauge\na{b=\"q\\\"\"} -1.5e3\n").error, "");
}
