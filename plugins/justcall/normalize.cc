#include "plugins/justcall/normalize.h"

#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "plugins/justcall/call_record.h"
#include "plugins/justcall/config.h"
#include "plugins/justcall/fetch.h"
#include "tributary/sdk/json.h"
#include "tributary/sdk/time.h"

namespace tributary::justcall {

namespace json = boost::json;
using sdk::Result;
using sdk::Status;

namespace {

struct Inputs {
  CallRules rules;
  std::string user_id;
  std::string agent_id;
  std::string agent_timezone;    // valid IANA name or empty
  std::string ignored_timezone;  // what JustCall reported when it was not a zone we know
  std::string org_timezone;
  std::string first_day;
  std::string last_day;
};

struct DayTotals {
  std::int64_t counted = 0;
  std::int64_t all = 0;
  std::int64_t seconds = 0;
};

struct Tally {
  std::map<std::string, DayTotals> days;  // ordered, so output order is stable
  std::set<std::string> seen_ids;
  std::int64_t pages = 0, rows = 0, duplicates = 0, in_window = 0, counted = 0;
  std::int64_t other_agents = 0, dated_from_utc = 0;
};

bool zone_known(const std::string& zone) { return sdk::local_date(0, zone).ok(); }

Result<Inputs> read_inputs(const sdk::NormalizeContext& ctx, const sdk::FetchResult& fetched) {
  auto rules = parse_call_rules(ctx.config);
  if (!rules) return rules.status();
  Inputs in;
  in.rules = *rules;
  auto context = json::value(fetched.context);
  in.user_id = sdk::get_string(context, "user_id").value_or("");
  if (in.user_id.empty() && ctx.users.size() == 1) in.user_id = ctx.users.front().id;
  if (in.user_id.empty())
    return Status::internal("JustCall normalize: fetch context has no user_id and the unit has " +
                            std::to_string(ctx.users.size()) + " users");
  in.agent_id = sdk::get_string(context, "agent_id").value_or("");
  in.agent_timezone = sdk::get_string(context, "agent_timezone").value_or("");
  if (!in.agent_timezone.empty() && !zone_known(in.agent_timezone)) {
    in.ignored_timezone = std::exchange(in.agent_timezone, "");
  }
  in.org_timezone = ctx.org.timezone;
  if (!zone_known(in.org_timezone))
    return Status::config("organisation time zone '" + in.org_timezone +
                          "' is not an IANA zone name such as America/Chicago");
  in.first_day = ctx.window.start_date;
  in.last_day = ctx.window.end_date;
  if (!sdk::is_valid_date(in.first_day) || !sdk::is_valid_date(in.last_day))
    return Status::internal("JustCall normalize: window '" + in.first_day + "'..'" + in.last_day +
                            "' is not two YYYY-MM-DD dates");
  return in;
}

Status tally_call(const Inputs& in, const json::value& raw, const std::string& where,
                  Tally& tally) {
  ++tally.rows;
  auto call = read_call(raw, in.agent_timezone, where);
  if (!call) return call.status();
  if (!tally.seen_ids.insert(call->id).second) {
    ++tally.duplicates;  // page boundaries shift when calls arrive while we page
    return Status::success();
  }
  if (!in.agent_id.empty() && !call->agent_id.empty() && call->agent_id != in.agent_id) {
    ++tally.other_agents;  // never attribute another agent's calls to this user
    return Status::success();
  }
  auto day = sdk::local_date(call->instant, in.org_timezone);
  if (!day) return day.status();
  if (*day < in.first_day || *day > in.last_day) return Status::success();
  ++tally.in_window;
  if (!call->from_agent_clock) ++tally.dated_from_utc;
  auto& totals = tally.days[*day];
  ++totals.all;
  if (is_counted(*call, in.rules.count)) {
    ++tally.counted;
    ++totals.counted;
    totals.seconds += talk_seconds(*call, in.rules.talk_field);
  }
  return Status::success();
}

Status tally_page(const Inputs& in, const sdk::RawPage& page, Tally& tally) {
  auto page_number = sdk::get_int(json::value(page.meta), "page").value_or(tally.pages);
  ++tally.pages;
  std::string where = "JustCall calls page " + std::to_string(page_number);
  auto envelope = sdk::parse_json(page.body, where);
  if (!envelope) return envelope.status();
  const auto* data = sdk::find_path(*envelope, "data");
  if (!data || !data->is_array()) return Status::data(where + ": the response has no 'data' array");
  for (const auto& raw : data->get_array()) {
    if (auto s = tally_call(in, raw, where, tally); !s) return s;
  }
  return Status::success();
}

sdk::NormalizeOutput to_output(const Inputs& in, const Tally& tally) {
  sdk::NormalizeOutput out;
  out.covered_users = {in.user_id};
  for (const auto& [day, totals] : tally.days) {
    if (totals.counted == 0) continue;
    out.metrics.push_back({in.user_id,
                           kPhoneCallQuantity,
                           day,
                           static_cast<double>(totals.counted),
                           {{"total_seconds", totals.seconds}, {"calls_all", totals.all}}});
    out.metrics.push_back({in.user_id,
                           kTalkTimeMinutes,
                           day,
                           static_cast<double>(totals.seconds) / 60.0,
                           {{"total_seconds", totals.seconds}}});
  }
  out.summary = {{"calls_fetched", tally.rows},
                 {"pages", tally.pages},
                 {"duplicates", tally.duplicates},
                 {"calls_in_window", tally.in_window},
                 {"calls_counted", tally.counted},
                 {"calls_other_agents", tally.other_agents},
                 {"calls_dated_from_utc", tally.dated_from_utc}};
  if (!in.ignored_timezone.empty()) out.summary["agent_timezone_ignored"] = in.ignored_timezone;
  return out;
}

}  // namespace

Result<sdk::NormalizeOutput> normalize_calls(const sdk::NormalizeContext& ctx,
                                             const sdk::FetchResult& fetched) {
  auto in = read_inputs(ctx, fetched);
  if (!in) return in.status();
  Tally tally;
  for (const auto& page : fetched.pages) {
    if (page.stream != kCallsStream) continue;
    if (auto s = tally_page(*in, page, tally); !s) return s;
  }
  return to_output(*in, tally);
}

}  // namespace tributary::justcall
