// The expected totals against a count made from the served JSON alone: the two paths share
// nothing but the data, so a disagreement is a bug in one of them.
#include "tests/sandbox/copper/expected.h"

#include <map>
#include <tuple>

#include <gtest/gtest.h>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/copper/copper_fixture.h"

namespace tributary::sandbox::copper {
namespace {

namespace json = boost::json;

using Cell = std::tuple<std::int64_t, std::string, std::string>;  // (user, date, field)
using Counts = std::map<Cell, std::int64_t>;

class CopperExpectedTest : public testkit::CopperServerTest {
 protected:
  std::vector<json::value> all(const std::string& path, const std::string& filters) {
    std::vector<json::value> out;
    for (int page = 1;; ++page) {
      auto r = search(path, "{" + filters + (filters.empty() ? "" : ",") +
                                R"("page_size":200,"page_number":)" + std::to_string(page) + "}");
      EXPECT_EQ(r.status, 200) << r.body;
      auto records = r.json().as_array();
      out.insert(out.end(), records.begin(), records.end());
      if (records.size() < 200) return out;
    }
  }

  std::string denver_date(std::int64_t unix) const {
    auto t = date::sys_seconds{std::chrono::seconds{unix}};
    return format_date(date::floor<date::days>(date::locate_zone("America/Denver")->to_local(t)));
  }

  // Emails, calls, lead entries and won cents counted from the JSON the API serves.
  Counts count_served() {
    Counts c;
    std::map<std::int64_t, std::int64_t> assignee;
    for (const auto& o : all("/opportunities/search", "")) {
      assignee[o.at("id").as_int64()] = o.at("assignee_id").as_int64();
      if (o.at("status") != "Won") continue;
      auto option = o.at("custom_fields").at(0).at("value");
      std::string field = option == kSaleWholesale ? "wholesale_cents"
                          : option == kSaleDistribution ? "distribution_cents" : "";
      if (field.empty()) continue;
      auto value = o.at("monetary_value");
      auto cents = value.is_double() ? std::llround(value.as_double() * 100) : value.as_int64() * 100;
      c[{o.at("assignee_id").as_int64(), denver_date(o.at("date_stage_changed").as_int64()), field}] += cents;
    }
    for (const auto& a : all("/activities/search", "")) {
      if (a.as_object().contains("is_deleted")) continue;
      auto user = a.at("user_id").as_int64();
      auto day = denver_date(a.at("activity_date").as_int64());
      auto type = a.at("type").at("id").as_int64();
      bool system = a.at("type").at("category") == "system";
      if (system && type == kEmailType) ++c[{user, day, "email_quantity"}];
      if (!system && type == kPhoneCallType) ++c[{user, day, "phone_call_quantity"}];
      if (system && type == kStageChangedType) {
        auto stage = a.at("new_value").at("id").as_int64();
        auto owner = assignee.at(a.at("parent").at("id").as_int64());
        if (stage == kStageFactFinding || stage == kStageShowFactFinding) ++c[{owner, day, "lead_progression_a"}];
        if (stage == kStageContact) ++c[{owner, day, "lead_progression_b"}];
        if (stage == kStageClosing) ++c[{owner, day, "lead_progression_c"}];
      }
    }
    return c;
  }

  Counts expected_counts(const std::string& from, const std::string& to) {
    auto doc = client_.get(url("/_sandbox/expected/copper?from=" + from + "&to=" + to + "&tz=America/Denver")).json();
    Counts c;
    for (const auto& u : doc.at("users").as_array()) {
      for (const auto& d : u.at("days").as_array()) {
        for (const char* field : {"email_quantity", "phone_call_quantity", "lead_progression_a",
                                  "lead_progression_b", "lead_progression_c"}) {
          if (auto v = d.at(field).as_int64()) c[{u.at("copper_user_id").as_int64(), std::string(d.at("date").as_string()), field}] = v;
        }
        if (auto v = d.at("new_sales_wholesale_cents").as_int64())
          c[{u.at("copper_user_id").as_int64(), std::string(d.at("date").as_string()), "wholesale_cents"}] = v;
        if (auto v = d.at("new_sales_distribution_cents").as_int64())
          c[{u.at("copper_user_id").as_int64(), std::string(d.at("date").as_string()), "distribution_cents"}] = v;
      }
    }
    return c;
  }
};

std::int64_t count_of(const Counts& counts, const Cell& cell) {
  auto it = counts.find(cell);
  return it == counts.end() ? 0 : it->second;
}

Counts between(const Counts& all, const std::string& from, const std::string& to) {
  Counts out;
  for (const auto& [cell, v] : all) {
    if (std::get<1>(cell) >= from && std::get<1>(cell) <= to && v != 0) out[cell] = v;
  }
  return out;
}

TEST_F(CopperExpectedTest, AgreesWithACountOfTheServedRecords) {
  auto expected = expected_counts("2024-10-15", "2024-11-15");
  EXPECT_EQ(expected, between(count_served(), "2024-10-15", "2024-11-15"));
  EXPECT_GT(expected.size(), 100u);
}

TEST_F(CopperExpectedTest, DeletedActivitiesLeaveTheTotalsAndTurnIntoStubs) {
  auto before = expected_counts("2024-11-05", "2024-11-05");
  ASSERT_GT(count_of(before, {2001, "2024-11-05", "email_quantity"}), 0);
  auto r = client_.request("POST", url("/_sandbox/copper/delete-activities?user_id=2001&date=2024-11-05"));
  ASSERT_EQ(r.status, 200) << r.body;
  auto after = expected_counts("2024-11-05", "2024-11-05");
  EXPECT_EQ(count_of(after, {2001, "2024-11-05", "email_quantity"}), 0);
  EXPECT_EQ(count_of(after, {2001, "2024-11-05", "phone_call_quantity"}), 0);
  EXPECT_EQ(after, between(count_served(), "2024-11-05", "2024-11-05"));
  client_.request("POST", url("/_sandbox/copper/restore-activities"));
  EXPECT_EQ(expected_counts("2024-11-05", "2024-11-05"), before);
}

TEST_F(CopperExpectedTest, NamesEveryDayAndTheConfigItAssumes) {
  auto doc = client_.get(url("/_sandbox/expected/copper?from=2024-11-01&to=2024-11-03&tz=America/New_York")).json();
  EXPECT_EQ(doc.at("timezone"), "America/New_York");
  EXPECT_EQ(doc.at("assumes").at("lead_stage_a").at(0), "Fact Finding");
  for (const auto& u : doc.at("users").as_array()) EXPECT_EQ(u.at("days").as_array().size(), 3u);
  EXPECT_EQ(client_.get(url("/_sandbox/expected/copper?from=2024-11-03&to=2024-11-01&tz=UTC")).status, 400);
}

}  // namespace
}  // namespace tributary::sandbox::copper
