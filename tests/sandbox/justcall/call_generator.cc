#include "tests/sandbox/justcall/call_generator.h"

#include <algorithm>
#include <optional>
#include <set>

#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::justcall {
namespace {

using std::chrono::seconds;

// What each hash draws, so two draws about the same call never share a value.
enum Salt : std::uint64_t { kCount = 1, kEmptyDay, kOffset, kOffsetKind, kDirection, kType, kDurations, kDetail };

constexpr std::int64_t kEdgeWindowS = 15 * 60;  // "near midnight" = within 15 minutes of it
constexpr std::int64_t kIdAgentSlots = 10'000;

std::uint64_t day_key(const DatasetOptions& options, const Agent& agent, date::local_days day) {
  return hash_of({options.seed, static_cast<std::uint64_t>(agent.id),
                  static_cast<std::uint64_t>(day.time_since_epoch().count())});
}

int call_count(std::uint64_t key, date::local_days day, int calls_per_day) {
  if (calls_per_day <= 0) return 0;
  auto weekday = date::weekday(day);
  double empty_p = (weekday == date::Saturday || weekday == date::Sunday) ? 0.6 : 0.1;
  if (unit_interval(hash_of({key, kEmptyDay})) < empty_p) return 0;
  return static_cast<int>(uniform_int(hash_of({key, kCount}), 1, 2 * static_cast<std::int64_t>(calls_per_day)));
}

// Distinct second offsets from local midnight, ascending. The first two calls often sit just
// before and just after midnight, and the third sits near a DST change when the day has one:
// those are the instants a wrong time-zone conversion moves into another day.
std::vector<std::int64_t> call_offsets(std::uint64_t key, int count, std::int64_t day_length_s,
                                       std::optional<std::int64_t> transition_s) {
  std::set<std::int64_t> taken;
  for (int i = 0; i < count; ++i) {
    auto index = static_cast<std::uint64_t>(i);
    auto kind = hash_of({key, kOffsetKind, index});
    auto draw = hash_of({key, kOffset, index});
    std::int64_t offset = uniform_int(draw, 0, day_length_s - 1);
    if (i == 0 && kind % 2 == 0) {
      offset = day_length_s - 1 - uniform_int(draw, 0, kEdgeWindowS - 1);
    } else if (i == 1 && kind % 2 == 0) {
      offset = uniform_int(draw, 0, kEdgeWindowS - 1);
    } else if (i == 2 && transition_s) {
      offset = std::clamp<std::int64_t>(*transition_s + uniform_int(draw, -1800, 1799), 0, day_length_s - 1);
    }
    while (!taken.insert(offset).second) offset = (offset + 1) % day_length_s;
  }
  return {taken.begin(), taken.end()};
}

void assign_outcome(Call& call, std::uint64_t call_key) {
  call.direction = unit_interval(hash_of({call_key, kDirection})) < 0.5 ? Direction::kIncoming : Direction::kOutgoing;
  double u = unit_interval(hash_of({call_key, kType}));
  if (call.direction == Direction::kOutgoing) {
    call.type = u < 0.65 ? CallType::kAnswered : CallType::kUnanswered;
  } else {
    call.type = u < 0.6 ? CallType::kAnswered : (u < 0.85 ? CallType::kMissed : CallType::kVoicemail);
  }
  auto d = [&](std::uint64_t n) { return hash_of({call_key, kDurations, n}); };
  if (call.type == CallType::kAnswered) {
    call.ring_time = uniform_int(d(1), 3, 25);
    double skew = unit_interval(d(2));  // many short calls, a few long ones
    call.conversation_time = 15 + static_cast<std::int64_t>(skew * skew * 1500);
    call.hold_time = unit_interval(d(3)) < 0.2 ? uniform_int(d(4), 10, 180) : 0;
    call.wrap_up_time = uniform_int(d(5), 0, 60);
  } else {
    call.ring_time = uniform_int(d(1), 10, 45);
    call.wrap_up_time = call.type == CallType::kUnanswered ? uniform_int(d(5), 0, 10) : 0;
  }
  call.detail_seed = hash_of({call_key, kDetail});
}

}  // namespace

std::vector<Call> generate_day(const Agent& agent, date::local_days day, const DatasetOptions& options) {
  auto key = day_key(options, agent, day);
  auto day_start = agent.zone->to_sys(day, date::choose::earliest);
  auto day_end = agent.zone->to_sys(day + date::days{1}, date::choose::earliest);
  std::int64_t length_s = std::chrono::duration_cast<seconds>(day_end - day_start).count();
  std::optional<std::int64_t> transition_s;
  if (auto info = agent.zone->get_info(day_start); info.end < day_end) {
    transition_s = std::chrono::duration_cast<seconds>(info.end - day_start).count();
  }
  int count = call_count(key, day, options.calls_per_day);
  // A DST change falls on a Sunday, which is often empty; such a day always gets the call near
  // the change (the third one), because that is the day a connector gets wrong.
  if (transition_s && options.calls_per_day > 0) count = std::max(count, 3);
  if (count == 0) return {};

  std::vector<Call> calls;
  for (auto offset : call_offsets(key, count, length_s, transition_s)) {
    Call call;
    call.agent_id = agent.id;
    call.start = date::floor<seconds>(day_start) + seconds(offset);
    call.local_start = agent.zone->to_local(call.start);
    call.id = call.start.time_since_epoch().count() * kIdAgentSlots + (agent.id - kFirstAgentId + 1);
    assign_outcome(call, hash_of({key, static_cast<std::uint64_t>(offset)}));
    calls.push_back(call);
  }
  return calls;
}

std::vector<Call> generate_calls(const std::vector<Agent>& agents, const DatasetOptions& options) {
  date::local_days last{options.anchor.time_since_epoch()};
  std::vector<Call> calls;
  for (const auto& agent : agents) {
    for (auto day = last - date::days{options.days}; day <= last; day += date::days{1}) {
      auto day_calls = generate_day(agent, day, options);
      calls.insert(calls.end(), day_calls.begin(), day_calls.end());
    }
  }
  return calls;
}

}  // namespace tributary::sandbox::justcall
