#include "tests/sandbox/copper/activity_generator.h"

#include "tests/sandbox/copper/day_clock.h"

#include <algorithm>
#include <cctype>
#include <map>

#include <boost/json/object.hpp>

#include "tests/sandbox/justcall/agents.h"
#include "tests/sandbox/justcall/call_generator.h"
#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::copper {

namespace json = boost::json;

namespace {

enum Salt : std::uint64_t { kEmails = 1, kCalls, kNotes, kDisabled, kDeleted, kEmpty, kOrder, kCopy, kContact };
enum class Kind { kEmail, kCall, kNote, kDisabledCall, kDeleted };

constexpr std::int64_t kOwnIdBase = 1'000'000'000'000;
constexpr std::int64_t kCopyIdBase = 3'000'000'000'000;

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// How many of each kind a person's day has.
std::vector<Kind> day_kinds(const Person& person, std::uint64_t key, const LocalDay& day) {
  auto weekday = date::weekday(day.day);
  bool weekend = weekday == date::Saturday || weekday == date::Sunday;
  std::vector<Kind> kinds;
  if (person.id == kOwnerId) return kinds;
  if (unit_interval(hash_of({key, kEmpty})) < (weekend ? 0.6 : 0.12) && !day.transition_s) return kinds;
  int emails = static_cast<int>(uniform_int(hash_of({key, kEmails}), person.rep ? 1 : 0, person.rep ? 10 : 4));
  int calls = person.rep ? static_cast<int>(uniform_int(hash_of({key, kCalls}), 0, 3)) : 0;
  int notes = static_cast<int>(uniform_int(hash_of({key, kNotes}), 0, 2));
  kinds.insert(kinds.end(), emails, Kind::kEmail);
  kinds.insert(kinds.end(), calls, Kind::kCall);
  kinds.insert(kinds.end(), notes, Kind::kNote);
  if (person.rep && unit_interval(hash_of({key, kDisabled})) < 0.1) kinds.push_back(Kind::kDisabledCall);
  if (person.rep && unit_interval(hash_of({key, kDeleted})) < 0.15) kinds.push_back(Kind::kDeleted);
  // A rep's DST day always has an activity near the change (offset index 2).
  while (person.rep && day.transition_s && kinds.size() < 3) kinds.push_back(Kind::kEmail);
  // Which kind sits at which offset is drawn too, so midnight edges hit every kind.
  std::vector<std::pair<std::uint64_t, Kind>> order;
  for (std::size_t i = 0; i < kinds.size(); ++i) order.emplace_back(hash_of({key, kOrder, i}), kinds[i]);
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < kinds.size(); ++i) kinds[i] = order[i].second;
  return kinds;
}

Activity make_activity(const Person& person, Kind kind, date::sys_seconds at, std::int64_t id,
                       std::uint64_t key) {
  Activity a;
  a.id = id;
  a.user_id = person.id;
  a.at = at;
  a.parent_id = 40'000'000 + static_cast<std::int64_t>(hash_of({key, kContact}) % 100'000);
  switch (kind) {
    case Kind::kEmail:
      a.type_id = kEmailType;
      a.system = true;
      a.details = json::object{{"subject", "Following up"},
                               {"sender", json::object{{"name", person.name}, {"email", person.email}}}};
      break;
    case Kind::kNote:
      a.type_id = kNoteType;
      a.details = "Left a note";
      break;
    case Kind::kDisabledCall:
      a.type_id = kPhoneCallTestType;
      a.details = "Test call";
      break;
    case Kind::kDeleted:
      a.born_deleted = true;
      [[fallthrough]];
    case Kind::kCall:
      a.type_id = kPhoneCallType;
      a.details = "Called about the order";
      break;
  }
  return a;
}

}  // namespace

std::vector<Activity> generate_person_day(const Person& person, date::local_days day,
                                          const date::time_zone* zone, const DatasetOptions& options) {
  auto key = hash_of({options.seed, static_cast<std::uint64_t>(person.id),
                      static_cast<std::uint64_t>(day.time_since_epoch().count())});
  auto clock = local_day(zone, day);
  auto kinds = day_kinds(person, key, clock);
  auto offsets = day_offsets(key, static_cast<int>(kinds.size()), clock);
  std::vector<Activity> out;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    auto id = kOwnIdBase + day.time_since_epoch().count() * 10'000'000 + (person.id % 10'000) * 100 +
              static_cast<std::int64_t>(i);
    out.push_back(make_activity(person, kinds[i], clock.start + std::chrono::seconds(offsets[i]), id,
                                hash_of({key, i})));
  }
  return out;
}

std::vector<Activity> justcall_copies(const std::vector<Person>& people, const DatasetOptions& options) {
  std::map<std::string, const Person*> by_email;
  for (const auto& p : people) {
    if (p.rep) by_email[lower(p.email)] = &p;
  }
  auto agents = justcall::make_agents(options.users);
  std::map<std::int64_t, const Person*> by_agent;
  for (const auto& agent : agents) {
    if (auto it = by_email.find(lower(agent.email)); it != by_email.end()) by_agent[agent.id] = it->second;
  }
  std::vector<Activity> out;
  for (const auto& call : justcall::generate_calls(agents, options)) {
    auto person = by_agent.find(call.agent_id);
    if (person == by_agent.end()) continue;
    if (unit_interval(hash_of({options.seed, static_cast<std::uint64_t>(call.id), kCopy})) >= 0.5) continue;
    Activity a;
    a.id = kCopyIdBase + call.id;
    a.type_id = kPhoneCallType;
    a.user_id = person->second->id;
    a.at = call.start;
    a.parent_id = 40'000'000 + call.id % 100'000;
    a.details = std::string("JustCall ") + std::string(justcall::to_string(call.direction)) + " call (" +
                std::string(justcall::to_string(call.type)) + "), JustCall id " + std::to_string(call.id);
    a.from_justcall = true;
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<Activity> generate_activities(const std::vector<Person>& people,
                                          const date::time_zone* zone, const DatasetOptions& options) {
  date::local_days last{options.anchor.time_since_epoch()};
  std::vector<Activity> out;
  for (const auto& person : people) {
    for (auto day = last - date::days{options.days}; day <= last; day += date::days{1}) {
      auto day_activities = generate_person_day(person, day, zone, options);
      out.insert(out.end(), std::make_move_iterator(day_activities.begin()),
                 std::make_move_iterator(day_activities.end()));
    }
  }
  auto copies = justcall_copies(people, options);
  out.insert(out.end(), std::make_move_iterator(copies.begin()), std::make_move_iterator(copies.end()));
  return out;
}

}  // namespace tributary::sandbox::copper
