#include "tests/sandbox/justcall/expected.h"

#include <map>
#include <string>

#include <boost/json/array.hpp>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/message.h"

namespace tributary::sandbox::justcall {
namespace {

constexpr int kMaxRangeDays = 3660;

struct DayTotals {
  std::int64_t calls_all = 0;
  std::int64_t calls_handled = 0;
  std::int64_t conversation_seconds = 0;
  std::int64_t total_duration_seconds = 0;
  std::int64_t conversation_seconds_all = 0;
  std::int64_t total_duration_seconds_all = 0;

  void add(const Call& call) {
    ++calls_all;
    conversation_seconds_all += call.conversation_time;
    total_duration_seconds_all += call.total_duration();
    if (!is_handled(call)) return;
    ++calls_handled;
    conversation_seconds += call.conversation_time;
    total_duration_seconds += call.total_duration();
  }

  void add(const DayTotals& other) {
    calls_all += other.calls_all;
    calls_handled += other.calls_handled;
    conversation_seconds += other.conversation_seconds;
    total_duration_seconds += other.total_duration_seconds;
    conversation_seconds_all += other.conversation_seconds_all;
    total_duration_seconds_all += other.total_duration_seconds_all;
  }

  boost::json::object to_json() const {
    return {{"calls_all", calls_all},
            {"calls_handled", calls_handled},
            {"conversation_seconds", conversation_seconds},
            {"total_duration_seconds", total_duration_seconds},
            {"conversation_seconds_all", conversation_seconds_all},
            {"total_duration_seconds_all", total_duration_seconds_all}};
  }
};

}  // namespace

bool is_handled(const Call& call) {
  return call.direction == Direction::kOutgoing || call.type == CallType::kAnswered;
}

boost::json::object expected_totals(const CallStore& store, date::local_days from, date::local_days to,
                                    const date::time_zone* organisation_zone) {
  if (to < from || (to - from).count() > kMaxRangeDays) {
    throw BadRequest("expected totals want from <= to and at most " + std::to_string(kMaxRangeDays) +
                     " days, got from=" + format_date(from) + " to=" + format_date(to));
  }
  std::map<std::pair<std::int64_t, date::local_days>, DayTotals> by_agent_day;
  for (const Call* call : store.select({}, false)) {
    auto day = date::floor<date::days>(organisation_zone->to_local(call->start));
    if (day >= from && day <= to) by_agent_day[{call->agent_id, day}].add(*call);
  }

  boost::json::array agents;
  for (const auto& agent : store.agents()) {
    boost::json::array days;
    DayTotals totals;
    for (auto day = from; day <= to; day += date::days{1}) {
      DayTotals day_totals;
      if (auto found = by_agent_day.find({agent.id, day}); found != by_agent_day.end()) day_totals = found->second;
      totals.add(day_totals);
      boost::json::object entry{{"date", format_date(day)}};
      for (const auto& field : day_totals.to_json()) entry.emplace(field.key(), field.value());
      days.push_back(std::move(entry));
    }
    agents.push_back(boost::json::object{{"id", agent.id},
                                         {"email", agent.email},
                                         {"timezone", agent.timezone},
                                         {"totals", totals.to_json()},
                                         {"days", std::move(days)}});
  }
  return {{"vendor", "justcall"},
          {"from", format_date(from)},
          {"to", format_date(to)},
          {"tz", organisation_zone->name()},
          {"agents", std::move(agents)}};
}

}  // namespace tributary::sandbox::justcall
