#include "plugins/justcall/paging.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "plugins/justcall/query.h"
#include "tests/justcall/fake_host.h"
#include "tests/justcall/test_support.h"

namespace tributary::justcall {
namespace {

using namespace testing;

TEST(JustCallQuery, ParsesALinkAndLaysItOverOurFilters) {
  auto link = parse_link_query("https://api.justcall.io/v2.1/calls?page=2&per_page=2#top");
  EXPECT_EQ(link, (Query{{"page", "2"}, {"per_page", "2"}}));
  Query ours{{"agent_id", "4242"}, {"per_page", "100"}, {"page", "1"}};
  overlay(ours, link);
  EXPECT_EQ(to_query_string(ours), "agent_id=4242&per_page=2&page=2");
  EXPECT_TRUE(parse_link_query("/v2.1/calls").empty());
  EXPECT_EQ(parse_link_query("?a=&&b=x%20y"), (Query{{"a", ""}, {"b", "x%20y"}}));
}

sdk::Result<PageVerdict> inspect(const boost::json::value& envelope, int per_page = 100) {
  return inspect_page(envelope, per_page, "JustCall GET /v2.1/calls page 0");
}

TEST(JustCallPaging, NullOrEmptyLinkEndsTheList) {
  auto last = boost::json::parse(fixture("calls-june-page-1.json"));  // full page, link null
  auto verdict = inspect(last, 6);
  ASSERT_TRUE(verdict.ok()) << verdict.status().to_string();
  EXPECT_FALSE(verdict->more);
  EXPECT_EQ(verdict->data->size(), 6u);
  auto users = boost::json::parse(fixture("users-page-1.json"));  // link ""
  EXPECT_FALSE(inspect(users)->more);
}

TEST(JustCallPaging, FullPageWithALinkGoesOnUsingTheEnvelopesPageSize) {
  // We asked for 100 but the envelope says 6 per page and holds 6: more follows.
  auto first = boost::json::parse(fixture("calls-june-page-0.json"));
  auto verdict = inspect(first, 100);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->more);
  EXPECT_EQ(to_query_string(verdict->link_params),
            "page=1&agent_id=4242&from_datetime=2024-06-01%2000%3A00%3A00&to_datetime=2024-06-06"
            "%2023%3A59%3A59&per_page=6");
}

TEST(JustCallPaging, ShortPageEndsTheListEvenWithALink) {
  auto envelope = boost::json::parse(
      R"({"status":"success","per_page":6,"next_page_link":"/v2.1/calls?page=1","data":[{"id":1}]})");
  EXPECT_FALSE(inspect(envelope, 6)->more);
}

TEST(JustCallPaging, ErrorEnvelopesAndMissingDataAreDataErrors) {
  auto error = inspect(boost::json::parse(R"({"status":"error","message":"Invalid agent"})"));
  ASSERT_FALSE(error.ok());
  EXPECT_EQ(error.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(error.status().message().find("status 'error' (Invalid agent)"), std::string::npos)
      << error.status().message();
  EXPECT_EQ(inspect(boost::json::parse(R"({"status":"success"})")).status().kind(),
            sdk::FailureKind::kData);
  EXPECT_EQ(inspect(boost::json::parse("[]")).status().kind(), sdk::FailureKind::kData);
}

JustCallConfig test_config() {
  JustCallConfig c;
  c.base_url = kBaseUrl;
  c.api_key = kApiKey;
  c.api_secret = kApiSecret;
  return c;
}

PagedRequest calls_request() {
  PagedRequest r;
  r.path = "/v2.1/calls";
  r.query = {{"agent_id", "4242"}};
  r.per_page = 1;
  r.what = "JustCall GET /v2.1/calls";
  return r;
}

std::string one_row_page(const std::string& next_link) {
  return R"({"status":"success","per_page":1,"next_page_link":")" + next_link +
         R"(","data":[{"id":1}]})";
}

TEST(JustCallPaging, NeverSendsCredentialsToTheLinksHost) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest& r) {
    bool first = r.url.find("page=0") != std::string::npos;
    return http_answer(200,
                       one_row_page(first ? "https://elsewhere.example/v2.1/calls?page=1" : ""));
  };
  int pages = 0;
  auto walked = for_each_page(host, test_config(), calls_request(),
                              [&](int, const std::string&, const boost::json::array&) {
                                ++pages;
                                return sdk::Status::success();
                              });
  ASSERT_TRUE(walked.ok()) << walked.to_string();
  EXPECT_EQ(pages, 2);
  EXPECT_EQ(host.http_.urls(),
            (std::vector<std::string>{"http://127.0.0.1:9/v2.1/calls?agent_id=4242&page=0",
                                      "http://127.0.0.1:9/v2.1/calls?agent_id=4242&page=1"}));
}

TEST(JustCallPaging, ALinkBackToAFetchedPageIsRefused) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest&) {
    return http_answer(200, one_row_page("/v2.1/calls?page=0"));
  };
  auto walked = for_each_page(
      host, test_config(), calls_request(),
      [](int, const std::string&, const boost::json::array&) { return sdk::Status::success(); });
  EXPECT_EQ(walked.kind(), sdk::FailureKind::kData);
  EXPECT_NE(walked.message().find("leads back to a page already fetched"), std::string::npos)
      << walked.message();
  EXPECT_EQ(host.http_.requests.size(), 1u);
}

TEST(JustCallPaging, MalformedBodyNamesThePageAndOffset) {
  FakeHost host;
  host.http_.handler = [](const sdk::HttpRequest&) { return http_answer(200, R"({"data":[)"); };
  auto walked = for_each_page(
      host, test_config(), calls_request(),
      [](int, const std::string&, const boost::json::array&) { return sdk::Status::success(); });
  EXPECT_EQ(walked.kind(), sdk::FailureKind::kData);
  EXPECT_NE(walked.message().find("JustCall GET /v2.1/calls page 0: malformed JSON at byte 9"),
            std::string::npos)
      << walked.message();
}

}  // namespace
}  // namespace tributary::justcall
