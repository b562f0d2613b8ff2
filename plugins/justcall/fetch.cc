#include "plugins/justcall/fetch.h"

#include "plugins/justcall/agent_resolver.h"
#include "plugins/justcall/paging.h"
#include "tributary/sdk/http.h"
#include "tributary/sdk/time.h"

namespace tributary::justcall {

using sdk::Status;

CallRange call_query_range(const sdk::Window& window, std::string_view agent_timezone,
                           int padding_days) {
  std::string first = window.start_date;
  std::string last = window.end_date;
  if (!agent_timezone.empty() && window.end_utc > window.start_utc) {
    auto from = sdk::local_date(window.start_utc, agent_timezone);
    auto to = sdk::local_date(window.end_utc - 1, agent_timezone);
    if (from && to) {
      first = *from;
      last = *to;
    }
  }
  return {sdk::add_days(first, -padding_days) + " 00:00:00",
          sdk::add_days(last, padding_days) + " 23:59:59"};
}

sdk::Result<sdk::FetchResult> fetch_calls(const sdk::FetchContext& ctx,
                                          const JustCallConfig& config) {
  if (ctx.host == nullptr)
    return Status::internal("JustCall fetch was called without host services");
  if (ctx.users.size() != 1)
    return Status::internal("JustCall fetches one user per unit; the host gave it " +
                            std::to_string(ctx.users.size()));
  auto& host = *ctx.host;
  const auto& user = ctx.users.front();
  auto agent = resolve_agent(host, config, user);
  if (!agent) return agent.status();

  auto range = call_query_range(ctx.window, agent->timezone, config.lookback_padding_days);
  PagedRequest request;
  request.path = "/v2.1/calls";
  request.per_page = config.per_page;
  request.query = {{"agent_id", agent->id},
                   {"from_datetime", sdk::url_encode(range.from)},
                   {"to_datetime", sdk::url_encode(range.to)},
                   {"per_page", std::to_string(config.per_page)}};
  request.what = "JustCall GET /v2.1/calls (agent " + agent->id + ")";

  sdk::FetchResult out;
  out.context = {
      {"agent_id", agent->id}, {"agent_timezone", agent->timezone}, {"user_id", user.id}};
  std::size_t rows = 0;
  auto walked = for_each_page(
      host, config, request,
      [&](int index, const std::string& body, const boost::json::array& data) {
        rows += data.size();
        out.pages.push_back({kCallsStream, body, {{"agent_id", agent->id}, {"page", index}}});
        return Status::success();
      });
  if (!walked) return walked;
  host.log().debug("JustCall agent " + agent->id + " (" +
                   (agent->timezone.empty() ? std::string("zone unknown") : agent->timezone) +
                   "), " + range.from + " .. " + range.to + ": " + std::to_string(rows) +
                   " calls in " + std::to_string(out.pages.size()) + " pages");
  return out;
}

}  // namespace tributary::justcall
