// The runner against a live endpoint (tributary-sandbox) instead of recorded exchanges.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "tests/support/sandbox_process.h"
#include "tests/support/subprocess.h"

namespace tributary::host::conformance {
namespace {

namespace json = boost::json;

TEST(ConformanceLiveEndpoint, JustCallPassesAgainstTheSandbox) {
  testing::SandboxProcess sandbox({"--anchor-date", "2024-06-30", "--justcall-key", "live-key",
                                   "--justcall-secret", "live-secret-0123"});
  auto result = testing::run_process(
      {testing::bin("tributary-conformance"), "justcall", "--config",
       std::string(TRIBUTARY_SOURCE_DIR) + "/tests/conformance/live/justcall-sandbox.yaml", "--json"},
      {{"SANDBOX_PORT", std::to_string(sandbox.port())}, {"TRIBUTARY_PLUGIN_PATH", TRIBUTARY_PLUGIN_DIR}});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  auto report = json::parse(result.out).as_object();
  EXPECT_EQ(report.at("endpoint").as_string(), "http://127.0.0.1:" + std::to_string(sandbox.port()) + "/justcall");
  for (const auto& c : report.at("checks").as_array()) {
    auto name = std::string(c.at("name").as_string());
    auto expected = name == "normalize" || name == "incremental" ? "skip" : "pass";
    EXPECT_EQ(c.at("result").as_string(), expected) << name << ": " << c.at("reason").as_string();
  }
}

}  // namespace
}  // namespace tributary::host::conformance
