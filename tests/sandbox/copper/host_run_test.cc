// `tributary run` with the real Copper plugin against this fake: the store's rows equal the
// expected totals, a rep without a Copper account is a warning, a second run changes nothing,
// and a day whose activities were deleted in Copper goes to zero on the next run.
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "tests/sandbox/copper/copper_fixture.h"
#include "tests/sandbox/copper/expected.h"
#include "tests/support/sqlite_reader.h"
#include "tests/support/subprocess.h"
#include "tests/support/temp_dir.h"

namespace tributary::sandbox::copper {
namespace {

namespace json = boost::json;
namespace support = ::tributary::testing;

using Rows = std::map<std::string, std::string>;  // metric id -> value|metadata|updated_at

class CopperHostRun : public testkit::CopperServerTest {
 protected:
  void SetUp() override {
    start();
    auto config = assumed_config();
    config["base_url"] = api("");
    config["api_key"] = "${COPPER_KEY}";
    config["user_email"] = "owner@example.com";
    support::write_file(dir_.file("config/tributary.yaml"),
                        "organization: {timezone: America/Denver, currency: USD}\n"
                        "store: {driver: sqlite, path: ../var/copper.db}\n"
                        "plugin_dirs: [\"" TRIBUTARY_PLUGIN_DIR "\"]\n");
    support::write_file(dir_.file("config/users.yaml"),
                        "users:\n"
                        "  - {id: rep1, email: rep1@example.com, name: Rep One}\n"
                        "  - {id: rep2, email: rep2@example.com, name: Rep Two}\n"
                        "  - {id: rep3, email: rep3@example.com, name: Rep Three}\n"
                        "  - {id: rep4, email: rep4@example.com, name: Rep Four}\n"
                        "  - {id: newhire, email: newhire@example.com, name: New Hire}\n");
    support::write_file(dir_.file("config/goals.yaml"), "goals: []\n");
    // JSON is YAML: the connector config goes in as the sandbox states it.
    support::write_file(dir_.file("config/pipelines/crm.yaml"),
                        "window: {days: 14}\nupdate_goals: false\nconnectors:\n"
                        "  - plugin: copper\n"
                        "    rate_budget: {requests: 3000, per_seconds: 60}\n"
                        "    http: {max_retries: 6, backoff_base_ms: 5, backoff_max_ms: 1500}\n"
                        "    config: " + json::serialize(config) + "\n");
    std::filesystem::create_directories(dir_.file("var"));
  }

  support::ProcessResult run() {
    // 2024-11-10 in Denver: the window is 2024-10-28 .. 2024-11-10, across the DST change.
    return support::run_process({support::bin("tributary"), "--config", dir_.file("config"), "--now",
                                 "2024-11-11T05:00:00Z", "run", "crm"},
                                {{"COPPER_KEY", "demo-copper-key"}});
  }

  Rows rows() {
    Rows out;
    for (auto& r : support::sqlite_query(dir_.file("var/copper.db"),
                                         "SELECT id, value, metadata, updated_at FROM metrics"))
      out[r["id"]] = r["value"] + "|" + r["metadata"] + "|" + r["updated_at"];
    return out;
  }

  // metric id -> value, the way the store names rows, from the sandbox's own totals.
  std::map<std::string, double> expected() {
    auto doc = client_.get(url("/_sandbox/expected/copper?from=2024-10-28&to=2024-11-10&tz=America/Denver")).json();
    std::map<std::string, double> out;
    for (const auto& u : doc.at("users").as_array()) {
      if (!u.at("rep").as_bool()) continue;
      auto user = "rep" + std::to_string(u.at("copper_user_id").as_int64() - kOwnerId);
      for (const auto& d : u.at("days").as_array()) {
        for (const char* type : {"email_quantity", "phone_call_quantity", "lead_progression_a",
                                 "lead_progression_b", "lead_progression_c", "new_sales_wholesale",
                                 "new_sales_distribution"}) {
          auto v = d.at(type).to_number<double>();
          if (v != 0) out[user + "_" + type + "_" + std::string(d.at("date").as_string()) + "_copper"] = v;
        }
      }
    }
    return out;
  }

  std::map<std::string, double> stored_values() {
    std::map<std::string, double> out;
    for (auto& r : support::sqlite_query(dir_.file("var/copper.db"), "SELECT id, value FROM metrics"))
      out[r["id"]] = std::stod(r["value"]);
    return out;
  }

  support::TempDir dir_;
};

TEST_F(CopperHostRun, StoresTheExpectedTotalsAndASecondRunChangesNothing) {
  auto first = run();
  ASSERT_EQ(first.exit_code, 0) << first.err << first.out;
  EXPECT_NE((first.out + first.err).find("newhire"), std::string::npos) << "the rep without Copper is named";
  EXPECT_EQ(stored_values(), expected());
  auto before = rows();
  auto second = run();
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(rows(), before);
}

TEST_F(CopperHostRun, ADayDeletedInCopperGoesToZero) {
  ASSERT_EQ(run().exit_code, 0);
  ASSERT_TRUE(stored_values().count("rep1_email_quantity_2024-11-05_copper"));
  ASSERT_EQ(client_.request("POST", url("/_sandbox/copper/delete-activities?user_id=2001&date=2024-11-05")).status, 200);
  ASSERT_EQ(run().exit_code, 0);
  auto stored = stored_values();
  EXPECT_FALSE(stored.count("rep1_email_quantity_2024-11-05_copper"));
  EXPECT_FALSE(stored.count("rep1_phone_call_quantity_2024-11-05_copper"));
  EXPECT_EQ(stored, expected());
}

}  // namespace
}  // namespace tributary::sandbox::copper
