// tributary-conformance on the test connectors: the sample as written passes; each build with
// one planted defect fails the check meant to catch it, with a reason that says what is wrong.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "tests/support/subprocess.h"
#include "tests/support/temp_dir.h"

namespace tributary::host::conformance {
namespace {

namespace json = boost::json;
using testing::bin;
using testing::run_process;

const std::string kSampleConfig = std::string(TRIBUTARY_SOURCE_DIR) + "/tests/conformance/sample/conformance.yaml";
const std::string kCursorConfig = std::string(TRIBUTARY_SOURCE_DIR) + "/tests/conformance/cursor/conformance.yaml";

struct Run {
  int exit_code = -1;
  json::object report;
  std::string err;
};

Run conform(const std::string& variant, const std::string& name, const std::string& config) {
  auto library = std::string(CONFORMANCE_PLUGIN_DIR) + "/" + variant + "/libtributary-" + name + ".so";
  auto result = run_process({bin("tributary-conformance"), library, "--config", config, "--json"});
  Run run{result.exit_code, {}, result.err};
  boost::system::error_code ec;
  auto parsed = json::parse(result.out, ec);
  if (!ec && parsed.is_object()) run.report = parsed.as_object();
  return run;
}

// {"result", "reason"} of one check, or empty strings when the report has no such check.
std::pair<std::string, std::string> check(const Run& run, const std::string& name) {
  if (!run.report.contains("checks")) return {};
  for (const auto& c : run.report.at("checks").as_array()) {
    if (c.at("name").as_string() == name)
      return {std::string(c.at("result").as_string()), std::string(c.at("reason").as_string())};
  }
  return {};
}

void expect_verdict(const Run& run, const std::string& name, const std::string& verdict) {
  EXPECT_EQ(check(run, name).first, verdict) << name << ": " << check(run, name).second;
}

TEST(ConformanceVariants, SampleAsWrittenPassesEveryCheck) {
  auto run = conform("sample", "sample", kSampleConfig);
  ASSERT_EQ(run.exit_code, 0) << json::serialize(run.report) << run.err;
  for (const auto* name : {"handshake", "manifest", "declaration", "check", "normalize", "read",
                           "idempotence", "errors", "secrets", "lifecycle"})
    expect_verdict(run, name, "pass");
  // It keeps no cursor: nothing incremental to check.
  expect_verdict(run, "incremental", "skip");
}

TEST(ConformanceVariants, WrongAbiFailsTheHandshakeNamingTheField) {
  auto run = conform("wrong_abi", "sample", kSampleConfig);
  EXPECT_EQ(run.exit_code, 1);
  auto [verdict, reason] = check(run, "handshake");
  EXPECT_EQ(verdict, "fail");
  EXPECT_NE(reason.find("abi_major: expected 1, plugin has 2"), std::string::npos) << reason;
  for (const auto* name : {"manifest", "declaration", "normalize", "read", "lifecycle"})
    expect_verdict(run, name, "skip");
}

TEST(ConformanceVariants, NormalizeThatReadsTheClockFailsNormalize) {
  auto run = conform("reads_clock", "sample", kSampleConfig);
  EXPECT_EQ(run.exit_code, 1);
  auto [verdict, reason] = check(run, "normalize");
  EXPECT_EQ(verdict, "fail");
  EXPECT_NE(reason.find("wall clock moved 1000 days ahead"), std::string::npos) << reason;
  EXPECT_NE(reason.find("reads the clock"), std::string::npos) << reason;
  EXPECT_NE(reason.find("synced_on"), std::string::npos) << reason;
  expect_verdict(run, "handshake", "pass");
  expect_verdict(run, "read", "pass");
}

TEST(ConformanceVariants, FetchThatStopsAfterPageOneFailsRead) {
  auto run = conform("first_page_only", "sample", kSampleConfig);
  EXPECT_EQ(run.exit_code, 1);
  auto [verdict, reason] = check(run, "read");
  EXPECT_EQ(verdict, "fail");
  EXPECT_NE(reason.find("'messages rep1 page 2'"), std::string::npos) << reason;
  EXPECT_NE(reason.find("was never requested: a read must follow every page"), std::string::npos) << reason;
  expect_verdict(run, "normalize", "pass");
  expect_verdict(run, "secrets", "pass");
}

TEST(ConformanceVariants, ConnectorThatLogsItsTokenFailsSecretsWithoutRepeatingIt) {
  auto run = conform("logs_token", "sample", kSampleConfig);
  EXPECT_EQ(run.exit_code, 1);
  auto [verdict, reason] = check(run, "secrets");
  EXPECT_EQ(verdict, "fail");
  EXPECT_NE(reason.find("the value of secret config key 'api_token' appears in"), std::string::npos) << reason;
  EXPECT_NE(reason.find("logs"), std::string::npos) << reason;
  EXPECT_NE(reason.find("with token ***"), std::string::npos) << reason;
  EXPECT_EQ(json::serialize(run.report).find("sample-token-0123456789"), std::string::npos);
  expect_verdict(run, "read", "pass");
}

TEST(ConformanceVariants, ConnectorThatThrowsFailsReadAsACrashAndTheRunnerCarriesOn) {
  auto run = conform("throws", "sample", kSampleConfig);
  EXPECT_EQ(run.exit_code, 1);
  auto [verdict, reason] = check(run, "read");
  EXPECT_EQ(verdict, "fail");
  EXPECT_NE(reason.find("crashed with SIGABRT"), std::string::npos) << reason;
  EXPECT_NE(reason.find("during fetch (read, user rep1)"), std::string::npos) << reason;
  EXPECT_NE(reason.find("an exception escaped a noexcept entry point (std::runtime_error: sample: "
                        "unexpected field 'sent_at'"),
            std::string::npos)
      << reason;
  expect_verdict(run, "normalize", "pass");
  expect_verdict(run, "lifecycle", "pass");
}

TEST(ConformanceVariants, ConnectorThatLeaksFailsLifecycle) {
  auto run = conform("leaks", "sample", kSampleConfig);
  EXPECT_EQ(run.exit_code, 1);
  auto [verdict, reason] = check(run, "lifecycle");
  EXPECT_EQ(verdict, "fail");
  // 4096 characters per connector, never freed: at least that much per cycle.
  EXPECT_NE(reason.find("create/destroy cycles ("), std::string::npos) << reason;
  EXPECT_NE(reason.find("per connector): the connector leaks"), std::string::npos) << reason;
  expect_verdict(run, "read", "pass");
}

TEST(ConformanceVariants, CursorConnectorPassesIncremental) {
  auto run = conform("cursor", "cursor", kCursorConfig);
  ASSERT_EQ(run.exit_code, 0) << json::serialize(run.report) << run.err;
  auto [verdict, reason] = check(run, "incremental");
  EXPECT_EQ(verdict, "pass");
  // c4 is the one contact updated after the committed cursor 2024-06-05T10:00:00Z.
  EXPECT_NE(reason.find("the next read gave 1 new record(s) (first read 3)"), std::string::npos) << reason;
}

TEST(ConformanceVariants, IgnoringTheCommittedStateFailsIncremental) {
  auto run = conform("ignores_state", "cursor", kCursorConfig);
  EXPECT_EQ(run.exit_code, 1);
  auto [verdict, reason] = check(run, "incremental");
  EXPECT_EQ(verdict, "fail");
  EXPECT_NE(reason.find("sent exactly the requests of the first read (GET /api/contacts?page=1"),
            std::string::npos)
      << reason;
  expect_verdict(run, "read", "pass");
}

TEST(ConformanceRunner, OnlyTheNamedSuitesRun) {
  auto library = std::string(CONFORMANCE_PLUGIN_DIR) + "/sample/libtributary-sample.so";
  auto result = run_process({bin("tributary-conformance"), library, "--config", kSampleConfig, "--json",
                             "--suite", "handshake", "--suite", "normalize"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto report = json::parse(result.out).as_object();
  ASSERT_EQ(report.at("checks").as_array().size(), 2u);
  EXPECT_EQ(report.at("checks").as_array()[1].at("name").as_string(), "normalize");
}

TEST(ConformanceRunner, TableOutputNamesEveryCheckAndTheTotals) {
  auto library = std::string(CONFORMANCE_PLUGIN_DIR) + "/first_page_only/libtributary-sample.so";
  auto result = run_process({bin("tributary-conformance"), library, "--config", kSampleConfig});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("read         FAIL"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("11 checks: 9 passed, 1 failed, 1 skipped"), std::string::npos) << result.out;
}

TEST(ConformanceRunner, UnknownSuiteAndBadFileAreUsageErrorsThatSayWhere) {
  testing::TempDir dir;
  auto library = std::string(CONFORMANCE_PLUGIN_DIR) + "/sample/libtributary-sample.so";
  auto suite = run_process({bin("tributary-conformance"), library, "--suite", "normalise"});
  EXPECT_EQ(suite.exit_code, 2);
  EXPECT_NE(suite.err.find("--suite normalise is not a check (did you mean 'normalize'?)"), std::string::npos)
      << suite.err;

  testing::write_file(dir.file("conformance.yaml"), "window: {from: 2024-06-03, to: 2024-06-05}\n"
                                                    "users: [{id: rep1}]\n"
                                                    "recroded: []\n");
  auto file = run_process({bin("tributary-conformance"), library, "--config", dir.file("conformance.yaml")});
  EXPECT_EQ(file.exit_code, 2);
  EXPECT_NE(file.err.find("conformance.yaml:3:1: unknown key 'recroded' in the conformance file (did you "
                          "mean 'recorded'?)"),
            std::string::npos)
      << file.err;
}

}  // namespace
}  // namespace tributary::host::conformance
