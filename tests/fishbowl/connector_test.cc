#include <gtest/gtest.h>

#include "plugins/fishbowl/config.h"
#include "plugins/fishbowl/fishbowl_connector.h"
#include "tests/fishbowl/test_support.h"

namespace tributary::fishbowl {
namespace {

using namespace testing;

sdk::NormalizeOutput run(FishbowlConnector& connector, const sdk::FetchContext& ctx) {
  auto fetched = connector.fetch(ctx);
  EXPECT_TRUE(fetched.ok()) << fetched.status().to_string();
  if (!fetched.ok()) return {};
  auto out = connector.normalize(ctx, *fetched);
  EXPECT_TRUE(out.ok()) << out.status().to_string();
  return out.ok() ? *out : sdk::NormalizeOutput{};
}

TEST(FishbowlConnector, RestAndCsvModesGiveIdenticalMetrics) {
  FishbowlConnector connector;
  FakeHost host;
  host.http_.handler = recorded_fishbowl();
  auto rest = run(connector, june_context(rest_config(), &host));
  expect_metrics(rest, june_expected());
  for (const char* file : {"sales-order-export.csv", "so-table-export.csv"}) {
    SCOPED_TRACE(file);
    FakeHost quiet;
    auto csv = run(connector, june_context(csv_config(fixture_path(file)), &quiet));
    ASSERT_EQ(csv.metrics.size(), rest.metrics.size());
    for (std::size_t i = 0; i < rest.metrics.size(); ++i) {
      EXPECT_EQ(csv.metrics[i].user_id, rest.metrics[i].user_id);
      EXPECT_EQ(csv.metrics[i].type, rest.metrics[i].type);
      EXPECT_EQ(csv.metrics[i].date, rest.metrics[i].date);
      EXPECT_EQ(csv.metrics[i].value, rest.metrics[i].value);
      EXPECT_EQ(csv.metrics[i].metadata, rest.metrics[i].metadata);
    }
    EXPECT_EQ(csv.covered_users, rest.covered_users);
    EXPECT_TRUE(quiet.http_.requests.empty()) << "csv mode never touches the network";
  }
}

TEST(FishbowlConnector, CheckLogsInAndOutAgain) {
  FishbowlConnector connector;
  FakeHost host;
  host.http_.handler = recorded_fishbowl();
  auto report = connector.check(june_context(rest_config(), &host));
  ASSERT_TRUE(report.ok()) << report.status().to_string();
  EXPECT_EQ(host.http_.calls(kBaseUrl),
            (std::vector<std::string>{"POST /api/login", "POST /api/logout"}));
}

TEST(FishbowlConnector, CheckReadsTheCsvHeader) {
  FishbowlConnector connector;
  FakeHost host;
  auto report =
      connector.check(june_context(csv_config(fixture_path("table-export-broken.csv")), &host));
  ASSERT_TRUE(report.ok()) << report.status().to_string();
  EXPECT_EQ(report->facts.at("csv_format"), "table_export");
  EXPECT_EQ(report->facts.at("orders").as_int64(), 4);
  EXPECT_EQ(report->facts.at("bad_rows").as_int64(), 7);
}

TEST(FishbowlConnector, BadConfigFailsBeforeAnyRequest) {
  FishbowlConnector connector;
  FakeHost host;
  auto c = rest_config();
  c["date_field"] = "issued; DELETE FROM so";
  EXPECT_EQ(connector.fetch(june_context(c, &host)).status().kind(), sdk::FailureKind::kConfig);
  EXPECT_TRUE(host.http_.requests.empty());
  EXPECT_EQ(&connector.declaration(), &declaration());
}

}  // namespace
}  // namespace tributary::fishbowl
