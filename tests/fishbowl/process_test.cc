// The real binaries: tributary running a Fishbowl pipeline against tributary-sandbox. A run
// interrupted with SIGTERM while it pages logs out (no seat left held), and a CSV export of the
// served orders written over the same window changes nothing in the store.
#include <gtest/gtest.h>
#include <signal.h>

#include <boost/json.hpp>
#include <filesystem>

#include "tests/support/http_get.h"
#include "tests/support/sandbox_process.h"
#include "tests/support/subprocess.h"
#include "tests/support/temp_dir.h"

namespace tributary::fishbowl {
namespace {

namespace json = boost::json;
using namespace tributary::testing;

constexpr const char* kAliases =
    "{jdoe: rep1, JD: rep1, asmith: rep2, AS: rep2, bwong: rep3, BW: rep3, cgarcia: rep4, CG: "
    "rep4, "
    "dpatel: rep5, DP: rep5}";

class FishbowlProcessTest : public ::testing::Test {
 protected:
  void write_config(const std::string& connector_config) {
    write_file(dir_.file("tributary.yaml"),
               "organization: {timezone: America/Denver, currency: USD, default_country: US}\n"
               "store: {driver: sqlite, path: " +
                   dir_.file("store.db") +
                   "}\n"
                   "plugin_dirs: [" TRIBUTARY_PLUGIN_DIR
                   "]\n"
                   "log: {format: text, level: info}\n");
    std::string users = "users:\n";
    for (int k = 1; k <= 5; ++k)
      users += "  - {id: rep" + std::to_string(k) + ", email: rep" + std::to_string(k) +
               "@example.com}\n";
    write_file(dir_.file("users.yaml"), users);
    write_file(dir_.file("goals.yaml"), "goals: []\n");
    std::filesystem::create_directories(dir_.file("pipelines"));
    write_file(dir_.file("pipelines/fb.yaml"),
               "schedule: {cron: \"@daily\", timezone: America/Denver}\n"
               "window: {days: 30}\nusers: all\nupdate_goals: false\n"
               "connectors:\n  - plugin: fishbowl\n    http: {max_retries: 0}\n    config:\n" +
                   connector_config);
  }

  std::string rest_config(int page_size) const {
    return "      base_url: \"" + sandbox_->url("/fishbowl") +
           "\"\n"
           "      username: demo-user\n      password: \"${FISHBOWL_PASSWORD}\"\n"
           "      server_timezone: America/New_York\n      page_size: " +
           std::to_string(page_size) + "\n      salesman_aliases: " + kAliases + "\n";
  }

  json::object seats() {
    return json::parse(http_request("POST", sandbox_->url("/_sandbox/fishbowl/seats")).body)
        .as_object();
  }

  std::vector<std::string> run_args() const {
    return {bin("tributary"), "--config",   dir_.path(), "run",        "fb",
            "--from",         "2024-10-25", "--to",      "2024-11-19", "--json"};
  }

  const Env env_ = {{"FISHBOWL_PASSWORD", "demo-pass"}};
  TempDir dir_;
  std::unique_ptr<SandboxProcess> sandbox_;
};

TEST_F(FishbowlProcessTest, SigtermWhilePagingLogsOut) {
  sandbox_ = std::make_unique<SandboxProcess>(
      std::vector<std::string>{"--anchor-date", "2024-11-20", "--latency-ms", "100"});
  write_config(rest_config(5));
  BackgroundProcess run(run_args(), env_);
  ASSERT_TRUE(
      wait_until([&] { return seats().at("held").as_int64() == 1; }, std::chrono::seconds(30)))
      << "the run never logged in";
  run.kill(SIGTERM);
  auto result = run.finish(std::chrono::seconds(60));
  EXPECT_FALSE(result.timed_out);
  EXPECT_NE(result.exit_code, 0) << result.out << result.err;
  auto after = seats();
  EXPECT_EQ(after.at("held").as_int64(), 0) << json::serialize(after) << "\n" << result.err;
  EXPECT_EQ(after.at("logins").as_int64(), after.at("logouts").as_int64());
}

TEST_F(FishbowlProcessTest, TheCsvExportOfTheSameOrdersChangesNothing) {
  sandbox_ =
      std::make_unique<SandboxProcess>(std::vector<std::string>{"--anchor-date", "2024-11-20"});
  write_config(rest_config(50));
  auto rest = run_process(run_args(), env_);
  ASSERT_EQ(rest.exit_code, 0) << rest.out << rest.err;
  auto first = json::parse(rest.out).at("connectors").at("fishbowl");
  EXPECT_GT(first.at("inserted").as_int64(), 30);
  EXPECT_EQ(seats().at("held").as_int64(), 0);

  auto csv =
      http_request("POST", sandbox_->url("/_sandbox/fishbowl/export-csv?format=sales_order"));
  write_file(dir_.file("orders.csv"), csv.body);
  write_config("      mode: csv\n      csv_path: " + dir_.file("orders.csv") +
               "\n      server_timezone: America/New_York\n      salesman_aliases: " + kAliases +
               "\n");
  auto again = run_process(run_args(), env_);
  ASSERT_EQ(again.exit_code, 0) << again.out << again.err;
  auto second = json::parse(again.out).at("connectors").at("fishbowl");
  EXPECT_EQ(second.at("unchanged"), first.at("inserted"));
  EXPECT_EQ(second.at("inserted").as_int64(), 0);
  EXPECT_EQ(second.at("updated").as_int64(), 0);
  EXPECT_EQ(second.at("deleted").as_int64(), 0);
  EXPECT_EQ(second.at("bad_row_count").as_int64(), 0);
}

}  // namespace
}  // namespace tributary::fishbowl
