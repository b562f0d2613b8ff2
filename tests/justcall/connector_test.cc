#include <gtest/gtest.h>

#include "plugins/justcall/config.h"
#include "plugins/justcall/justcall_connector.h"
#include "tests/justcall/recorded_api.h"

namespace tributary::justcall {
namespace {

using namespace testing;

TEST(JustCallConnector, FetchThenNormalizeGivesTheHandDerivedDays) {
  FakeHost host;
  host.http_.handler = recorded_api();
  JustCallConnector connector;
  auto ctx = fetch_context(host);
  auto fetched = connector.fetch(ctx);
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  auto out = connector.normalize(ctx, *fetched);
  ASSERT_TRUE(out.ok()) << out.status().to_string();
  expect_metrics(*out, {phone("2024-06-03", 3, 181, 3), talk("2024-06-03", 181),
                        phone("2024-06-04", 1, 300, 3), talk("2024-06-04", 300),
                        phone("2024-06-05", 2, 230, 2), talk("2024-06-05", 230)});
}

TEST(JustCallConnector, DeclaresItself) {
  JustCallConnector connector;
  EXPECT_EQ(&connector.declaration(), &declaration());
}

TEST(JustCallConnector, CheckMakesOneSmallRequest) {
  FakeHost host;
  host.http_.handler = recorded_api();
  JustCallConnector connector;
  auto report = connector.check(fetch_context(host));
  ASSERT_TRUE(report.ok()) << report.status().to_string();
  EXPECT_EQ(host.http_.urls(),
            std::vector<std::string>{"http://127.0.0.1:9/v2.1/users?page=0&per_page=1"});
  EXPECT_EQ(report->facts.at("users_total").as_int64(), 3);
  EXPECT_EQ(report->facts.at("auth_style").as_string(), "raw");
}

TEST(JustCallConnector, BadConfigFailsBeforeAnyRequest) {
  FakeHost host;
  JustCallConnector connector;
  auto ctx = fetch_context(host);
  ctx.config.erase("api_key");
  auto fetched = connector.fetch(ctx);
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_TRUE(host.http_.requests.empty());
}

TEST(JustCallConnector, RefusesAUnitWithMoreThanOneUser) {
  FakeHost host;
  JustCallConnector connector;
  auto ctx = fetch_context(host);
  ctx.users.push_back({"u-amy", "amy.agent@example.com", "Amy", {}});
  EXPECT_EQ(connector.fetch(ctx).status().kind(), sdk::FailureKind::kInternal);
}

}  // namespace
}  // namespace tributary::justcall
