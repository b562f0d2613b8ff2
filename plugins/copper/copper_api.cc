#include "plugins/copper/copper_api.h"

#include <boost/json.hpp>

#include "tributary/sdk/json.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

// Never echoes the key: only where it goes and what it must match.
sdk::Status auth_failure(const sdk::HttpResponse& response, const std::string& what,
                         const CopperConfig& config) {
  return sdk::Status::auth(
      "copper " + what + " answered HTTP " + std::to_string(response.status) +
      ": credentials rejected. Check the X-PW-AccessToken header (config api_key: a current "
      "Copper API key) and X-PW-UserEmail (config user_email '" + config.user_email +
      "': it must be the email of the Copper user who created that key); X-PW-Application is "
      "always developer_api");
}

}  // namespace

sdk::HttpRequest CopperApi::request(std::string_view method, std::string_view path) const {
  sdk::HttpRequest r;
  r.method = std::string(method);
  r.url = config_.base_url + std::string(path);
  r.headers = {{"X-PW-AccessToken", config_.api_key},
               {"X-PW-Application", "developer_api"},
               {"X-PW-UserEmail", config_.user_email},
               {"Content-Type", "application/json"}};
  return r;
}

sdk::Result<std::string> CopperApi::send(const sdk::HttpRequest& request, const std::string& what) {
  auto response = http_.send(request);
  if (!response) {
    auto s = response.status();
    return sdk::Status(s.kind(), "copper " + what + ": " + s.message(), s.retry_after());
  }
  if (response->status == 401 || response->status == 403)
    return auth_failure(*response, what, config_);
  if (auto s = sdk::status_from_http(*response, "copper " + what); !s) return s;
  return std::move(response->body);
}

sdk::Result<std::string> CopperApi::get(std::string_view path) {
  return send(request("GET", path), "GET " + std::string(path));
}

sdk::Status CopperApi::search(std::string_view path, const json::object& body,
                              std::string_view stream, std::string_view name,
                              std::vector<sdk::RawPage>& pages, const PageSink& on_page) {
  for (int page_number = 1;; ++page_number) {
    json::object paged = body;
    paged["page_number"] = page_number;
    paged["page_size"] = kPageSize;
    auto r = request("POST", path);
    r.body = json::serialize(paged);
    auto what = "POST " + std::string(path) + " (" + std::string(name) + ", page " +
                std::to_string(page_number) + ")";
    auto text = send(r, what);
    if (!text) return text.status();
    auto parsed = sdk::parse_json(*text, "copper " + what);
    if (!parsed) return parsed.status();
    const auto* records = parsed->if_array();
    if (!records)
      return sdk::Status::data("copper " + what + ": expected a JSON array of records, got " +
                               std::string(parsed->is_object() ? "an object" : "another value"));
    if (on_page) {
      if (auto s = on_page(*records); !s) return s;
    }
    pages.push_back({std::string(stream), std::move(*text),
                     {{"search", name}, {"page_number", page_number}}});
    // A full page means there may be more: only a short page (even an empty one) ends it.
    if (records->size() < static_cast<std::size_t>(kPageSize)) return sdk::Status::success();
    if (page_number >= kMaxPages)
      return sdk::Status::data("copper " + what + ": " + std::to_string(kMaxPages * kPageSize) +
                               " records, Copper's search limit; later records would be lost. "
                               "Shorten the pipeline's window.");
  }
}

}  // namespace tributary::copper
