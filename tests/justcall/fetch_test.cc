#include "plugins/justcall/fetch.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "plugins/justcall/agent_directory.h"
#include "plugins/justcall/agent_resolver.h"
#include "tests/justcall/recorded_api.h"

namespace tributary::justcall {
namespace {

using namespace testing;

const char* kJuneCalls =
    "http://127.0.0.1:9/v2.1/calls?agent_id=4242&from_datetime=2024-06-01%2000%3A00%3A00"
    "&to_datetime=2024-06-06%2023%3A59%3A59&per_page=6&page=";

sdk::Result<sdk::FetchResult> fetch(const sdk::FetchContext& ctx) {
  auto config = parse_config(ctx.config);
  if (!config) return config.status();
  return fetch_calls(ctx, *config);
}

std::vector<std::string> with_prefix(const std::vector<std::string>& urls, const std::string& p) {
  std::vector<std::string> out;
  for (const auto& u : urls) {
    if (u.find(p) != std::string::npos) out.push_back(u);
  }
  return out;
}

TEST(JustCallFetch, ResolvesTheAgentByEmailThenPagesThroughItsCalls) {
  FakeHost host;
  host.http_.handler = recorded_api();
  auto fetched = fetch(fetch_context(host, "Derek.Rep@example.COM"));
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  EXPECT_EQ(host.http_.urls(), (std::vector<std::string>{
                                   "http://127.0.0.1:9/v2.1/users?per_page=100&page=0",
                                   "http://127.0.0.1:9/v2.1/users?per_page=2&page=1",
                                   std::string(kJuneCalls) + "0", std::string(kJuneCalls) + "1"}));
  ASSERT_EQ(fetched->pages.size(), 2u);
  for (int i = 0; i < 2; ++i) {
    const auto& page = fetched->pages[static_cast<std::size_t>(i)];
    EXPECT_EQ(page.stream, "calls");
    EXPECT_EQ(page.body, fixture("calls-june-page-" + std::to_string(i) + ".json"));
    EXPECT_EQ(boost::json::serialize(page.meta),
              R"({"agent_id":"4242","page":)" + std::to_string(i) + "}");
  }
  EXPECT_EQ(boost::json::serialize(fetched->context),
            R"({"agent_id":"4242","agent_timezone":"America/Los_Angeles","user_id":"u-derek"})");
}

TEST(JustCallFetch, DirectoryIsCachedForAnHourAndSharedByTheAccount) {
  FakeHost first;
  first.http_.handler = recorded_api();
  ASSERT_TRUE(fetch(fetch_context(first)).ok());
  ASSERT_EQ(first.cache_.ttls.count("users"), 1u);
  EXPECT_EQ(first.cache_.ttls.at("users").count(), 3600);

  FakeHost second;  // another user of the same account, same cache
  second.shared_cache = &first.cache_;
  second.http_.handler = recorded_api();
  auto amy = fetch(fetch_context(second, "amy.agent@example.com"));
  ASSERT_TRUE(amy.ok()) << amy.status().to_string();
  EXPECT_TRUE(with_prefix(second.http_.urls(), "/v2.1/users").empty());
  EXPECT_EQ(param(second.http_.urls().at(0), "agent_id"), "4241");
  EXPECT_EQ(amy->context.at("agent_timezone").as_string(), "America/Chicago");
}

TEST(JustCallFetch, UnknownEmailIsNotFoundWithTheNumberOfUsersChecked) {
  FakeHost host;
  host.http_.handler = recorded_api();
  auto fetched = fetch(fetch_context(host, "nobody@example.com"));
  ASSERT_FALSE(fetched.ok());
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kNotFound);
  EXPECT_NE(fetched.status().message().find(
                "no JustCall user with email nobody@example.com (3 users checked)"),
            std::string::npos)
      << fetched.status().message();
  EXPECT_TRUE(with_prefix(host.http_.urls(), "/v2.1/calls").empty());
}

std::string cached_amy_only(std::int64_t fetched_at) {
  AgentDirectory d;
  d.users_checked = 1;
  d.fetched_at = fetched_at;
  d.agents = {{"4241", "amy.agent@example.com", "America/Chicago"}};
  return to_cache_text(d);
}

TEST(JustCallFetch, AMissInAnOldCacheWalksTheDirectoryOnceMore) {
  const std::int64_t now = 1717660800;  // FakeHost's clock
  FakeHost fresh;
  fresh.http_.handler = recorded_api();
  fresh.cache_.values["users"] = cached_amy_only(now - 60);
  auto missing = fetch(fetch_context(fresh));
  EXPECT_EQ(missing.status().kind(), sdk::FailureKind::kNotFound);
  EXPECT_NE(missing.status().message().find("(1 users checked)"), std::string::npos);
  EXPECT_TRUE(fresh.http_.requests.empty());

  FakeHost old;
  old.http_.handler = recorded_api();
  old.cache_.values["users"] = cached_amy_only(now - 1800);
  auto found = fetch(fetch_context(old));
  ASSERT_TRUE(found.ok()) << found.status().to_string();
  EXPECT_EQ(with_prefix(old.http_.urls(), "/v2.1/users").size(), 2u);
  EXPECT_EQ(from_cache_text(old.cache_.values["users"])->users_checked, 3);
}

TEST(JustCallFetch, IdentityAgentIdWinsOverTheEmail) {
  FakeHost host;
  host.http_.handler = recorded_api();
  auto ctx = fetch_context(host, "someone.else@example.com");
  ctx.users[0].identity = {{"agent_id", "4243"}};
  auto fetched = fetch(ctx);
  ASSERT_TRUE(fetched.ok()) << fetched.status().to_string();
  auto calls = with_prefix(host.http_.urls(), "/v2.1/calls");
  ASSERT_FALSE(calls.empty());
  EXPECT_EQ(param(calls[0], "agent_id"), "4243");
  EXPECT_EQ(fetched->context.at("agent_timezone").as_string(), "America/Denver");
}

TEST(JustCallFetch, BadIdentityOrNoWayToFindTheAgentIsAConfigError) {
  FakeHost host;
  host.http_.handler = recorded_api();
  auto ctx = fetch_context(host);
  ctx.users[0].identity = {{"agent_id", "derek"}};
  auto bad = fetch(ctx);
  EXPECT_EQ(bad.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(bad.status().message().find("identities.justcall.agent_id is 'derek'"),
            std::string::npos)
      << bad.status().message();
  auto nothing = fetch(fetch_context(host, ""));
  EXPECT_EQ(nothing.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(nothing.status().message().find("has no email and no identities.justcall.agent_id"),
            std::string::npos);
  EXPECT_TRUE(host.http_.requests.empty());
}

TEST(JustCallFetch, RejectedCredentialsAreAnAuthFailureThatNeverQuotesThem) {
  FakeHost host;
  host.http_.handler = recorded_api();
  auto ctx = fetch_context(host);
  ctx.config["api_secret"] = "wrong-secret-789";
  auto fetched = fetch(ctx);
  ASSERT_FALSE(fetched.ok());
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kAuth);
  EXPECT_NE(fetched.status().message().find("check api_key and api_secret"), std::string::npos);
  EXPECT_EQ(fetched.status().message().find("wrong-secret-789"), std::string::npos);
  EXPECT_EQ(fetched.status().message().find(kApiKey), std::string::npos);
}

TEST(JustCallFetch, BasicAuthStyleIsAcceptedToo) {
  FakeHost host;
  host.http_.handler = recorded_api();
  auto ctx = fetch_context(host);
  ctx.config["auth_style"] = "basic";
  ASSERT_TRUE(fetch(ctx).ok());
  EXPECT_EQ(host.http_.requests.at(0).headers.at(0).second, "Basic a2V5LTEyMzpzZWNyZXQtNDU2");
}

TEST(JustCallFetch, NotFoundOnTheCallsListIsAConfigErrorAboutBaseUrl) {
  FakeHost host;
  auto recorded = recorded_api();
  host.http_.handler = [recorded](const sdk::HttpRequest& r) -> sdk::Result<sdk::HttpResponse> {
    if (r.url.find("/v2.1/calls") != std::string::npos)
      return http_answer(404, "<html>nginx</html>");
    return recorded(r);
  };
  auto fetched = fetch(fetch_context(host));
  EXPECT_EQ(fetched.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(fetched.status().message().find("check base_url"), std::string::npos);
}

TEST(JustCallFetch, LogsCarryNoSecrets) {
  FakeHost host;
  host.http_.handler = recorded_api();
  ASSERT_TRUE(fetch(fetch_context(host)).ok());
  ASSERT_FALSE(host.log_.lines.empty());
  for (const auto& line : host.log_.lines) {
    EXPECT_EQ(line.find(kApiKey), std::string::npos) << line;
    EXPECT_EQ(line.find(kApiSecret), std::string::npos) << line;
  }
}

TEST(JustCallCallRange, AgentLocalDaysOfTheWindowPaddedOnEachSide) {
  auto window = ny_window("2024-06-03", "2024-06-05");           // 06-03T04:00Z .. 06-06T04:00Z
  auto la = call_query_range(window, "America/Los_Angeles", 1);  // 06-02 21:00 .. 06-05 20:59:59
  EXPECT_EQ(la.from, "2024-06-01 00:00:00");
  EXPECT_EQ(la.to, "2024-06-06 23:59:59");
  auto tokyo = call_query_range(window, "Asia/Tokyo", 1);  // 06-03 13:00 .. 06-06 12:59:59
  EXPECT_EQ(tokyo.from, "2024-06-02 00:00:00");
  EXPECT_EQ(tokyo.to, "2024-06-07 23:59:59");
}

TEST(JustCallCallRange, UnknownZoneUsesTheOrganisationsDays) {
  auto window = ny_window("2024-06-03", "2024-06-05");
  auto unknown = call_query_range(window, "", 1);
  EXPECT_EQ(unknown.from, "2024-06-02 00:00:00");
  EXPECT_EQ(unknown.to, "2024-06-06 23:59:59");
  auto bogus = call_query_range(window, "Not/AZone", 0);
  EXPECT_EQ(bogus.from, "2024-06-03 00:00:00");
  EXPECT_EQ(bogus.to, "2024-06-05 23:59:59");
}

}  // namespace
}  // namespace tributary::justcall
