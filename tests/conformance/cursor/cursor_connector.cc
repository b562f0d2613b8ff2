// A lead connector with a cursor, for the incremental check: it asks for contacts updated since
// its committed state and proposes the newest updated_at it saw. Built with CURSOR_IGNORES_STATE
// it reads everything every time, which the incremental check must catch.
//
// Vendor: GET /api/contacts?page=N[&updated_since=ISO] -> {"contacts": [{"id", "name", "email",
// "updated_at"}], "next_page": N|null}; Authorization: Bearer API_TOKEN.
#include <boost/json.hpp>

#include "tributary/sdk/sdk.h"

namespace cursor {

using namespace tributary::sdk;

constexpr const char* kCursorKey = "updated_since";

class CursorConnector final : public Connector {
 public:
  const Declaration& declaration() const noexcept override {
    static const Declaration kDeclaration = [] {
      Declaration d;
      d.name = "cursor";
      d.version = "1.0.0";
      d.description = "Conformance test connector: contacts as leads, incrementally";
      d.scope = FetchScope::kPerAccount;
      d.record_kinds = {RecordKind::kLead};
      d.account_keys = {"api_token"};
      d.config = {{"base_url", ValueType::kString, false, boost::json::value("https://cursor.invalid"), false, "API root", {}},
                  {"api_token", ValueType::kString, true, std::nullopt, true, "API token", {}}};
      return d;
    }();
    return kDeclaration;
  }

  Result<CheckReport> check(const FetchContext& ctx) noexcept override {
    auto response = get(ctx, "/api/contacts?page=1");
    if (!response) return response.status();
    return CheckReport{};
  }

  Result<FetchResult> fetch(const FetchContext& ctx) noexcept override {
    FetchResult out;
    std::string since;
#ifndef CURSOR_IGNORES_STATE
    since = ctx.host->state().get(kCursorKey).value_or("");
#endif
    out.context = {{"since", since}};
    for (std::int64_t page = 1; page > 0;) {
      auto response = get(ctx, "/api/contacts?page=" + std::to_string(page) +
                                   (since.empty() ? "" : "&updated_since=" + url_encode(since)));
      if (!response) return response.status();
      auto body = parse_json(response->body, "cursor GET /api/contacts");
      if (!body) return body.status();
      out.pages.push_back({"contacts", response->body, {{"page", page}}});
      page = get_int(*body, "next_page").value_or(0);
    }
    return out;
  }

  Result<NormalizeOutput> normalize(const NormalizeContext&, const FetchResult& fetched) const noexcept override {
    NormalizeOutput out;
    auto newest = get_string(boost::json::value(fetched.context), "since").value_or("");
    for (const auto& page : fetched.pages) {
      auto body = parse_json(page.body, "cursor contacts page");
      if (!body) return body.status();
      const auto* contacts = find_path(*body, "contacts");
      if (!contacts || !contacts->is_array()) return Status::data("cursor contacts page: no 'contacts' array");
      for (const auto& c : contacts->as_array()) {
        LeadRecord lead;
        lead.crm_id = get_string(c, "id").value_or("");
        lead.name = get_string(c, "name").value_or("");
        lead.email = get_string(c, "email").value_or("");
        lead.modified_at = get_string(c, "updated_at").value_or("");
        if (lead.modified_at > newest) newest = lead.modified_at;
        out.leads.push_back(std::move(lead));
      }
    }
    if (!newest.empty()) out.state[kCursorKey] = newest;
    return out;
  }

 private:
  static Result<HttpResponse> get(const FetchContext& ctx, const std::string& path) {
    HttpRequest request;
    request.url = config_string(ctx.config, "base_url") + path;
    request.headers = {{"Authorization", "Bearer " + config_string(ctx.config, "api_token")}};
    auto response = ctx.host->http().send(request);
    if (!response) return response.status();
    if (auto s = status_from_http(*response, "cursor GET " + path); !s) return s;
    return response;
  }
};

}  // namespace cursor

TRIBUTARY_EXPORT_CONNECTOR(cursor::CursorConnector, "cursor", "1.0.0")
