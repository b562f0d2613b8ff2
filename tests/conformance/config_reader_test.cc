#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdlib>

#include "host/conformance/conformance_config.h"
#include "tests/support/temp_dir.h"

namespace tributary::host::conformance {
namespace {

using testing::TempDir;
using testing::write_file;

struct Loaded {
  TempDir dir;
  ConfigLoad load;
};

std::unique_ptr<Loaded> load(const std::string& yaml) {
  auto l = std::make_unique<Loaded>();
  write_file(l->dir.file("page.json"), R"({"data":[1]})");
  write_file(l->dir.file("conformance.yaml"), yaml);
  l->load = load_conformance_config(l->dir.file("conformance.yaml"));
  return l;
}

std::string errors(const ConfigLoad& load) {
  std::string out;
  for (const auto& e : load.errors) out += e + "\n";
  return out;
}

constexpr const char* kMinimal = "window: {from: 2024-06-03, to: 2024-06-05}\nusers: [{id: rep1, email: rep1@example.com}]\n";

TEST(ConformanceConfig, ReadsEverySectionWithFilesRelativeToTheConfig) {
  ::setenv("CONFORMANCE_TEST_TOKEN", "tok-from-env", 1);
  auto l = load(std::string(kMinimal) + R"(
plugin: acme
connector:
  config: {api_token: "${CONFORMANCE_TEST_TOKEN}", per_page: 6}
  bad_credentials: {api_token: wrong}
organization: {timezone: America/New_York}
now: 2024-06-06T12:00:00Z
recorded:
  - name: page 1
    request: {path: /items, query: {page: "1"}, headers: {Authorization: "Bearer *"}}
    response: {status: 200, body_file: page.json, headers: {X-Total: "1"}}
  - request: {method: POST, path: /search, json: {page: 2}}
    response: {json: {data: []}}
    optional: true
normalize:
  - name: one page
    context: {user_id: rep1}
    pages: [{stream: items, file: page.json, meta: {page: 1}}]
    expected: &records {metrics: [{user_id: rep1, type: email_quantity, date: 2024-06-03, value: 1}]}
read: {expected: *records, min_records: 1}
errors: {skip: {malformed_json: "the vendor answers CSV"}}
)");
  ASSERT_TRUE(l->load.config) << errors(l->load);
  const auto& c = *l->load.config;
  EXPECT_EQ(c.plugin, "acme");
  EXPECT_EQ(c.connector_config.at("api_token").as_string(), "tok-from-env");
  EXPECT_EQ(c.connector_config.at("per_page").as_int64(), 6);
  EXPECT_EQ(c.org.timezone, "America/New_York");
  EXPECT_EQ(c.now, 1717675200);
  ASSERT_EQ(c.recorded.size(), 2u);
  EXPECT_EQ(c.recorded[0].response.body, R"({"data":[1]})");
  EXPECT_EQ(c.recorded[0].request.headers.at("Authorization"), "Bearer *");
  EXPECT_EQ(c.recorded[1].name, "POST /search");
  EXPECT_EQ(c.recorded[1].response.body, R"({"data":[]})");
  EXPECT_TRUE(c.recorded[1].optional);
  ASSERT_EQ(c.normalize.size(), 1u);
  EXPECT_EQ(c.normalize[0].pages[0].body, R"({"data":[1]})");
  EXPECT_EQ(c.normalize[0].expected.records, c.read_expected.records);
  EXPECT_EQ(c.read_min_records, 1);
  EXPECT_EQ(c.errors_skip.at("malformed_json"), "the vendor answers CSV");
}

TEST(ConformanceConfig, QuotedScalarsStayStrings) {
  auto l = load(std::string(kMinimal) + "connector: {config: {agent_id: \"4242\", page_size: 50, flag: true}}\n");
  ASSERT_TRUE(l->load.config) << errors(l->load);
  EXPECT_TRUE(l->load.config->connector_config.at("agent_id").is_string());
  EXPECT_TRUE(l->load.config->connector_config.at("page_size").is_int64());
  EXPECT_TRUE(l->load.config->connector_config.at("flag").is_bool());
}

TEST(ConformanceConfig, EveryErrorSaysWhereAndWhatWouldBeRight) {
  auto l = load(R"(users: [{id: rep1}]
window: {from: 2024-06-31, to: 2024-06-05}
organisation: {timezone: UTC}
recorded:
  - request: {path: /x}
    response: {body_file: missing.json}
normalize:
  - name: no pages
    expected: {}
errors: {skip: {malformed_jsn: "csv"}}
)");
  EXPECT_FALSE(l->load.config);
  auto text = errors(l->load);
  EXPECT_NE(text.find("conformance.yaml:2:16: window.from is '2024-06-31'; expected a date YYYY-MM-DD"), std::string::npos) << text;
  EXPECT_NE(text.find("conformance.yaml:3:1: unknown key 'organisation' in the conformance file (did you mean 'organization'?)"),
            std::string::npos) << text;
  EXPECT_NE(text.find("conformance.yaml:6:27: cannot read 'missing.json'"), std::string::npos) << text;
  EXPECT_NE(text.find("normalize case 'no pages' needs 'pages'"), std::string::npos) << text;
  EXPECT_NE(text.find("errors.skip names 'malformed_jsn' (did you mean 'malformed_json'?)"), std::string::npos) << text;
}

TEST(ConformanceConfig, WindowUsersAndSetEnvironmentAreRequired) {
  ::unsetenv("CONFORMANCE_TEST_UNSET");
  auto l = load("connector: {config: {api_token: \"${CONFORMANCE_TEST_UNSET}\"}}\n");
  auto text = errors(l->load);
  EXPECT_NE(text.find("needs 'window: {from: YYYY-MM-DD, to: YYYY-MM-DD}'"), std::string::npos) << text;
  EXPECT_NE(text.find("needs 'users:'"), std::string::npos) << text;
  EXPECT_NE(text.find("connector.config.api_token: environment variable CONFORMANCE_TEST_UNSET is not set"),
            std::string::npos) << text;
}

TEST(ConformanceConfig, AMissingExpectedFileIsKeptForUpdateExpected) {
  auto l = load(std::string(kMinimal) +
                "normalize: [{name: n, pages: [{file: page.json}], expected: expected/n.json}]\n");
  ASSERT_TRUE(l->load.config) << errors(l->load);
  const auto& expected = l->load.config->normalize[0].expected;
  EXPECT_FALSE(expected.records);
  EXPECT_EQ(expected.file, l->dir.file("expected/n.json"));
}

TEST(ConformanceConfig, UnreadableFileIsOneError) {
  auto l = load_conformance_config("/nonexistent/conformance.yaml");
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_EQ(l.errors[0], "/nonexistent/conformance.yaml: cannot read the conformance file");
}

}  // namespace
}  // namespace tributary::host::conformance
