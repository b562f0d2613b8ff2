#include "tests/sandbox/justcall/expected.h"

#include <cstdio>
#include <map>

#include <date/tz.h>
#include <gtest/gtest.h>

#include "tests/sandbox/testing/follow_pages.h"
#include "tests/sandbox/testing/http_client.h"
#include "tests/sandbox/testing/justcall_fixture.h"

namespace tributary::sandbox::justcall {
namespace {

using testing::follow_pages;
using testing::HttpClient;
using testing::kJustCallAuth;

struct Recount {
  std::int64_t calls_all = 0, calls_handled = 0, conversation_seconds = 0, total_duration_seconds = 0,
               conversation_seconds_all = 0, total_duration_seconds_all = 0;
};

// The totals re-derived from served pages only: call_date + call_time are UTC, moved into the
// organisation zone; handled = Outgoing of any type, or Incoming Answered.
std::map<std::pair<std::int64_t, std::string>, Recount> recount(const std::vector<boost::json::object>& calls,
                                                               const std::string& zone_name) {
  const auto* zone = date::locate_zone(zone_name);
  std::map<std::pair<std::int64_t, std::string>, Recount> result;
  for (const auto& call : calls) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    EXPECT_EQ(std::sscanf(call.at("call_date").as_string().c_str(), "%d-%d-%d", &y, &mo, &d), 3);
    EXPECT_EQ(std::sscanf(call.at("call_time").as_string().c_str(), "%d:%d:%d", &h, &mi, &sec), 3);
    date::sys_seconds utc = date::sys_days{date::year{y} / mo / d} + std::chrono::hours{h} +
                            std::chrono::minutes{mi} + std::chrono::seconds{sec};
    auto local_day = date::floor<date::days>(zone->to_local(utc));
    auto& totals = result[{call.at("agent_id").as_int64(), date::format("%F", local_day)}];
    const auto& info = call.at("call_info");
    const auto& duration = call.at("call_duration");
    auto conversation = duration.at("conversation_time").as_int64();
    auto total = duration.at("total_duration").as_int64();
    ++totals.calls_all;
    totals.conversation_seconds_all += conversation;
    totals.total_duration_seconds_all += total;
    if (info.at("direction") == "Outgoing" || info.at("type") == "Answered") {
      ++totals.calls_handled;
      totals.conversation_seconds += conversation;
      totals.total_duration_seconds += total;
    }
  }
  return result;
}

class ExpectedTotalsTest : public testing::JustCallServerTest {};

TEST_F(ExpectedTotalsTest, EqualARecountOfTheServedPages) {
  auto calls = follow_pages(client_, url("/justcall/v2.1/calls?per_page=100")).items;
  for (std::string zone : {"America/Chicago", "Asia/Tokyo"}) {
    auto counted = recount(calls, zone);
    auto expected = client_.get(url("/_sandbox/expected/justcall?from=2024-10-20&to=2024-11-15&tz=" + zone)).json();
    EXPECT_EQ(expected.at("tz"), zone.c_str());
    const auto& agents = expected.at("agents").as_array();
    ASSERT_EQ(agents.size(), 5u);
    std::int64_t nonzero_days = 0;
    for (const auto& agent : agents) {
      auto id = agent.at("id").as_int64();
      const auto& days = agent.at("days").as_array();
      ASSERT_EQ(days.size(), 27u) << "every date in the range, zeros included";
      for (const auto& day : days) {
        auto key = std::pair{id, std::string(day.at("date").as_string())};
        Recount want = counted.contains(key) ? counted.at(key) : Recount{};
        auto where = zone + " agent " + std::to_string(id) + " " + key.second;
        EXPECT_EQ(day.at("calls_all").as_int64(), want.calls_all) << where;
        EXPECT_EQ(day.at("calls_handled").as_int64(), want.calls_handled) << where;
        EXPECT_EQ(day.at("conversation_seconds").as_int64(), want.conversation_seconds) << where;
        EXPECT_EQ(day.at("total_duration_seconds").as_int64(), want.total_duration_seconds) << where;
        EXPECT_EQ(day.at("conversation_seconds_all").as_int64(), want.conversation_seconds_all) << where;
        EXPECT_EQ(day.at("total_duration_seconds_all").as_int64(), want.total_duration_seconds_all) << where;
        nonzero_days += want.calls_all > 0;
      }
    }
    EXPECT_GT(nonzero_days, 50) << zone;
  }
}

TEST_F(ExpectedTotalsTest, HiddenDayGoesToZero) {
  // Agent 1001 is in New York; with tz=America/New_York its local day is the organisation day.
  auto expected_url = url("/_sandbox/expected/justcall?from=2024-11-01&to=2024-11-19&tz=America/New_York");
  auto before = client_.get(expected_url).json().at("agents").at(0).at("days").as_array();
  std::string busy_day;
  std::int64_t others_before = 0;
  for (const auto& day : before) {
    if (busy_day.empty() && day.at("calls_all").as_int64() > 0) {
      busy_day = day.at("date").as_string();
    } else {
      others_before += day.at("calls_all").as_int64();
    }
  }
  ASSERT_FALSE(busy_day.empty());
  ASSERT_EQ(client_.post(url("/_sandbox/justcall/hide-calls?agent_id=1001&date=" + busy_day)).status, 200);

  std::int64_t others_after = 0;
  auto after = client_.get(expected_url).json();
  for (const auto& day : after.at("agents").at(0).at("days").as_array()) {
    if (day.at("date") == busy_day.c_str()) {
      EXPECT_EQ(day.at("calls_all"), 0);
      EXPECT_EQ(day.at("conversation_seconds_all"), 0);
    } else {
      others_after += day.at("calls_all").as_int64();
    }
  }
  EXPECT_EQ(others_after, others_before);
}

TEST_F(ExpectedTotalsTest, RejectsAWrongQueryWithAReason) {
  auto missing_tz = client_.get(url("/_sandbox/expected/justcall?from=2024-11-01&to=2024-11-02"));
  EXPECT_EQ(missing_tz.status, 400);
  EXPECT_NE(missing_tz.body.find("tz"), std::string::npos) << missing_tz.body;
  EXPECT_EQ(client_.get(url("/_sandbox/expected/justcall?from=2024-11-01&to=2024-11-02&tz=Mars/Base")).status, 400);
  EXPECT_EQ(client_.get(url("/_sandbox/expected/justcall?from=2024-11-03&to=2024-11-02&tz=UTC")).status, 400);
  EXPECT_EQ(client_.get(url("/_sandbox/expected/justcall?from=2024-02-30&to=2024-11-02&tz=UTC")).status, 400);
}

std::string without(std::string body, const std::string& base_url) {
  for (auto at = body.find(base_url); at != std::string::npos; at = body.find(base_url, at)) {
    body.replace(at, base_url.size(), "BASE");
  }
  return body;
}

TEST(JustCallDeterminism, SameSeedServesByteIdenticalPages) {
  auto config = testing::justcall_test_config();
  auto first = testing::start_sandbox(config);
  auto second = testing::start_sandbox(config);
  config.dataset.seed += 1;
  auto other_seed = testing::start_sandbox(config);
  HttpClient client;
  int differing = 0;
  for (std::string path : {"/justcall/v2.1/users", "/justcall/v2.1/calls?per_page=100",
                           "/justcall/v2.1/calls?per_page=100&page=3&sort=datetime&order=asc",
                           "/justcall/v2.1/calls?agent_id=1004&from_datetime=2024-11-03&to_datetime=2024-11-03",
                           "/_sandbox/expected/justcall?from=2024-10-11&to=2024-11-20&tz=UTC"}) {
    auto a = client.get(first->base_url() + path, kJustCallAuth);
    auto b = client.get(second->base_url() + path, kJustCallAuth);
    ASSERT_EQ(a.status, 200) << path;
    // Links name each server's own port; everything else must match byte for byte.
    EXPECT_EQ(without(a.body, first->base_url()), without(b.body, second->base_url())) << path;
    auto c = client.get(other_seed->base_url() + path, kJustCallAuth);
    differing += without(a.body, first->base_url()) != without(c.body, other_seed->base_url());
  }
  EXPECT_EQ(differing, 4) << "another seed changes every page but the users list";
}

}  // namespace
}  // namespace tributary::sandbox::justcall
