#include "tests/sandbox/justcall/calls_query.h"

#include <limits>
#include <string>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/params.h"

namespace tributary::sandbox::justcall {
namespace {

std::optional<date::local_seconds> read_bound(const QueryParams& query, std::string_view name, bool end_of_day) {
  auto found = query.find(name);
  if (found == query.end() || found->second.empty()) return std::nullopt;
  auto t = parse_local_datetime(found->second);
  if (!t) {
    throw BadRequest("query parameter '" + std::string(name) + "' = '" + found->second +
                     "' must be \"yyyy-mm-dd hh:mm:ss\" or \"yyyy-mm-dd\" (agent's time zone)");
  }
  if (end_of_day && found->second.size() == 10) *t += std::chrono::seconds(24 * 3600 - 1);
  return t;
}

}  // namespace

CallsQuery read_calls_query(const QueryParams& query) {
  CallsQuery result;
  if (query.contains("agent_id")) {
    result.filter.agent_id = read_int(query, "agent_id", 0, 1, std::numeric_limits<std::int64_t>::max());
  }
  result.filter.from = read_bound(query, "from_datetime", false);
  result.filter.to = read_bound(query, "to_datetime", true);
  if (auto direction = read_choice(query, "call_direction", {"Incoming", "Outgoing"})) {
    result.filter.direction = *direction == "Incoming" ? Direction::kIncoming : Direction::kOutgoing;
  }
  read_choice(query, "sort", {"id", "datetime"});  // one order either way: see CallStore::select
  if (auto order = read_choice(query, "order", {"asc", "desc"})) result.descending = *order == "desc";
  result.paging = read_paging(query, kDefaultCallsPerPage);
  return result;
}

}  // namespace tributary::sandbox::justcall
