#include "host/conformance/exchange_match.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace tributary::host::conformance {
namespace {

Exchange exchange(RequestPattern request, std::string name = "") {
  Exchange e;
  e.name = std::move(name);
  e.request = std::move(request);
  return e;
}

TEST(ExchangeMatch, QueryIsDecodedAndOnlyListedParametersCount) {
  auto r = make_incoming("GET", "/api/messages?user=rep1%40example.com&page=2&extra=x", {}, "");
  EXPECT_EQ(r.path, "/api/messages");
  RequestPattern p;
  p.path = "/api/messages";
  p.query = {{"user", "rep1@example.com"}, {"page", "2"}};
  EXPECT_TRUE(request_matches(p, r));
  p.query["page"] = "1";
  EXPECT_FALSE(request_matches(p, r));
  p.query = {{"missing", "*"}};
  EXPECT_FALSE(request_matches(p, r)) << "a listed parameter must be present, even with '*'";
}

TEST(ExchangeMatch, HeadersMatchByNameInAnyCaseAndValueGlob) {
  auto r = make_incoming("GET", "/x", {{"authorization", "Token abc:def"}}, "");
  RequestPattern p;
  p.headers = {{"Authorization", "Token *"}};
  EXPECT_TRUE(request_matches(p, r));
  p.headers = {{"Authorization", "Bearer *"}};
  EXPECT_FALSE(request_matches(p, r));
  EXPECT_EQ(r.header("AUTHORIZATION"), "Token abc:def");
}

TEST(ExchangeMatch, MethodIsCaseInsensitiveAndStarMatchesAny) {
  auto r = make_incoming("POST", "/search", {}, "");
  RequestPattern p;
  p.method = "post";
  EXPECT_TRUE(request_matches(p, r));
  p.method = "GET";
  EXPECT_FALSE(request_matches(p, r));
  p.method = "*";
  EXPECT_TRUE(request_matches(p, r));
}

TEST(ExchangeMatch, JsonBodyMustHaveTheListedFields) {
  auto r = make_incoming("POST", "/search", {}, R"({"page_number":2,"page_size":200,"filter":{"type":"email"}})");
  RequestPattern p;
  p.method = "POST";
  p.json = boost::json::object{{"page_number", 2}, {"filter", {{"type", "e*"}}}};
  EXPECT_TRUE(request_matches(p, r));
  p.json = boost::json::object{{"page_number", 3}};
  EXPECT_FALSE(request_matches(p, r));
  p.json = boost::json::object{{"page_number", "2"}};
  EXPECT_TRUE(request_matches(p, r)) << "a pattern string compares with a number's text";
  auto not_json = make_incoming("POST", "/search", {}, "page=2");
  EXPECT_FALSE(request_matches(p, not_json));
}

TEST(ExchangeMatch, BodyGlobCoversTheWholeBody) {
  auto r = make_incoming("POST", "/login", {}, "user=a&password=b");
  RequestPattern p;
  p.method = "POST";
  p.body = "user=a&*";
  EXPECT_TRUE(request_matches(p, r));
  p.body = "user=a";
  EXPECT_FALSE(request_matches(p, r));
}

TEST(ExchangeMatch, FirstMatchingExchangeInFileOrderWins) {
  RequestPattern cursor;
  cursor.path = "/api/contacts";
  cursor.query = {{"updated_since", "*"}};
  RequestPattern any;
  any.path = "/api/contacts";
  std::vector<Exchange> exchanges = {exchange(cursor, "since"), exchange(any, "all")};
  EXPECT_EQ(find_exchange(exchanges, make_incoming("GET", "/api/contacts?updated_since=2024&page=1", {}, "")), 0);
  EXPECT_EQ(find_exchange(exchanges, make_incoming("GET", "/api/contacts?page=1", {}, "")), 1);
  EXPECT_EQ(find_exchange(exchanges, make_incoming("GET", "/api/users", {}, "")), -1);
}

}  // namespace
}  // namespace tributary::host::conformance
