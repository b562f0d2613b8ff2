// The happy path: a directory that uses every key loads with the values written, relative paths
// made absolute, placeholders substituted and defaults where nothing was written.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <filesystem>

#include "config_test_support.h"
#include "host/config/loader.h"

namespace tributary::host {
namespace {

using ::testing::ElementsAre;
using testing::error_lines;
using testing::fake_env;
using testing::fixture;
using ::testing::IsEmpty;

namespace fs = std::filesystem;

Config load_valid(std::map<std::string, std::string> env = {{"JUSTCALL_API_KEY", "secret-key"}}) {
  auto dir = fixture("valid");
  auto result = load_config(dir, fake_env(std::move(env)));
  EXPECT_THAT(error_lines(result.errors, dir), IsEmpty());
  EXPECT_TRUE(result.config.has_value());
  return result.config.value_or(Config{});
}

std::string parent_of_fixtures() {
  return fs::path(TRIBUTARY_SOURCE_DIR "/tests/config/fixtures").lexically_normal().string();
}

TEST(LoadConfig, ReadsHostSettings) {
  auto config = load_valid();
  EXPECT_EQ(config.dir, fixture("valid"));
  const auto& host = config.host;
  EXPECT_EQ(host.org.timezone, "America/Denver");
  EXPECT_EQ(host.org.currency, "USD");
  EXPECT_EQ(host.org.default_country, "US");
  EXPECT_EQ(host.store.driver, "sqlite");
  EXPECT_EQ(host.store.path, parent_of_fixtures() + "/var/test.db");
  EXPECT_THAT(host.plugin_dirs,
              ElementsAre(parent_of_fixtures() + "/plugins", "/opt/tributary/plugins"));
  EXPECT_EQ(host.log_format, "json");
  EXPECT_EQ(host.log_level, "debug");
  EXPECT_EQ(host.http.listen, "127.0.0.1:8080");
  EXPECT_EQ(host.http.trigger_secret_env, "MY_TRIGGER_SECRET");
  EXPECT_EQ(host.max_concurrent_pipelines, 3);
  ASSERT_EQ(host.source_policy.size(), 2u);
  EXPECT_EQ(host.source_policy.at("phone_call_quantity").mode, "prefer");
  EXPECT_THAT(host.source_policy.at("phone_call_quantity").sources,
              ElementsAre("justcall", "copper"));
  EXPECT_EQ(host.source_policy.at("email_quantity").mode, "sum");
  EXPECT_EQ(host.where.to_string(), fixture("valid") + "/tributary.yaml:2:1");
}

TEST(LoadConfig, ReadsUsersWithIdentitiesAsStrings) {
  auto config = load_valid();
  ASSERT_EQ(config.users.size(), 2u);
  const auto* rep1 = config.find_user("rep1");
  ASSERT_NE(rep1, nullptr);
  EXPECT_EQ(rep1->email, "rep1@example.com");
  EXPECT_EQ(rep1->name, "Rep One");
  EXPECT_TRUE(rep1->active);
  EXPECT_EQ(rep1->identities.at("justcall").at("agent_id"), "1001");
  EXPECT_EQ(rep1->identities.at("copper").at("user_id"), "42");
  EXPECT_EQ(rep1->identities.at("copper").at("email"), "rep.one@crm.example.com");
  EXPECT_EQ(rep1->where.to_string(), fixture("valid") + "/users.yaml:2:5");
  const auto* rep2 = config.find_user("rep.two");
  ASSERT_NE(rep2, nullptr);
  EXPECT_FALSE(rep2->active);
  EXPECT_EQ(rep2->name, "");
  EXPECT_THAT(rep2->identities, IsEmpty());
}

TEST(LoadConfig, ReadsGoals) {
  auto config = load_valid();
  ASSERT_EQ(config.goals.size(), 2u);
  EXPECT_EQ(config.goals[0].user_id, "*");
  EXPECT_EQ(config.goals[0].type, "phone_call_quantity");
  EXPECT_EQ(config.goals[0].period, "weekly");
  EXPECT_EQ(config.goals[0].target, 150);
  EXPECT_EQ(config.goals[1].user_id, "rep1");
  EXPECT_EQ(config.goals[1].target, 2500.5);
  EXPECT_EQ(config.goals[1].where.to_string(), fixture("valid") + "/goals.yaml:3:5");
}

TEST(LoadConfig, ReadsPipelinesSortedByFileNameWithDefaults) {
  auto config = load_valid();
  ASSERT_EQ(config.pipelines.size(), 2u);     // README.md is not a pipeline
  const auto& history = config.pipelines[0];  // backfill.yml sorts first; `name:` renames it
  EXPECT_EQ(history.name, "history");
  EXPECT_EQ(history.file, fixture("valid") + "/pipelines/backfill.yml");
  EXPECT_EQ(history.schedule.cron, "");
  EXPECT_EQ(history.schedule.timezone, "");
  EXPECT_EQ(history.schedule.overlap, "skip");
  EXPECT_EQ(history.schedule.catch_up, "none");
  EXPECT_EQ(history.window.days, 30);
  EXPECT_THAT(history.users, IsEmpty());
  EXPECT_EQ(history.concurrency, 8);
  EXPECT_TRUE(history.update_goals);
  ASSERT_EQ(history.connectors.size(), 1u);
  const auto& copper = history.connectors[0];
  EXPECT_EQ(copper.name, "copper");
  EXPECT_EQ(copper.plugin, "copper");
  EXPECT_FALSE(copper.rate_budget.has_value());
  EXPECT_EQ(copper.http.timeout_ms, 30000);
  EXPECT_EQ(copper.http.max_retries, 4);
  EXPECT_THAT(copper.config, IsEmpty());
  EXPECT_EQ(config.find_pipeline("history"), &history);
  EXPECT_EQ(config.find_pipeline("backfill"), nullptr);
}

TEST(LoadConfig, ReadsEveryPipelineKey) {
  auto config = load_valid();
  const auto* sales = config.find_pipeline("sales-metrics");  // named after the file stem
  ASSERT_NE(sales, nullptr);
  EXPECT_EQ(sales->schedule.cron, "*/10 * * * *");
  EXPECT_EQ(sales->schedule.timezone, "America/New_York");
  EXPECT_EQ(sales->schedule.overlap, "queue");
  EXPECT_EQ(sales->schedule.catch_up, "latest");
  EXPECT_EQ(sales->schedule.jitter_seconds, 5);
  EXPECT_EQ(sales->window.days, 7);  // "${WINDOW_DAYS:-7}" read as an integer after substitution
  EXPECT_THAT(sales->users, ElementsAre("rep1", "rep.two"));
  EXPECT_EQ(sales->concurrency, 4);
  EXPECT_FALSE(sales->update_goals);
  ASSERT_EQ(sales->connectors.size(), 2u);
  const auto& justcall = sales->connectors[0];
  EXPECT_EQ(justcall.name, "justcall");
  ASSERT_TRUE(justcall.rate_budget.has_value());
  EXPECT_EQ(justcall.rate_budget->requests, 60);
  EXPECT_EQ(justcall.rate_budget->per_seconds, 60);
  EXPECT_EQ(justcall.http.timeout_ms, 10000);
  EXPECT_EQ(justcall.http.connect_timeout_ms, 2000);
  EXPECT_EQ(justcall.http.max_retries, 2);
  EXPECT_EQ(justcall.http.backoff_base_ms, 100);
  EXPECT_EQ(justcall.http.backoff_max_ms, 1000);
  EXPECT_EQ(sales->connectors[1].name, "justcall-east");
  EXPECT_EQ(sales->connectors[1].plugin, "justcall");
}

TEST(LoadConfig, ConvertsConnectorConfigByHowEachScalarWasWritten) {
  auto config = load_valid();
  const auto& justcall = config.find_pipeline("sales-metrics")->connectors[0];
  auto expected = boost::json::parse(R"({
    "base_url": "http://127.0.0.1:18080/justcall",
    "api_key": "secret-key",
    "port": "18080",
    "page_size": 100,
    "ratio": 0.5,
    "verify": true,
    "quoted": "100",
    "literal": "${NOT_A_VAR}",
    "nothing": null,
    "tags": ["a", 2, "3"],
    "nested": {"depth": 2}
  })");
  EXPECT_EQ(boost::json::value(justcall.config), expected);
  EXPECT_TRUE(justcall.config.at("page_size").is_int64());
  EXPECT_TRUE(justcall.config.at("port").is_string());
}

TEST(LoadConfig, SubstitutesSetVariablesOverDefaults) {
  auto config =
      load_valid({{"JUSTCALL_API_KEY", "k"}, {"SANDBOX_PORT", "19000"}, {"HTTP_PORT", "9"}});
  const auto& justcall = config.find_pipeline("sales-metrics")->connectors[0];
  EXPECT_EQ(justcall.config.at("base_url"), "http://127.0.0.1:19000/justcall");
  EXPECT_EQ(justcall.config.at("port"), "19000");
  EXPECT_EQ(config.host.http.listen, "127.0.0.1:9");
}

TEST(LoadConfig, RecordsWhereConnectorsAndTheirKeysWereWritten) {
  auto config = load_valid();
  const auto& justcall = config.find_pipeline("sales-metrics")->connectors[0];
  auto file = fixture("valid") + "/pipelines/sales-metrics.yaml";
  EXPECT_EQ(justcall.where.to_string(), file + ":7:5");
  EXPECT_EQ(justcall.plugin_where.to_string(), file + ":7:13");
  EXPECT_EQ(justcall.keys.at("base_url").to_string(), file + ":11:7");
  EXPECT_EQ(justcall.keys.at("api_key").to_string(), file + ":12:7");
  EXPECT_EQ(justcall.keys.at("nested").to_string(), file + ":21:7");
  EXPECT_EQ(justcall.keys.size(), 11u);
}

TEST(LoadConfig, AppliesDefaultsToAnEmptySettingsFile) {
  auto dir = fixture("minimal");
  auto result = load_config(dir, fake_env({}));
  ASSERT_THAT(error_lines(result.errors, dir), IsEmpty());
  const auto& config = *result.config;
  EXPECT_EQ(config.host.org.timezone, "UTC");
  EXPECT_EQ(config.host.org.currency, "USD");
  EXPECT_EQ(config.host.store.driver, "sqlite");
  EXPECT_EQ(config.host.store.path, parent_of_fixtures() + "/var/tributary.db");
  EXPECT_THAT(config.host.plugin_dirs, IsEmpty());
  EXPECT_EQ(config.host.log_format, "text");
  EXPECT_EQ(config.host.log_level, "info");
  EXPECT_EQ(config.host.http.listen, "127.0.0.1:8080");
  EXPECT_EQ(config.host.max_concurrent_pipelines, 2);
  EXPECT_THAT(config.users, IsEmpty());
  EXPECT_THAT(config.goals, IsEmpty());
  EXPECT_THAT(config.pipelines, IsEmpty());
}

TEST(LoadConfig, AcceptsATrailingSlashOnTheDirectory) {
  auto result = load_config(fixture("minimal") + "/", fake_env({}));
  ASSERT_TRUE(result.config.has_value());
  EXPECT_EQ(result.config->dir, fixture("minimal"));
}

}  // namespace
}  // namespace tributary::host
