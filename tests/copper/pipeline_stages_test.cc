#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "plugins/copper/pipeline_stages.h"
#include "tests/copper/copper_fixtures.h"

namespace tributary::copper {
namespace {

namespace json = boost::json;

std::vector<Stage> account() {
  auto stages = parse_pipeline_stages(testkit::fixture("pipeline_stages.json"));
  EXPECT_TRUE(stages.ok());
  return stages.ok() ? *stages : std::vector<Stage>{};
}

TEST(CopperStages, ANameMeansThatStageInEveryAllowedPipeline) {
  auto all = resolve_stages({"fact finding"}, account(), {}, "lead_stage_a");
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(*all, (std::set<std::int64_t>{5034781, 6000001}));
  auto sales = resolve_stages({"Fact Finding"}, account(), {1084986}, "lead_stage_a");
  ASSERT_TRUE(sales.ok());
  EXPECT_EQ(*sales, (std::set<std::int64_t>{5034781}));
}

TEST(CopperStages, AnUnknownStageListsTheAccountsStages) {
  auto r = resolve_stages({"Negotiation"}, account(), {}, "lead_stage_c");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().kind(), sdk::FailureKind::kConfig);
  EXPECT_NE(r.status().message().find("lead_stage_c"), std::string::npos);
  EXPECT_NE(r.status().message().find("5034783 Closing Stage (pipeline 1084986)"), std::string::npos);
  EXPECT_FALSE(resolve_stages({"999"}, account(), {}, "k").ok());
}

TEST(CopperStages, ReadsPipelinesWithNestedStagesToo) {
  auto stages = parse_pipeline_stages(
      R"([{"id":1084986,"name":"Sales","stages":[{"id":5034781,"name":"Fact Finding","win_probability":20}]}])");
  ASSERT_TRUE(stages.ok());
  ASSERT_EQ(stages->size(), 1u);
  EXPECT_EQ(stages->front().pipeline_id, 1084986);
}

TEST(CopperStages, ReadsTheStageOfEveryValueShape) {
  auto ref = [](const char* text) {
    auto v = json::parse(text);
    return stage_ref(&v);
  };
  EXPECT_EQ(ref("5034781")->id, 5034781);
  EXPECT_EQ(ref(R"("5034781")")->id, 5034781);
  EXPECT_EQ(ref(R"("Fact Finding")")->name, "Fact Finding");
  EXPECT_EQ(ref(R"({"id":5034781,"name":"Fact Finding"})")->id, 5034781);
  EXPECT_EQ(ref(R"({"pipeline_stage_id":5034782})")->id, 5034782);
  EXPECT_EQ(ref(R"({"stage_name":"Closing Stage"})")->name, "Closing Stage");
  EXPECT_FALSE(ref("null").has_value());
  EXPECT_FALSE(ref(R"({"color":"red"})").has_value());
  EXPECT_FALSE(stage_ref(nullptr).has_value());
}

TEST(CopperStages, ANameOnlyReferenceIsNarrowedByTheOpportunitysPipeline) {
  StageRef ref{std::nullopt, "Fact Finding"};
  EXPECT_EQ(candidate_stage_ids(ref, account(), std::nullopt),
            (std::vector<std::int64_t>{5034781, 6000001}));
  EXPECT_EQ(candidate_stage_ids(ref, account(), 2000000), (std::vector<std::int64_t>{6000001}));
}

}  // namespace
}  // namespace tributary::copper
