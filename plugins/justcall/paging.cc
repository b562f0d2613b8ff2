#include "plugins/justcall/paging.h"

#include <set>

#include "plugins/justcall/api_request.h"
#include "tributary/sdk/json.h"

namespace tributary::justcall {

using sdk::Status;

sdk::Result<PageVerdict> inspect_page(const boost::json::value& envelope, int requested_per_page,
                                      std::string_view what) {
  if (!envelope.is_object())
    return Status::data(std::string(what) + ": expected a JSON object with a 'data' array");
  if (auto status = sdk::get_string(envelope, "status"); status && *status != "success") {
    auto message = sdk::get_string(envelope, "message").value_or("no message");
    return Status::data(std::string(what) + ": JustCall answered status '" + *status + "' (" +
                        message + "); expected 'success'");
  }
  const auto* data = sdk::find_path(envelope, "data");
  if (!data || !data->is_array())
    return Status::data(std::string(what) + ": the response has no 'data' array");

  PageVerdict verdict;
  verdict.data = &data->get_array();
  auto link = sdk::get_string(envelope, "next_page_link").value_or("");
  auto page_size = sdk::get_int(envelope, "per_page").value_or(0);
  if (page_size <= 0) page_size = requested_per_page;
  auto rows = static_cast<std::int64_t>(verdict.data->size());
  verdict.more = !link.empty() && rows > 0 && rows >= page_size;
  if (verdict.more) verdict.link_params = parse_link_query(link);
  return verdict;
}

Status for_each_page(sdk::HostServices& host, const JustCallConfig& config,
                     const PagedRequest& request, const PageHandler& on_page) {
  Query query = request.query;
  set_param(query, "page", "0");
  std::set<std::string> requested;
  for (int index = 0;; ++index) {
    if (index >= kMaxPages)
      return Status::data(request.what + ": more than " + std::to_string(kMaxPages) +
                          " pages; narrow the run's window");
    std::string path_and_query = request.path + "?" + to_query_string(query);
    std::string what = request.what + " page " + std::to_string(index);
    if (!requested.insert(path_and_query).second)
      return Status::data(what + ": next_page_link leads back to a page already fetched (" +
                          path_and_query + ")");

    auto response = api_get(host, config, path_and_query, what);
    if (!response) return response.status();
    auto envelope = sdk::parse_json(response->body, what);
    if (!envelope) return envelope.status();
    auto verdict = inspect_page(*envelope, request.per_page, what);
    if (!verdict) return verdict.status();
    if (auto handled = on_page(index, response->body, *verdict->data); !handled) return handled;
    if (!verdict->more) return Status::success();

    set_param(query, "page", std::to_string(index + 1));
    overlay(query, verdict->link_params);
  }
}

}  // namespace tributary::justcall
