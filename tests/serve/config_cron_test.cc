// Config loading (and so `tributary validate` and `serve`) rejects a bad cron expression or
// zone at the place it is written, naming the cron field that is wrong.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "host/config/loader.h"
#include "tests/support/temp_dir.h"

using namespace tributary::testing;
using tributary::host::load_config;

namespace {

// The 1-based line and column where `needle`'s text starts in the file, found by reading it.
std::string location_of(const std::string& path, const std::string& needle) {
  std::istringstream in(read_file(path));
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    auto col = line.find(needle);
    if (col != std::string::npos) return path + ":" + std::to_string(n) + ":" + std::to_string(col + 1);
  }
  return "(not found)";
}

// Every variable the config names is set: only schedule errors are left to find.
std::optional<std::string> demo_env(const std::string&) { return "1"; }

class ConfigCron : public ::testing::Test {
 protected:
  ConfigCron() {
    copy_tree(std::string(TRIBUTARY_SOURCE_DIR) + "/config", dir_.file("config"));
    std::filesystem::remove_all(dir_.file("config/pipelines"));
    std::filesystem::create_directories(dir_.file("config/pipelines"));
    write_file(pipeline_file(),
               read_file(std::string(TRIBUTARY_SOURCE_DIR) + "/tests/serve/fixtures/sales-metrics.yaml"));
  }
  std::string pipeline_file() const { return dir_.file("config/pipelines/sales-metrics.yaml"); }
  std::vector<std::string> errors() {
    std::vector<std::string> out;
    for (const auto& e : load_config(dir_.file("config"), demo_env).errors) out.push_back(e.to_string());
    return out;
  }
  TempDir dir_;
};

}  // namespace

TEST_F(ConfigCron, TheDemoConfigLoads) { EXPECT_TRUE(errors().empty()); }

TEST_F(ConfigCron, BadExpressionNamesFileLineColumnAndField) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"0 24 * * *", "hour: 24 is out of range 0-23"},
      {"*/0 * * * *", "minute: step 0"},
      {"0 0 * * FUNDAY", "day-of-week: unknown name 'FUNDAY'"},
      {"@dayly", "expression: unknown macro '@dayly' (did you mean '@daily'?)"},
      {"0 0 30 2 *", "never fires"},
  };
  std::string previous = "*/10 * * * *";
  for (const auto& [cron, expected] : cases) {
    replace_in_file(pipeline_file(), "\"" + previous + "\"", "\"" + cron + "\"");
    previous = cron;
    auto errs = errors();
    ASSERT_EQ(errs.size(), 1U) << cron;
    const auto where = location_of(pipeline_file(), "\"" + cron + "\"");
    EXPECT_EQ(errs[0].rfind(where + ": ", 0), 0U) << errs[0] << "\nexpected at " << where;
    EXPECT_NE(errs[0].find(expected), std::string::npos) << errs[0];
    EXPECT_NE(errs[0].find("pipeline 'sales-metrics'"), std::string::npos) << errs[0];
  }
}

TEST_F(ConfigCron, UnknownZoneIsRejectedWithASuggestion) {
  replace_in_file(pipeline_file(), "timezone: America/Denver", "timezone: America/Denvr");
  auto errs = errors();
  ASSERT_EQ(errs.size(), 1U);
  EXPECT_EQ(errs[0].rfind(location_of(pipeline_file(), "America/Denvr") + ": ", 0), 0U) << errs[0];
  EXPECT_NE(errs[0].find("America/Denver"), std::string::npos) << errs[0];
}
