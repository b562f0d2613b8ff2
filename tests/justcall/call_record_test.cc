#include "plugins/justcall/call_record.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace tributary::justcall {
namespace {

CallFacts facts(const std::string& direction, const std::string& type) {
  CallFacts f;
  f.id = "1";
  f.direction = direction;
  f.type = type;
  f.conversation_seconds = 40;
  f.total_seconds = 55;
  return f;
}

sdk::Result<CallFacts> read(const std::string& json, const std::string& zone = "UTC") {
  return read_call(boost::json::parse(json), zone, "page 0");
}

TEST(JustCallCountRule, HandledTakesOutgoingOfAnyTypeAndAnsweredIncoming) {
  EXPECT_TRUE(is_counted(facts("outgoing", "answered"), CountRule::kHandled));
  EXPECT_TRUE(is_counted(facts("outgoing", "unanswered"), CountRule::kHandled));
  EXPECT_TRUE(is_counted(facts("incoming", "answered"), CountRule::kHandled));
  EXPECT_FALSE(is_counted(facts("incoming", "missed"), CountRule::kHandled));
  EXPECT_FALSE(is_counted(facts("incoming", "voicemail"), CountRule::kHandled));
  EXPECT_FALSE(is_counted(facts("incoming", "abandoned"), CountRule::kHandled));
  EXPECT_FALSE(is_counted(facts("", "answered"), CountRule::kHandled));
}

TEST(JustCallCountRule, AllAndOutgoing) {
  EXPECT_TRUE(is_counted(facts("incoming", "voicemail"), CountRule::kAll));
  EXPECT_TRUE(is_counted(facts("", ""), CountRule::kAll));
  EXPECT_TRUE(is_counted(facts("outgoing", "busy"), CountRule::kOutgoing));
  EXPECT_FALSE(is_counted(facts("incoming", "answered"), CountRule::kOutgoing));
}

TEST(JustCallCountRule, TalkSecondsFollowTheConfiguredField) {
  EXPECT_EQ(talk_seconds(facts("outgoing", "answered"), TalkField::kConversationTime), 40);
  EXPECT_EQ(talk_seconds(facts("outgoing", "answered"), TalkField::kTotalDuration), 55);
}

TEST(JustCallReadCall, ReadsDirectionTypeAndDurationsCaseInsensitively) {
  auto call = read(R"({"id":77,"agent_id":4242,"call_date":"2024-06-03","call_time":"16:15:00",
      "call_info":{"direction":"OUTBOUND","type":"Answered"},
      "call_duration":{"total_duration":"205","conversation_time":190}})");
  ASSERT_TRUE(call.ok()) << call.status().to_string();
  EXPECT_EQ(call->id, "77");
  EXPECT_EQ(call->agent_id, "4242");
  EXPECT_EQ(call->direction, "outgoing");
  EXPECT_EQ(call->type, "answered");
  EXPECT_EQ(call->total_seconds, 205);
  EXPECT_EQ(call->conversation_seconds, 190);
  EXPECT_EQ(call->instant, 1717431300);  // 2024-06-03T16:15:00Z
  EXPECT_FALSE(call->from_agent_clock);
}

TEST(JustCallReadCall, AgentClockNeedsTheZone) {
  // 10:04:11 in New York (EDT, UTC-4) on 2024-06-03 is 14:04:11Z.
  auto call = read(R"({"id":1,"call_user_date":"2024-06-03","call_user_time":"10:04:11",
      "call_date":"2024-06-03","call_time":"14:04:11"})",
                   "America/New_York");
  ASSERT_TRUE(call.ok()) << call.status().to_string();
  EXPECT_EQ(call->instant, 1717423451);
  EXPECT_TRUE(call->from_agent_clock);
}

TEST(JustCallReadCall, MissingDurationIsZeroButANegativeOneIsAnError) {
  auto none = read(R"({"id":1,"call_date":"2024-06-03","call_time":"10:00:00"})");
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->conversation_seconds, 0);
  auto negative = read(R"({"id":9,"call_date":"2024-06-03","call_time":"10:00:00",
      "call_duration":{"conversation_time":-5}})");
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.status().kind(), sdk::FailureKind::kData);
  EXPECT_NE(negative.status().message().find("call 9: call_duration.conversation_time"),
            std::string::npos)
      << negative.status().message();
}

TEST(JustCallReadCall, CallsWithoutIdOrDatesAreDataErrors) {
  auto no_id = read(R"({"call_date":"2024-06-03","call_time":"10:00:00"})");
  ASSERT_FALSE(no_id.ok());
  EXPECT_EQ(no_id.status().kind(), sdk::FailureKind::kData);
  auto no_dates = read(R"({"id":12})", "");
  ASSERT_FALSE(no_dates.ok());
  EXPECT_NE(no_dates.status().message().find("call 12 has no call_date/call_time"),
            std::string::npos)
      << no_dates.status().message();
  auto not_object = read("[1,2]");
  EXPECT_EQ(not_object.status().kind(), sdk::FailureKind::kData);
}

TEST(JustCallReadCall, GarbledAgentClockIsAnErrorEvenWithoutAZone) {
  auto call = read(R"({"id":13,"call_user_date":"03/06/2024","call_user_time":"10:00:00",
      "call_date":"2024-06-03","call_time":"14:00:00"})",
                   "");
  ASSERT_FALSE(call.ok());
  EXPECT_NE(call.status().message().find("call 13"), std::string::npos);
  EXPECT_NE(call.status().message().find("03/06/2024"), std::string::npos);
}

}  // namespace
}  // namespace tributary::justcall
