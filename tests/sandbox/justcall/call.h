#pragma once

#include <cstdint>
#include <string_view>

#include <date/date.h>
#include <date/tz.h>

namespace tributary::sandbox::justcall {

enum class Direction { kIncoming, kOutgoing };
enum class CallType { kAnswered, kMissed, kVoicemail, kUnanswered };

std::string_view to_string(Direction direction);  // "Incoming" | "Outgoing", as the API spells them
std::string_view to_string(CallType type);        // "Answered" | "Missed" | "Voicemail" | "Unanswered"

// One generated call. `start` is the instant; `local_start` is the same instant on the agent's
// wall clock (what call_user_date/call_user_time show and what from/to filter on).
struct Call {
  std::int64_t id = 0;
  std::int64_t agent_id = 0;
  date::sys_seconds start;
  date::local_seconds local_start;
  Direction direction = Direction::kOutgoing;
  CallType type = CallType::kAnswered;
  std::int64_t ring_time = 0;
  std::int64_t conversation_time = 0;
  std::int64_t hold_time = 0;
  std::int64_t wrap_up_time = 0;
  std::uint64_t detail_seed = 0;  // picks contact, disposition and other cosmetic fields

  std::int64_t total_duration() const { return ring_time + conversation_time + hold_time; }
  std::int64_t handle_time() const { return conversation_time + hold_time + wrap_up_time; }
  date::local_days agent_date() const { return date::floor<date::days>(local_start); }
};

}  // namespace tributary::sandbox::justcall
