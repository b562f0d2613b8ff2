#pragma once
// The fake Copper account's records as the generator makes them. JSON shapes live in
// json_shapes.h; these keep what the expected totals need (instants, types, owners) typed.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>
#include <date/date.h>

namespace tributary::sandbox::copper {

struct Activity {
  std::int64_t id = 0;
  std::int64_t type_id = 0;
  bool system = false;  // category "system" (else "user")
  std::int64_t user_id = 0;
  date::sys_seconds at;
  std::string parent_type = "person";
  std::int64_t parent_id = 0;
  boost::json::value details;
  boost::json::value old_value;
  boost::json::value new_value;
  bool from_justcall = false;  // JustCall logged this call into Copper
  bool born_deleted = false;   // deleted before any client saw it: only ever served as a stub
};

struct Transition {
  std::int64_t stage_id = 0;
  date::sys_seconds at;
  std::int64_t actor = 0;
  std::int64_t activity_id = 0;  // 0 for the stage the opportunity was created in
};

struct Opportunity {
  std::int64_t id = 0;
  std::int64_t assignee_id = 0;
  std::int64_t pipeline_id = 0;
  std::vector<Transition> transitions;  // creation first; the last is the current stage
  std::string status = "Open";          // Open | Won | Lost
  std::optional<date::sys_seconds> closed_at;  // when it was won or lost
  std::int64_t value_cents = 0;
  std::int64_t sale_type = 0;  // option id of the Sale Type field; 0: not filled in
  date::local_days close_date;

  std::int64_t stage_id() const { return transitions.back().stage_id; }
  date::sys_seconds date_stage_changed() const { return transitions.back().at; }
  date::sys_seconds created() const { return transitions.front().at; }
  date::sys_seconds modified() const { return closed_at ? std::max(*closed_at, date_stage_changed()) : date_stage_changed(); }
};

}  // namespace tributary::sandbox::copper
