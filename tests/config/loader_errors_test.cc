// One fixture directory per kind of mistake. Each test pins the file:line:column and the whole
// message: operators act on these sentences, so a change to one should be deliberate.
// Positions were counted by hand from the fixture files (1-based line and column).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config_test_support.h"
#include "host/config/loader.h"

namespace tributary::host {
namespace {

using ::testing::ElementsAre;
using testing::error_lines;
using testing::fake_env;
using testing::fixture;
using ::testing::HasSubstr;
using ::testing::SizeIs;

std::vector<std::string> load_errors(const std::string& name,
                                     std::map<std::string, std::string> env = {}) {
  auto dir = fixture(name);
  auto result = load_config(dir, fake_env(std::move(env)));
  EXPECT_FALSE(result.config.has_value()) << "a config with errors must not be returned";
  return error_lines(result.errors, dir);
}

TEST(LoadConfigErrors, ReportsUnknownKeysAtEveryLevelInFileOrder) {
  EXPECT_THAT(
      load_errors("unknown_keys"),
      ElementsAre(
          "tributary.yaml:1:1: unknown key 'organisation' in tributary.yaml (did you mean "
          "'organization'?); allowed keys: organization, store, plugin_dirs, log, http, "
          "max_concurrent_pipelines, source_policy",
          "tributary.yaml:2:25: unknown key 'pth' in 'store' (did you mean 'path'?); allowed "
          "keys: driver, path, dsn",
          "tributary.yaml:3:21: unknown key 'levle' in 'log' (did you mean 'level'?); allowed "
          "keys: format, level",
          "tributary.yaml:4:34: unknown key 'trigger_secret' in 'http' (did you mean "
          "'trigger_secret_env'?); allowed keys: listen, trigger_secret_env",
          "tributary.yaml:6:25: unknown key 'mod' in source policy 'phone_call_quantity' (did "
          "you mean 'mode'?); allowed keys: mode, sources",
          "users.yaml:2:5: missing required key 'email' in user 'rep1'",
          "users.yaml:3:5: unknown key 'emial' in user 'rep1' (did you mean 'email'?); allowed "
          "keys: id, email, name, active, identities",
          "users.yaml:4:1: unknown key 'people' in users.yaml; allowed keys: users",
          "goals.yaml:2:67: unknown key 'traget' in goal #1 (did you mean 'target'?); allowed "
          "keys: user, type, period, target",
          "pipelines/p.yaml:2:1: unknown key 'schedul' in pipeline 'p' (did you mean "
          "'schedule'?); allowed keys: name, schedule, window, users, concurrency, "
          "update_goals, connectors",
          "pipelines/p.yaml:3:29: unknown key 'time_zone' in 'schedule' of pipeline 'p' (did "
          "you mean 'timezone'?); allowed keys: cron, timezone, overlap, catch_up, "
          "jitter_seconds",
          "pipelines/p.yaml:4:10: unknown key 'day' in 'window' of pipeline 'p' (did you mean "
          "'days'?); allowed keys: days",
          "pipelines/p.yaml:7:5: unknown key 'nmae' in connector 'justcall' (did you mean "
          "'name'?); allowed keys: plugin, name, rate_budget, http, config",
          "pipelines/p.yaml:8:33: unknown key 'per_second' in 'rate_budget' of connector "
          "'justcall' (did you mean 'per_seconds'?); allowed keys: requests, per_seconds",
          // Too far from any allowed key for a suggestion: the list alone must do.
          "pipelines/p.yaml:9:12: unknown key 'timeout' in 'http' of connector 'justcall'; "
          "allowed keys: timeout_ms, connect_timeout_ms, max_retries, backoff_base_ms, "
          "backoff_max_ms"));
}

TEST(LoadConfigErrors, ReportsValuesOfTheWrongType) {
  EXPECT_THAT(
      load_errors("bad_types"),
      ElementsAre(
          "tributary.yaml:1:27: expected an integer for 'max_concurrent_pipelines', got 'lots'",
          "tributary.yaml:2:14: expected a list of strings for 'plugin_dirs', got '../plugins'",
          "users.yaml:4:13: expected true or false for 'active', got 'yes'",
          "users.yaml:6:12: expected a string for 'email', got a mapping",
          "goals.yaml:5:13: expected a number for 'target', got 'lots'",
          "pipelines/p.yaml:1:14: 'concurrency' must be between 1 and 256, got 500",
          "pipelines/p.yaml:2:15: expected true or false for 'update_goals', got 'sometimes'",
          "pipelines/p.yaml:3:16: 'days' must be between 1 and 3660, got 0",
          "pipelines/p.yaml:4:13: expected a list of connectors for 'connectors', got a "
          "mapping"));
}

TEST(LoadConfigErrors, ReportsMalformedYamlAtTheParserMark) {
  // goals.yaml names a user users.yaml would define; while users.yaml cannot be read that is
  // not reported, so the one real mistake stands alone.
  EXPECT_THAT(load_errors("malformed_yaml"),
              ElementsAre("users.yaml:3:28: malformed YAML: illegal map value"));
}

TEST(LoadConfigErrors, ReportsMissingEnvironmentVariablesWhereTheyAreUsed) {
  EXPECT_THAT(
      load_errors("missing_env"),
      ElementsAre(
          "tributary.yaml:1:16: environment variable PORT is not set (used in tributary.yaml)",
          // Only the variable is reported, not also a type error for the empty result.
          "pipelines/sales-metrics.yaml:1:14: environment variable CONCURRENCY is not set (used "
          "in pipelines/sales-metrics.yaml)",
          "pipelines/sales-metrics.yaml:5:16: environment variable JUSTCALL_API_KEY is not set "
          "(used in pipelines/sales-metrics.yaml)",
          "pipelines/sales-metrics.yaml:7:15: unterminated '${' in '${REGION'; close it with "
          "'}' or write '$${' for a literal '${'"));
}

TEST(LoadConfigErrors, SettingTheVariablesClearsTheirErrors) {
  EXPECT_THAT(load_errors("missing_env",
                          {{"PORT", "8080"}, {"CONCURRENCY", "4"}, {"JUSTCALL_API_KEY", "k"}}),
              ElementsAre(HasSubstr("unterminated '${'")));
}

TEST(LoadConfigErrors, ReportsDuplicatesWithTheFirstDefinition) {
  EXPECT_THAT(
      load_errors("duplicates"),
      ElementsAre(
          "users.yaml:6:5: duplicate user id 'rep1'; it is first defined at users.yaml:2:5",
          "goals.yaml:3:5: duplicate goal for user 'rep1', type 'email_quantity', period "
          "'daily'; it is first defined at goals.yaml:2:5",
          "pipelines/a.yaml:4:5: duplicate connector name 'justcall' in pipeline 'shared'; it "
          "is first defined at pipelines/a.yaml:3:5; give each instance of a plugin its own "
          "'name'",
          "pipelines/b.yaml:1:1: duplicate pipeline name 'shared'; it is first defined at "
          "pipelines/a.yaml:1:1; pipeline names must be unique"));
}

TEST(LoadConfigErrors, ReportsUnknownUsersMetricTypesPeriodsAndTimeZones) {
  auto errors = load_errors("unknown_references");
  ASSERT_THAT(errors, SizeIs(7));
  EXPECT_EQ(errors[0],
            "tributary.yaml:1:26: unknown time zone 'America/Denvr' for 'timezone' (did you mean "
            "'America/Denver'?); expected an IANA name such as America/Denver or UTC");
  EXPECT_EQ(errors[1],
            "tributary.yaml:3:3: unknown key 'phone_call_quantiy' in 'source_policy' (did you "
            "mean 'phone_call_quantity'?); allowed keys: email_quantity, phone_call_quantity, "
            "talk_time_minutes, lead_progression_a, lead_progression_b, lead_progression_c, "
            "new_sales_wholesale, new_sales_distribution");
  EXPECT_EQ(errors[2],
            "goals.yaml:2:12: unknown user 'rep3' in goal #1 (did you mean 'rep1'?); expected a "
            "user id from users.yaml or \"*\" for every active user");
  EXPECT_EQ(errors[3],
            "goals.yaml:3:23: unknown metric type 'phone_call_quantiy' for 'type' (did you mean "
            "'phone_call_quantity'?); expected one of: email_quantity, phone_call_quantity, "
            "talk_time_minutes, lead_progression_a, lead_progression_b, lead_progression_c, "
            "new_sales_wholesale, new_sales_distribution");
  EXPECT_EQ(errors[4],
            "goals.yaml:4:48: unknown period 'weakly' for 'period' (did you mean 'weekly'?); "
            "expected one of: daily, weekly, monthly, quarterly, yearly");
  EXPECT_EQ(errors[5],
            "pipelines/p.yaml:1:15: unknown user 'rep9' in pipeline 'p' (did you mean 'rep1'?); "
            "expected a user id from users.yaml");
  // No zone is within a plausible typo of this one, so there is no suggestion.
  EXPECT_EQ(errors[6],
            "pipelines/p.yaml:2:38: unknown time zone 'Mars/Olympus' for 'timezone'; expected an "
            "IANA name such as America/Denver or UTC");
}

TEST(LoadConfigErrors, ReportsValuesOutsideWhatEachKeyAccepts) {
  EXPECT_THAT(
      load_errors("bad_values"),
      ElementsAre(
          "tributary.yaml:1:26: expected a three-letter ISO 4217 code such as USD for "
          "'currency', got 'usd'",
          "tributary.yaml:1:48: expected a two-letter ISO 3166 code such as US for "
          "'default_country', got 'USA'",
          "tributary.yaml:2:8: missing required key 'dsn' in 'store' (the postgres driver needs a "
          "connection string, e.g. \"postgresql://host/db\")",
          "tributary.yaml:3:15: unknown log format 'xml' for 'format'; expected one of: text, "
          "json",
          "tributary.yaml:3:27: unknown log level 'verbose' for 'level'; expected one of: debug, "
          "info, warn, error",
          "tributary.yaml:4:16: expected host:port such as 127.0.0.1:8080 for 'listen', got "
          "'localhost'",
          "users.yaml:2:9: user id 'rep one' may contain only letters, digits, '_', '.' and '-'",
          "users.yaml:3:12: expected an email address for 'email', got 'rep1.example.com'",
          "pipelines/empty.yaml:1:1: pipeline 'empty' has no connectors; list at least one "
          "under 'connectors' (each with a 'plugin')",
          "pipelines/empty.yaml:1:8: 'users' is an empty list; write \"all\" for every active "
          "user or list user ids",
          "pipelines/empty.yaml:2:21: unknown overlap policy 'wait' for 'overlap'; expected one "
          "of: skip, queue",
          "pipelines/retry.yaml:1:8: expected \"all\" or a list of user ids for 'users', got "
          "'everyone'",
          "pipelines/retry.yaml:4:50: 'backoff_max_ms' (100) must not be less than "
          "'backoff_base_ms' (500)",
          "pipelines/retry.yaml:5:5: missing required key 'plugin' in connector 'second'"));
}

TEST(LoadConfigErrors, ReportsKeysWrittenTwiceAndTargetsThatAreNotPositive) {
  EXPECT_THAT(load_errors("repeated_keys"),
              ElementsAre("users.yaml:4:5: duplicate key 'email' in user 'rep1'; it was first "
                          "written at line 3",
                          "goals.yaml:2:63: 'target' must be greater than 0, got -5"));
}

TEST(LoadConfigErrors, NamesTheExpectedPathWhenTributaryYamlIsMissing) {
  auto dir = fixture("no_settings");
  auto result = load_config(dir, fake_env({}));
  EXPECT_FALSE(result.config.has_value());
  ASSERT_THAT(result.errors, SizeIs(1));
  EXPECT_EQ(result.errors[0].to_string(), dir +
                                              "/tributary.yaml: missing tributary.yaml: "
                                              "expected the host settings at " +
                                              dir + "/tributary.yaml");
}

TEST(LoadConfigErrors, SaysSoWhenTheDirectoryDoesNotExist) {
  auto dir = fixture("does_not_exist");
  auto result = load_config(dir, fake_env({}));
  ASSERT_THAT(result.errors, SizeIs(1));
  EXPECT_THAT(result.errors[0].message, HasSubstr("(the config directory does not exist)"));
}

}  // namespace
}  // namespace tributary::host
