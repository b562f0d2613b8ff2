#include <curl/curl.h>

#include <mutex>

#include "host/http/curl_http_client_impl.h"

namespace tributary::host {

void init_curl_globally() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CurlHttpClient::CurlHttpClient(HttpPolicy policy, std::shared_ptr<RateBudgetLimiter> budget,
                               const Redactor* redactor, sdk::Logger* logger, HttpStats* stats) {
  // curl_easy_init would initialise libcurl itself, but not thread-safely.
  init_curl_globally();
  impl_ = std::make_unique<Impl>(policy, std::move(budget), redactor, logger, stats);
}

CurlHttpClient::~CurlHttpClient() = default;

sdk::Result<sdk::HttpResponse> CurlHttpClient::send(const sdk::HttpRequest& request) noexcept {
  try {
    return impl_->send(request);
  } catch (const std::exception& e) {
    return sdk::Status::internal(
        request.method + " request failed inside the HTTP client: " + impl_->redact(e.what()));
  } catch (...) {
    return sdk::Status::internal(request.method +
                                 " request failed inside the HTTP client: unknown exception");
  }
}

}  // namespace tributary::host
