#include "plugins/hubspot/contact_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <set>

#include "plugins/hubspot/config.h"
#include "tests/hubspot/hubspot_testing.h"

namespace tributary::hubspot {
namespace {

using namespace testing;
namespace json = boost::json;

constexpr int kCap = 10;  // stands in for 10,000 so a test pages through a few dozen contacts

// A search endpoint over (id, lastmodifieddate) pairs with the real rules: filters ANDed, one
// sort, `after` as an offset, 400 at or past the cap. Ties in lastmodifieddate come back in
// descending id order, so a client that assumed id order would skip contacts.
class SearchServer {
 public:
  std::vector<std::pair<std::int64_t, std::int64_t>> contacts;  // id, ms

  sdk::Result<sdk::HttpResponse> operator()(const sdk::HttpRequest& r) {
    auto body = json::parse(r.body).as_object();
    auto after = std::stoll(std::string(body.at("after").as_string()));
    auto limit = body.at("limit").as_int64();
    ++requests;
    if (after >= kCap)
      return http_answer(
          400,
          R"({"status":"error","message":"paging past 10000 results","category":"VALIDATION_ERROR"})");
    auto rows = matching(body.at("filterGroups").at(0).at("filters").as_array());
    auto sort = std::string(body.at("sorts").at(0).at("propertyName").as_string());
    std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
      if (sort == "hs_object_id") return a.first < b.first;
      return a.second != b.second ? a.second < b.second : a.first > b.first;
    });
    json::array results;
    auto end =
        std::min<std::int64_t>({after + limit, static_cast<std::int64_t>(rows.size()), kCap});
    for (auto i = after; i < end; ++i) {
      auto [id, ms] = rows[static_cast<std::size_t>(i)];
      results.push_back(
          {{"id", std::to_string(id)}, {"properties", {{"lastmodifieddate", std::to_string(ms)}}}});
    }
    json::object out{{"total", rows.size()}, {"results", results}};
    if (after + limit < static_cast<std::int64_t>(rows.size()))
      out["paging"] = {{"next", {{"after", std::to_string(after + limit)}}}};
    return http_answer(200, json::serialize(out));
  }

  int requests = 0;

 private:
  std::vector<std::pair<std::int64_t, std::int64_t>> matching(const json::array& filters) const {
    std::vector<std::pair<std::int64_t, std::int64_t>> rows;
    for (const auto& c : contacts) {
      bool keep = true;
      for (const auto& f : filters) {
        auto field = std::string(f.at("propertyName").as_string());
        auto op = std::string(f.at("operator").as_string());
        auto value = std::stoll(std::string(f.at("value").as_string()));
        auto mine = field == "hs_object_id" ? c.first : c.second;
        keep = keep && (op == "GTE"  ? mine >= value
                        : op == "GT" ? mine > value
                        : op == "EQ" ? mine == value
                                     : false);
      }
      if (keep) rows.push_back(c);
    }
    return rows;
  }
};

std::set<std::string> ids_read(const std::vector<sdk::RawPage>& pages) {
  std::set<std::string> ids;
  for (const auto& p : pages) {
    auto body = json::parse(p.body);
    for (const auto& r : body.at("results").as_array())
      ids.insert(std::string(r.at("id").as_string()));
  }
  return ids;
}

struct Run {
  sdk::Result<SearchOutcome> outcome = sdk::Status::internal("not run");
  std::vector<sdk::RawPage> pages;
};

Run search(SearchServer& server, std::int64_t from_ms, int page_size = 4) {
  FakeHost host;
  host.http_.handler = std::ref(server);
  auto config = parse_config(private_app_config());
  config->search_page_size = page_size;
  HubSpotApi api(host, *config);
  Run run;
  run.outcome = search_modified_since(api, host, *config, from_ms, run.pages, kCap);
  return run;
}

TEST(HubSpotSearch, ReadsPastTheCapByRequeryingFromTheLastInstant) {
  SearchServer server;
  for (int i = 1; i <= 37; ++i) server.contacts.push_back({i, 1000 + i * 7 % 23});  // some ties
  server.contacts.push_back({99, 10});  // before from_ms: never read
  auto run = search(server, 1000);
  ASSERT_TRUE(run.outcome.ok()) << run.outcome.status().to_string();
  auto ids = ids_read(run.pages);
  EXPECT_EQ(ids.size(), 37u);
  EXPECT_FALSE(ids.count("99"));
  EXPECT_GT(run.outcome->queries, 3);  // 37 contacts at 10 per query
  EXPECT_EQ(run.outcome->total, 37);
}

TEST(HubSpotSearch, MoreContactsThanTheCapAtOneInstantAreReadByIdTieBreak) {
  SearchServer server;
  for (int i = 1; i <= 25; ++i) server.contacts.push_back({i, 5000});  // 2.5 caps at one instant
  for (int i = 26; i <= 30; ++i) server.contacts.push_back({i, 4000 + i});
  for (int i = 31; i <= 34; ++i) server.contacts.push_back({i, 6000 + i});
  auto run = search(server, 4000, 3);
  ASSERT_TRUE(run.outcome.ok()) << run.outcome.status().to_string();
  EXPECT_EQ(ids_read(run.pages).size(), 34u);
  bool tie_query = false;
  for (const auto& p : run.pages) {
    tie_query = tie_query || has(std::string(p.meta.at("query").as_string()), "hs_object_id > ");
  }
  EXPECT_TRUE(tie_query);
}

TEST(HubSpotSearch, FewerThanTheCapIsOneQuery) {
  SearchServer server;
  for (int i = 1; i <= 7; ++i) server.contacts.push_back({i, 100 + i});
  auto run = search(server, 0);
  ASSERT_TRUE(run.outcome.ok());
  EXPECT_EQ(run.outcome->queries, 1);
  EXPECT_EQ(run.outcome->pages, 2);
  EXPECT_EQ(ids_read(run.pages).size(), 7u);
}

}  // namespace
}  // namespace tributary::hubspot
