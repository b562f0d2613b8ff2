#include "tests/sandbox/justcall/call_json.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <string>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::justcall {
namespace {

constexpr std::array<std::string_view, 8> kContacts = {"Jane Roe",   "John Doe",     "Ana Silva",  "Wei Chen",
                                                       "Omar Haddad", "Grace Okafor", "Lena Novak", "Raj Patel"};
constexpr std::array<std::string_view, 4> kDispositions = {"Interested", "Not interested", "Follow up", "Left message"};

// "HH:MM:SS"; hours run past 23 for durations.
std::string hms(std::int64_t seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
  return buffer;
}

template <class Clock>
std::pair<std::string, std::string> date_and_time(std::chrono::time_point<Clock, std::chrono::seconds> t) {
  auto day = date::floor<date::days>(t);
  return {format_date(date::local_days{day.time_since_epoch()}), hms((t - day).count())};
}

std::string phone(std::string_view prefix, std::uint64_t h) {
  return std::string(prefix) + std::to_string(1000000 + h % 9000000);
}

std::string hex64(std::uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

boost::json::object call_info(const Call& call) {
  bool answered = call.type == CallType::kAnswered;
  auto h = call.detail_seed;
  boost::json::value missed_reason = nullptr;
  if (call.type == CallType::kMissed) missed_reason = "No answer";
  boost::json::value disposition = nullptr;
  if (answered) disposition = kDispositions[hash_of({h, 2}) % kDispositions.size()];
  boost::json::value recording = nullptr;
  if (answered) recording = "https://recordings.sandbox.invalid/justcall/" + std::to_string(call.id) + ".mp3";
  boost::json::value transcription = nullptr;
  if (call.type == CallType::kVoicemail) transcription = "Hi, please call me back about my order.";
  return {{"direction", to_string(call.direction)},
          {"type", to_string(call.type)},
          {"missed_call_reason", missed_reason},
          {"status", "Unarchived"},
          {"disposition", disposition},
          {"notes", answered && hash_of({h, 3}) % 3 == 0 ? "Discussed pricing." : ""},
          {"rating", nullptr},
          {"recording", recording},
          {"recording_child", nullptr},
          {"voicemail_transcription", transcription},
          {"call_traits", boost::json::array{}}};
}

boost::json::object call_duration(const Call& call) {
  return {{"friendly_duration", hms(call.total_duration())},
          {"total_duration", call.total_duration()},
          {"conversation_time", call.conversation_time},
          {"ring_time", call.ring_time},
          {"hold_time", call.hold_time},
          {"wrap_up_time", call.wrap_up_time},
          {"handle_time", call.handle_time()},
          {"queue_wait_time", 0}};
}

}  // namespace

boost::json::object call_to_json(const Call& call, const Agent& agent) {
  auto h = call.detail_seed;
  auto contact = kContacts[h % kContacts.size()];
  std::string contact_email(contact.substr(0, contact.find(' ')));
  for (auto& c : contact_email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto [utc_date, utc_time] = date_and_time(call.start);
  auto [user_date, user_time] = date_and_time(call.local_start);
  // A cent per started minute for outgoing calls; incoming calls are free on most plans.
  double cost = call.direction == Direction::kOutgoing ? static_cast<double>((call.total_duration() + 59) / 60) / 100.0 : 0.0;

  return {{"id", call.id},
          {"call_sid", "CA" + hex64(hash_of({h, 10})) + hex64(hash_of({h, 11}))},
          {"contact_number", phone("+1555", hash_of({h, 12}))},
          {"contact_name", contact},
          {"contact_email", contact_email + "@customer.example"},
          {"justcall_number", phone("+1555", static_cast<std::uint64_t>(agent.id))},
          {"justcall_line_name", "Sales line"},
          {"agent_id", agent.id},
          {"agent_name", agent.name},
          {"agent_email", agent.email},
          {"agent_active", true},
          {"call_date", utc_date},
          {"call_time", utc_time},
          {"call_user_date", user_date},
          {"call_user_time", user_time},
          {"cost_incurred", cost},
          {"call_info", call_info(call)},
          {"call_duration", call_duration(call)},
          {"queue", nullptr},
          {"queue_callback", nullptr},
          {"ivr_info", nullptr},
          {"justcall_ai", nullptr}};
}

boost::json::object user_to_json(const Agent& agent, date::sys_days anchor) {
  return {{"id", agent.id},
          {"role", "Agent"},
          {"name", agent.name},
          {"email", agent.email},
          {"extension", agent.extension},
          {"groups", boost::json::array{boost::json::object{{"id", 7}, {"name", "Sales"}}}},
          {"owned_numbers", boost::json::array{phone("+1555", static_cast<std::uint64_t>(agent.id))}},
          {"shared_numbers", boost::json::array{}},
          {"created_at", "2023-01-10"},
          {"last_login_timestamp", format_date(date::local_days{anchor.time_since_epoch()}) + " 15:00:00"},
          {"timezone", agent.timezone},
          {"working_hours_type", "Always Open"},
          {"available", "Yes"},
          {"unavailability_reason", nullptr},
          {"on_call", false}};
}

}  // namespace tributary::sandbox::justcall
