#include "plugins/justcall/call_record.h"

#include <cctype>

#include "tributary/sdk/json.h"
#include "tributary/sdk/time.h"

namespace tributary::justcall {

namespace json = boost::json;
using sdk::Result;
using sdk::Status;

namespace {

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string read_direction(const json::value& call) {
  auto direction = lower(sdk::get_string(call, "call_info.direction").value_or(""));
  if (direction == "outbound") return "outgoing";
  if (direction == "inbound") return "incoming";
  return direction;
}

bool present(const std::optional<std::string>& field) { return field && !field->empty(); }

std::string quoted_pair(const std::optional<std::string>& d, const std::optional<std::string>& t) {
  return "'" + d.value_or("") + " " + t.value_or("") + "'";
}

Result<std::int64_t> read_instant(const json::value& call, std::string_view zone,
                                  const std::string& label) {
  auto user_date = sdk::get_string(call, "call_user_date");
  auto user_time = sdk::get_string(call, "call_user_time");
  if (present(user_date) && present(user_time)) {
    if (!zone.empty()) {
      auto instant = sdk::local_to_unix(*user_date, *user_time, zone);
      if (instant || instant.status().kind() != sdk::FailureKind::kData) return instant;
    }
    // Checked even when unused: a garbled agent-clock pair means the call's shape changed.
    if (!sdk::utc_to_unix(*user_date, *user_time))
      return Status::data(label + ": call_user_date/call_user_time " +
                          quoted_pair(user_date, user_time) +
                          " is not a date and time; expected 'yyyy-mm-dd' and 'hh:mm:ss'");
  }
  auto utc_date = sdk::get_string(call, "call_date");
  auto utc_time = sdk::get_string(call, "call_time");
  if (!present(utc_date) || !present(utc_time))
    return Status::data(label + " has no call_date/call_time" +
                        (zone.empty() ? std::string(" and the agent's time zone is unknown")
                                      : std::string(" and no call_user_date/call_user_time")));
  auto instant = sdk::utc_to_unix(*utc_date, *utc_time);
  if (!instant)
    return Status::data(label + ": call_date/call_time " + quoted_pair(utc_date, utc_time) +
                        " is not a date and time; expected 'yyyy-mm-dd' and 'hh:mm:ss' (UTC)");
  return *instant;
}

Result<std::int64_t> read_seconds(const json::value& call, std::string_view field,
                                  const std::string& label) {
  std::string path = "call_duration." + std::string(field);
  const auto* raw = sdk::find_path(call, path);
  if (!raw || raw->is_null()) return std::int64_t{0};  // a call that never connected
  auto seconds = sdk::get_int(call, path);
  if (!seconds || *seconds < 0)
    return Status::data(label + ": " + path + " is not a whole, non-negative number of seconds");
  return *seconds;
}

}  // namespace

Result<CallFacts> read_call(const json::value& call, std::string_view agent_timezone,
                            std::string_view where) {
  if (!call.is_object())
    return Status::data(std::string(where) + ": a call entry is not a JSON object");
  CallFacts facts;
  facts.id = sdk::get_string(call, "id").value_or("");
  if (facts.id.empty()) return Status::data(std::string(where) + ": a call has no id");
  std::string label = std::string(where) + ": call " + facts.id;

  auto instant = read_instant(call, agent_timezone, label);
  if (!instant) return instant.status();
  facts.instant = *instant;
  facts.from_agent_clock = !agent_timezone.empty() &&
                           present(sdk::get_string(call, "call_user_date")) &&
                           present(sdk::get_string(call, "call_user_time"));

  auto conversation = read_seconds(call, "conversation_time", label);
  if (!conversation) return conversation.status();
  auto total = read_seconds(call, "total_duration", label);
  if (!total) return total.status();
  facts.conversation_seconds = *conversation;
  facts.total_seconds = *total;
  facts.agent_id = sdk::get_string(call, "agent_id").value_or("");
  facts.direction = read_direction(call);
  facts.type = lower(sdk::get_string(call, "call_info.type").value_or(""));
  return facts;
}

bool is_counted(const CallFacts& call, CountRule rule) {
  switch (rule) {
    case CountRule::kAll:
      return true;
    case CountRule::kOutgoing:
      return call.direction == "outgoing";
    case CountRule::kHandled:
      return call.direction == "outgoing" ||
             (call.direction == "incoming" && call.type == "answered");
  }
  return false;
}

std::int64_t talk_seconds(const CallFacts& call, TalkField field) {
  return field == TalkField::kTotalDuration ? call.total_seconds : call.conversation_seconds;
}

}  // namespace tributary::justcall
