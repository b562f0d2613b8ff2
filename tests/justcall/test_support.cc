#include "tests/justcall/test_support.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "tributary/sdk/time.h"

namespace tributary::justcall::testing {

std::string fixture(const std::string& name) {
  std::string path = std::string(TRIBUTARY_SOURCE_DIR) + "/plugins/justcall/fixtures/" + name;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("missing fixture " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

sdk::Window ny_window(const std::string& first, const std::string& last) {
  sdk::Window w;
  w.start_date = first;
  w.end_date = last;
  w.start_utc = *sdk::local_to_unix(first, "00:00:00", "America/New_York");
  w.end_utc = *sdk::local_to_unix(sdk::add_days(last, 1), "00:00:00", "America/New_York");
  return w;
}

sdk::NormalizeContext june_context(const std::string& count_calls,
                                   const std::string& talk_time_field) {
  sdk::NormalizeContext ctx;
  ctx.config = {{"count_calls", count_calls}, {"talk_time_field", talk_time_field}};
  ctx.window = ny_window("2024-06-03", "2024-06-05");
  ctx.org.timezone = "America/New_York";
  ctx.users = {{"u-derek", "derek.rep@example.com", "Derek Rep", {}}};
  return ctx;
}

sdk::FetchResult pages_of(const std::vector<std::string>& bodies,
                          const std::string& agent_timezone) {
  sdk::FetchResult fetched;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    fetched.pages.push_back(
        {"calls", bodies[i], {{"agent_id", "4242"}, {"page", static_cast<int>(i)}}});
  }
  fetched.context = {
      {"agent_id", "4242"}, {"agent_timezone", agent_timezone}, {"user_id", "u-derek"}};
  return fetched;
}

sdk::FetchResult june_pages() {
  return pages_of({fixture("calls-june-page-0.json"), fixture("calls-june-page-1.json")});
}

std::string page_with(const std::vector<std::string>& calls) {
  std::string data;
  for (const auto& c : calls) data += (data.empty() ? "" : ",") + c;
  return R"({"status":"success","count":)" + std::to_string(calls.size()) + R"(,"total_count":)" +
         std::to_string(calls.size()) +
         R"(,"current_page":0,"per_page":100,"next_page_link":null,"prev_page_link":null,"data":[)" +
         data + "]}";
}

boost::json::object full_config() {
  return {{"base_url", kBaseUrl},
          {"api_key", kApiKey},
          {"api_secret", kApiSecret},
          {"auth_style", "raw"},
          {"per_page", 6},
          {"count_calls", "handled"},
          {"talk_time_field", "conversation_time"},
          {"lookback_padding_days", 1}};
}

ExpectedMetric phone(const std::string& date, int count, int seconds, int calls_all) {
  return {date,
          "phone_call_quantity",
          static_cast<double>(count),
          {{"total_seconds", seconds}, {"calls_all", calls_all}}};
}

ExpectedMetric talk(const std::string& date, int seconds) {
  return {date, "talk_time_minutes", seconds / 60.0, {{"total_seconds", seconds}}};
}

void expect_metrics(const sdk::NormalizeOutput& out, const std::vector<ExpectedMetric>& expected,
                    const std::string& user_id) {
  ASSERT_EQ(out.metrics.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& m = out.metrics[i];
    const auto& e = expected[i];
    SCOPED_TRACE("metric " + std::to_string(i) + ": " + e.date + " " + e.type);
    EXPECT_EQ(m.user_id, user_id);
    EXPECT_EQ(m.date, e.date);
    EXPECT_EQ(m.type, e.type);
    EXPECT_DOUBLE_EQ(m.value, e.value);
    EXPECT_EQ(boost::json::serialize(m.metadata), boost::json::serialize(e.metadata));
  }
}

}  // namespace tributary::justcall::testing
