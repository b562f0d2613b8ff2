#include "tests/sandbox/justcall/call_generator.h"

#include <set>

#include <gtest/gtest.h>

namespace tributary::sandbox::justcall {
namespace {

using namespace std::chrono_literals;

DatasetOptions options_for(date::sys_days anchor, int days) {
  DatasetOptions options;
  options.seed = 42;
  options.users = 4;
  options.days = days;
  options.calls_per_day = 12;
  options.anchor = anchor;
  return options;
}

const date::sys_days kAnchor = date::year{2024} / date::November / 20;

TEST(CallGenerator, DayDoesNotDependOnTheRangeAroundIt) {
  auto agents = make_agents(4);
  auto wide = generate_calls(agents, options_for(kAnchor, 60));
  auto narrow = generate_calls(agents, options_for(date::year{2024} / date::October / 10, 0));
  ASSERT_FALSE(narrow.empty());
  std::set<std::int64_t> wide_ids;
  for (const auto& call : wide) wide_ids.insert(call.id);
  for (const auto& call : narrow) EXPECT_TRUE(wide_ids.contains(call.id)) << call.id;
}

TEST(CallGenerator, CountsStayWithinZeroToTwiceTheMeanAndSomeDaysAreEmpty) {
  auto agents = make_agents(4);
  auto options = options_for(kAnchor, 200);
  int empty_days = 0;
  int busy_days = 0;
  for (const auto& agent : agents) {
    for (auto day = date::local_days{kAnchor.time_since_epoch()} - date::days{200};
         day <= date::local_days{kAnchor.time_since_epoch()}; day += date::days{1}) {
      auto count = static_cast<int>(generate_day(agent, day, options).size());
      EXPECT_LE(count, 24);
      empty_days += count == 0;
      busy_days += count > 12;
    }
  }
  EXPECT_GT(empty_days, 0);
  EXPECT_GT(busy_days, 0);
}

TEST(CallGenerator, CallsLieOnTheirAgentLocalDateAndIdsAreUnique) {
  auto agents = make_agents(4);
  auto calls = generate_calls(agents, options_for(kAnchor, 60));
  std::set<std::int64_t> ids;
  bool before_00_15 = false;
  bool after_23_45 = false;
  for (const auto& call : calls) {
    const auto& agent = agents[static_cast<std::size_t>(call.agent_id - kFirstAgentId)];
    EXPECT_EQ(call.local_start, agent.zone->to_local(call.start));
    EXPECT_TRUE(ids.insert(call.id).second) << "duplicate id " << call.id;
    EXPECT_EQ(call.total_duration(), call.ring_time + call.conversation_time + call.hold_time);
    auto time_of_day = call.local_start - call.agent_date();
    before_00_15 |= time_of_day < 15min;
    after_23_45 |= time_of_day >= 23h + 45min;
  }
  EXPECT_TRUE(before_00_15 && after_23_45) << "calls must reach the edges of the local day";
}

TEST(CallGenerator, ProducesEveryDirectionAndType) {
  auto calls = generate_calls(make_agents(2), options_for(kAnchor, 30));
  std::set<std::pair<Direction, CallType>> seen;
  for (const auto& call : calls) seen.insert({call.direction, call.type});
  EXPECT_TRUE(seen.contains({Direction::kOutgoing, CallType::kAnswered}));
  EXPECT_TRUE(seen.contains({Direction::kOutgoing, CallType::kUnanswered}));
  EXPECT_TRUE(seen.contains({Direction::kIncoming, CallType::kAnswered}));
  EXPECT_TRUE(seen.contains({Direction::kIncoming, CallType::kMissed}));
  EXPECT_TRUE(seen.contains({Direction::kIncoming, CallType::kVoicemail}));
}

TEST(CallGenerator, DstChangeDayHasCallsNearTheChangeInEveryZone) {
  // 2024-11-03 02:00 local: US zones fall back an hour, so the local day lasts 25 hours.
  auto agents = make_agents(4);
  auto options = options_for(kAnchor, 60);
  date::local_days change_day{date::year{2024} / date::November / 3};
  for (const auto& agent : agents) {
    auto calls = generate_day(agent, change_day, options);
    ASSERT_GE(calls.size(), 3u) << agent.timezone;
    auto change = agent.zone->get_info(agent.zone->to_sys(change_day, date::choose::earliest)).end;
    bool near_change = false;
    for (const auto& call : calls) {
      EXPECT_EQ(call.agent_date(), change_day) << agent.timezone;
      near_change |= call.start >= change - 30min && call.start < change + 30min;
    }
    EXPECT_TRUE(near_change) << agent.timezone;
  }
}

TEST(CallGenerator, CallsUseBothUtcOffsetsAcrossTheDstChange) {
  auto agents = make_agents(1);
  std::set<std::int64_t> offsets_h;
  for (const auto& call : generate_calls(agents, options_for(kAnchor, 60))) {
    if (call.agent_id != kFirstAgentId) continue;  // America/New_York
    offsets_h.insert(std::chrono::duration_cast<std::chrono::hours>(call.local_start.time_since_epoch() -
                                                                   call.start.time_since_epoch())
                         .count());
  }
  EXPECT_EQ(offsets_h, (std::set<std::int64_t>{-5, -4}));
}

TEST(CallGenerator, AgentsMatchTheUsersContract) {
  auto agents = make_agents(5);
  ASSERT_EQ(agents.size(), 6u);
  EXPECT_EQ(agents[0].id, 1001);
  EXPECT_EQ(agents[0].email, "rep1@example.com");
  EXPECT_EQ(agents[1].email, "Rep2@Example.com");
  EXPECT_EQ(agents[2].timezone, "America/Los_Angeles");
  EXPECT_EQ(agents[3].timezone, "America/Chicago");
  EXPECT_EQ(agents[4].timezone, "America/New_York");
  EXPECT_EQ(agents[5].email, "ghost@example.com");
  EXPECT_THROW(make_agents(0), std::invalid_argument);
}

}  // namespace
}  // namespace tributary::sandbox::justcall
