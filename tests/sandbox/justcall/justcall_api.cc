#include "tests/sandbox/justcall/justcall_api.h"

#include <algorithm>
#include <limits>
#include <string>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/justcall/auth.h"
#include "tests/sandbox/justcall/call_json.h"
#include "tests/sandbox/justcall/calls_query.h"
#include "tests/sandbox/justcall/envelope.h"
#include "tests/sandbox/justcall/expected.h"
#include "tests/sandbox/params.h"

namespace tributary::sandbox::justcall {
namespace {

constexpr std::int64_t kDefaultUsersPerPage = 50;

template <class Item, class ToJson>
boost::json::array page_items(const std::vector<Item>& items, const Paging& paging, ToJson to_json) {
  boost::json::array data;
  auto first = std::min(paging.first(), items.size());
  auto last = std::min(first + static_cast<std::size_t>(paging.per_page), items.size());
  for (auto i = first; i < last; ++i) data.push_back(to_json(items[i]));
  return data;
}

}  // namespace

JustCallApi::JustCallApi(const DatasetOptions& dataset, Settings settings)
    : dataset_(dataset), settings_(std::move(settings)), store_(dataset) {}

Response JustCallApi::handle(const Request& request) {
  if (!is_authorized(request.header("authorization"), settings_)) {
    return error(401, "Invalid API key or secret: send 'Authorization: <api_key>:<api_secret>'");
  }
  try {
    if (request.method != "GET") {
      return error(405, request.method + " is not supported on " + request.path + "; use GET");
    }
    if (request.subpath == "/v2.1/users") return users(request);
    if (request.subpath == "/v2.1/calls") return calls(request);
  } catch (const BadRequest& e) {
    return error(400, e.what());
  }
  return error(404, "No route " + request.path + "; the sandbox serves /justcall/v2.1/users and /justcall/v2.1/calls");
}

Response JustCallApi::users(const Request& request) const {
  auto paging = read_paging(request.query, kDefaultUsersPerPage);
  const auto& agents = store_.agents();
  auto data = page_items(agents, paging, [&](const Agent& agent) { return user_to_json(agent, dataset_.anchor); });
  return Response::json(200, page_envelope(request, paging, agents.size(), std::move(data)));
}

Response JustCallApi::calls(const Request& request) const {
  auto query = read_calls_query(request.query);
  auto selected = store_.select(query.filter, query.descending);
  auto data = page_items(selected, query.paging,
                         [&](const Call* call) { return call_to_json(*call, *store_.agent(call->agent_id)); });
  return Response::json(200, page_envelope(request, query.paging, selected.size(), std::move(data)));
}

boost::json::value JustCallApi::expected(const QueryParams& query) {
  return expected_totals(store_, read_date(query, "from"), read_date(query, "to"), read_zone(query, "tz"));
}

Response JustCallApi::error(int status, std::string_view message) const {
  return Response::json(status, boost::json::object{{"status", "error"}, {"message", message}});
}

std::vector<RateWindowSpec> JustCallApi::rate_windows() const {
  return {{"hourly", settings_.rate_limit, std::chrono::seconds(settings_.rate_window_s)},
          {"burst", settings_.burst_limit, std::chrono::seconds(settings_.burst_window_s)}};
}

void JustCallApi::add_rate_headers(const Request& /*request*/, const RateLimitStatus& status,
                                   Response& response) const {
  if (status.windows.size() != 2) return;
  const auto& window = status.windows[0];
  const auto& burst = status.windows[1];
  response.set_header("X-Rate-Limit-Limit", std::to_string(window.limit));
  response.set_header("X-Rate-Limit-Remaining", std::to_string(window.remaining));
  response.set_header("X-Rate-Limit-Reset", std::to_string(window.reset_epoch_s));
  response.set_header("X-Rate-Limit-Burst-Limit", std::to_string(burst.limit));
  response.set_header("X-Rate-Limit-Burst-Remaining", std::to_string(burst.remaining));
  response.set_header("X-Rate-Limit-Burst-Reset", std::to_string(burst.reset_epoch_s));
}

Response JustCallApi::admin(std::string_view action, const Request& request) {
  if (action == "unhide-calls") {
    store_.unhide_all();
    return Response::json(200, boost::json::object{{"hidden", "none"}});
  }
  if (!request.query.contains("agent_id") || !request.query.contains("date")) {
    throw BadRequest("hide-calls needs ?agent_id=<JustCall agent id>&date=YYYY-MM-DD (agent-local date)");
  }
  auto agent_id = read_int(request.query, "agent_id", 0, 0, std::numeric_limits<std::int64_t>::max());
  if (!store_.agent(agent_id)) {
    throw BadRequest("hide-calls: no JustCall agent with agent_id=" + std::to_string(agent_id) +
                     "; agents are " + std::to_string(kFirstAgentId) + ".." +
                     std::to_string(store_.agents().back().id));
  }
  auto day = read_date(request.query, "date");
  auto hidden = store_.hide(agent_id, day);
  return Response::json(200, boost::json::object{{"agent_id", agent_id},
                                                 {"date", format_date(day)},
                                                 {"calls_hidden", hidden}});
}

VendorApiPtr make_justcall(const DatasetOptions& dataset, const Settings& settings) {
  return std::make_unique<JustCallApi>(dataset, settings);
}

}  // namespace tributary::sandbox::justcall
