#include "host/conformance/secret_scan.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace tributary::host::conformance {
namespace {

namespace json = boost::json;

const std::vector<Secret> kSecrets = {{"tok-123456", "the value of secret config key 'api_token'"}};

TEST(SecretScan, FindsASecretAnywhereAndSaysWhereWithoutShowingIt) {
  auto value = json::parse(R"({"read":[{"logs":[{"message":"ok"},{"message":"using tok-123456 now"}]}],
                               "facts":{"tok-123456":1}})");
  auto hits = find_secrets(value, kSecrets);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].where, "read[0].logs[1].message");
  EXPECT_EQ(hits[0].excerpt, "using *** now");
  EXPECT_EQ(hits[0].origin, "the value of secret config key 'api_token'");
  EXPECT_EQ(hits[1].where, "facts.*** (key)");
}

TEST(SecretScan, LongTextIsCutAroundTheSecretAfterMasking) {
  std::string text = std::string(100, 'a') + "tok-123456" + std::string(200, 'b');
  auto hits = find_secrets(json::value(text), kSecrets);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].excerpt.find("tok-"), std::string::npos);
  EXPECT_EQ(hits[0].excerpt.substr(0, 3), "...");
  EXPECT_NE(hits[0].excerpt.find(std::string(60, 'a') + "***"), std::string::npos) << hits[0].excerpt;
}

TEST(SecretScan, ShortValuesAreNotLookedFor) {
  EXPECT_TRUE(find_secrets(json::value("the key is abc"), {{"abc", "x"}}).empty());
}

TEST(SecretScan, OneHitPerPlaceEvenWhenTwoSecretsOverlap) {
  std::vector<Secret> secrets = {{"tok-123456", "config"}, {"Token tok-123456", "header"}};
  EXPECT_EQ(find_secrets(json::value("sent Token tok-123456"), secrets).size(), 1u);
}

TEST(SecretScan, WireCredentialsComeFromAuthorizationLikeHeadersAndQueryParameters) {
  ServedRequest a;
  a.phase = "secrets";
  a.request = make_incoming("GET", "/x?api_key=qk-99999999&page=1",
                            {{"Authorization", "Bearer bearer-abcdef"}, {"Accept", "application/json"},
                             {"X-Api-Key", "hk-1234567"}},
                            "");
  ServedRequest other = a;
  other.phase = "read";
  other.request = make_incoming("GET", "/x", {{"Authorization", "Bearer other-abcdef"}}, "");
  auto wire = wire_credentials({a, other}, "secrets");
  std::vector<std::string> values;
  for (const auto& s : wire) values.push_back(s.value);
  EXPECT_EQ(values, (std::vector<std::string>{"Bearer bearer-abcdef", "bearer-abcdef", "hk-1234567", "qk-99999999"}));
}

TEST(SecretScan, PrintedTextIsReportedByLine) {
  auto hits = find_secrets_in_text("starting\nauth tok-123456\n", kSecrets, "stderr");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].where, "stderr line 2");
  EXPECT_EQ(hits[0].excerpt, "auth ***");
}

}  // namespace
}  // namespace tributary::host::conformance
