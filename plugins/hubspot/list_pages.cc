#include "plugins/hubspot/list_pages.h"

#include "tributary/sdk/json.h"

namespace tributary::hubspot {

using sdk::Status;

std::string next_after(const boost::json::value& body) {
  if (auto text = sdk::get_string(body, "paging.next.after")) return *text;
  if (auto number = sdk::get_int(body, "paging.next.after")) return std::to_string(*number);
  return {};
}

sdk::Result<ListOutcome> walk_list(HubSpotApi& api, sdk::HostServices& host,
                                   const ListRequest& request, std::vector<sdk::RawPage>& pages) {
  ListOutcome outcome;
  std::string after;
  // A cursor that repeats would page forever; HubSpot never does that, a broken proxy might.
  std::string previous;
  for (;;) {
    if (host.stop_requested()) return Status::transient("stopped: the host was asked to stop");
    std::string url = request.path + "?" + request.query;
    if (!after.empty()) url += "&after=" + sdk::url_encode(after);
    auto response = api.get(url, request.what);
    if (!response) return response.status();
    auto body = sdk::parse_json(response->body, request.what);
    if (!body) return body.status();
    const auto* results = sdk::find_path(*body, "results");
    if (!results || !results->is_array())
      return Status::data(request.what + " answered without a results array");
    outcome.results += static_cast<int>(results->as_array().size());
    ++outcome.pages;
    pages.push_back({request.stream, std::move(response->body), {{"after", after}}});
    auto next = next_after(*body);
    if (next.empty()) return outcome;
    if (next == after || next == previous)
      return Status::data(request.what + " returned the paging cursor '" + next +
                          "' twice; stopping instead of looping");
    previous = after;
    after = std::move(next);
  }
}

}  // namespace tributary::hubspot
