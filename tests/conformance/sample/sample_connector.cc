// A small connector the conformance tests run in several builds: as written it passes every
// check; each SAMPLE_* definition plants one defect a real connector could have, and the tests
// assert that the right check catches it with the right reason.
//
// Vendor: GET /api/whoami; GET /api/messages?user=EMAIL&page=N -> {"messages": [{"id", "sent_at"}],
// "page": N, "pages": M}; Authorization: Token API_TOKEN. One email_quantity per local day.
#include <boost/json.hpp>
#include <chrono>
#include <map>
#include <stdexcept>

#include "tributary/sdk/sdk.h"

namespace sample {

using namespace tributary::sdk;

[[maybe_unused]] [[noreturn]] void reject_answer() {
  throw std::runtime_error("sample: unexpected field 'sent_at' in the vendor's answer");
}

const Declaration& sample_declaration() {
  static const Declaration kDeclaration = [] {
    Declaration d;
    d.name = "sample";
    d.version = "1.0.0";
    d.description = "Conformance test connector: sent messages per user and local day";
    d.scope = FetchScope::kPerUser;
    d.record_kinds = {RecordKind::kMetric};
    d.metric_types = {"email_quantity"};
    d.account_keys = {"api_token"};
    d.config = {
        {"base_url", ValueType::kString, false, boost::json::value("https://sample.invalid"), false,
         "API root", {}},
        {"api_token", ValueType::kString, true, std::nullopt, true, "API token", {}},
    };
    return d;
  }();
  return kDeclaration;
}

class SampleConnector final : public Connector {
 public:
#ifdef SAMPLE_LEAKS
  SampleConnector() : scratch_(new std::string(4096, 'x')) {}  // and no destructor frees it
#endif
  const Declaration& declaration() const noexcept override { return sample_declaration(); }

  Result<CheckReport> check(const FetchContext& ctx) noexcept override {
    auto response = get(ctx, "/api/whoami", "sample GET /api/whoami");
    if (!response) return response.status();
    return CheckReport{};
  }

  Result<FetchResult> fetch(const FetchContext& ctx) noexcept override {
#ifdef SAMPLE_THROWS
    reject_answer();  // throws through this noexcept entry point
#endif
    FetchResult out;
    const auto& user = ctx.users.front();
    out.context = {{"user_id", user.id}};
#ifdef SAMPLE_LOGS_TOKEN
    ctx.host->log().info("fetching messages of " + user.email + " with token " +
                         config_string(ctx.config, "api_token"));
#endif
    for (int page = 1;; ++page) {
      auto what = "sample GET /api/messages page " + std::to_string(page);
      auto response = get(ctx, "/api/messages?user=" + url_encode(user.email) + "&page=" + std::to_string(page), what);
      if (!response) return response.status();
      auto body = parse_json(response->body, what);
      if (!body) return body.status();
      out.pages.push_back({"messages", response->body, {{"page", page}}});
#ifdef SAMPLE_FIRST_PAGE_ONLY
      break;
#endif
      if (page >= get_int(*body, "pages").value_or(1)) break;
    }
    return out;
  }

  Result<NormalizeOutput> normalize(const NormalizeContext& ctx, const FetchResult& fetched) const noexcept override {
    try {
      return count_messages(ctx, fetched);
    } catch (const std::exception& e) {
      return Status::internal(std::string("sample normalize: ") + e.what());
    }
  }

 private:
#ifdef SAMPLE_LEAKS
  std::string* scratch_;
#endif

  static Result<HttpResponse> get(const FetchContext& ctx, const std::string& path, const std::string& what) {
    HttpRequest request;
    request.url = config_string(ctx.config, "base_url") + path;
    request.headers = {{"Authorization", "Token " + config_string(ctx.config, "api_token")}};
    auto response = ctx.host->http().send(request);
    if (!response) return response.status();
    if (auto s = status_from_http(*response, what); !s) return s;
    return response;
  }

  static Result<NormalizeOutput> count_messages(const NormalizeContext& ctx, const FetchResult& fetched) {
    auto user_id = get_string(boost::json::value(fetched.context), "user_id").value_or("");
    std::map<std::string, int> per_day;
    for (const auto& page : fetched.pages) {
      auto body = parse_json(page.body, "sample messages page");
      if (!body) return body.status();
      const auto* messages = find_path(*body, "messages");
      if (!messages || !messages->is_array()) return Status::data("sample messages page: no 'messages' array");
      for (const auto& m : messages->as_array()) {
        auto sent = parse_iso8601(get_string(m, "sent_at").value_or(""));
        if (!sent) return Status::data("sample message " + get_string(m, "id").value_or("?") + ": bad sent_at");
        auto day = local_date(*sent, ctx.org.timezone);
        if (!day) return day.status();
        if (*day >= ctx.window.start_date && *day <= ctx.window.end_date) ++per_day[*day];
      }
    }
    NormalizeOutput out;
    out.covered_users = {user_id};
    for (const auto& [day, n] : per_day) {
      boost::json::object metadata{{"messages", n}};
#ifdef SAMPLE_READS_CLOCK
      auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
      metadata["synced_on"] = format_iso8601_utc(now.count()).substr(0, 10);
#endif
      out.metrics.push_back({user_id, "email_quantity", day, static_cast<double>(n), std::move(metadata)});
    }
    return out;
  }
};

}  // namespace sample

#ifdef SAMPLE_WRONG_ABI
// As a plugin built against a future SDK would export it.
extern "C" __attribute__((visibility("default"))) const TributaryPluginInfo* tributary_plugin_info() noexcept {
  static const TributaryPluginInfo kInfo = {sizeof(TributaryPluginInfo), TRIBUTARY_ABI_MAJOR + 1, 0,
                                            "2.0.0", TRIBUTARY_COMPILER_TAG, TRIBUTARY_STDLIB_TAG,
                                            TRIBUTARY_BOOST_TAG, "sample", "1.0.0"};
  return &kInfo;
}
extern "C" __attribute__((visibility("default"))) tributary::sdk::Connector* tributary_create_connector() noexcept {
  return new sample::SampleConnector();
}
extern "C" __attribute__((visibility("default"))) void tributary_destroy_connector(tributary::sdk::Connector* c) noexcept {
  delete c;
}
#else
TRIBUTARY_EXPORT_CONNECTOR(sample::SampleConnector, "sample", "1.0.0")
#endif
