#include "host/conformance/records_diff.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace tributary::host::conformance {
namespace {

namespace json = boost::json;

json::object parse(const char* text) { return json::parse(text).as_object(); }

TEST(RecordsDiff, SameRecordsInAnotherOrderAreEqual) {
  auto expected = parse(R"({"metrics":[{"user_id":"u","type":"t","date":"2024-06-03","value":2},
                                       {"user_id":"u","type":"t","date":"2024-06-04","value":1}]})");
  auto actual = parse(R"({"metrics":[{"user_id":"u","type":"t","date":"2024-06-04","value":1.0,"metadata":{}},
                                     {"user_id":"u","type":"t","date":"2024-06-03","value":2,"metadata":{"x":1}}],
                          "leads":[],"covered_users":["u"]})");
  EXPECT_EQ(records_difference(expected, actual), std::nullopt)
      << "metadata and covered_users are compared only when the expected records list them";
}

TEST(RecordsDiff, SaysWhichMetricIsMissingUnexpectedOrDifferent) {
  auto expected = parse(R"({"metrics":[{"user_id":"u","type":"t","date":"2024-06-03","value":2,"metadata":{"n":2}},
                                       {"user_id":"u","type":"t","date":"2024-06-04","value":1}]})");
  auto actual = parse(R"({"metrics":[{"user_id":"u","type":"t","date":"2024-06-03","value":2,"metadata":{"n":3}},
                                     {"user_id":"u","type":"t","date":"2024-06-05","value":1}],"leads":[]})");
  auto d = records_difference(expected, actual);
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, "metric u t 2024-06-03: metadata.n: 2 vs 3 (expected vs produced); "
                "expected metric u t 2024-06-04 is missing; "
                "unexpected metric u t 2024-06-05 {\"user_id\":\"u\",\"type\":\"t\",\"date\":\"2024-06-05\",\"value\":1}");
}

TEST(RecordsDiff, NumbersCompareWithinARelativeBillionth) {
  auto expected = parse(R"({"metrics":[{"user_id":"u","type":"t","date":"d","value":3.0166666666666666}]})");
  auto close = parse(R"({"metrics":[{"user_id":"u","type":"t","date":"d","value":3.01666666666667}]})");
  auto far = parse(R"({"metrics":[{"user_id":"u","type":"t","date":"d","value":3.0167}]})");
  EXPECT_EQ(records_difference(expected, close), std::nullopt);
  EXPECT_TRUE(records_difference(expected, far));
}

TEST(RecordsDiff, TwoRecordsWithOneKeyAreReported) {
  auto expected = parse(R"({"leads":[{"crm_id":"7"}]})");
  auto actual = parse(R"({"leads":[{"crm_id":"7","name":"a"},{"crm_id":"7","name":"b"}]})");
  auto d = records_difference(expected, actual);
  ASSERT_TRUE(d);
  EXPECT_NE(d->find("two lead records for crm_id 7"), std::string::npos) << *d;
}

TEST(RecordsDiff, StateCoveredUsersAndSummaryWhenExpected) {
  auto expected = parse(R"({"covered_users":["b","a"],"state":{"cursor":"5"},"summary":{"pages":2}})");
  auto same = parse(R"({"covered_users":["a","b"],"state":{"cursor":"5"},"summary":{"pages":2,"rows":9}})");
  EXPECT_EQ(records_difference(expected, same), std::nullopt);
  auto moved = parse(R"({"covered_users":["a"],"state":{"cursor":"6"},"summary":{}})");
  auto d = records_difference(expected, moved);
  ASSERT_TRUE(d);
  EXPECT_NE(d->find("covered_users"), std::string::npos);
  EXPECT_NE(d->find("state.cursor: \"5\" vs \"6\""), std::string::npos) << *d;
  EXPECT_NE(d->find("summary.pages: missing"), std::string::npos) << *d;
}

TEST(RecordsDiff, FirstDifferenceNamesThePath) {
  auto a = json::parse(R"({"metrics":[{"metadata":{"synced_on":"2026-11-21"}}]})");
  auto b = json::parse(R"({"metrics":[{"metadata":{"synced_on":"2029-08-18"}}]})");
  EXPECT_EQ(first_difference(a, b), "metrics[0].metadata.synced_on: \"2026-11-21\" vs \"2029-08-18\"");
  EXPECT_EQ(first_difference(json::parse("[1,2]"), json::parse("[1]")), "2 items vs 1");
  EXPECT_EQ(first_difference(json::parse("5"), json::parse("5.0")), std::nullopt);
}

}  // namespace
}  // namespace tributary::host::conformance
