#include "host/conformance/server_control.h"

#include <stdexcept>

#include "host/http/http_client.h"
#include "tributary/sdk/http.h"

namespace tributary::host::conformance {

void ServerControl::phase(std::string_view name) const {
  post("/_conformance/phase?name=" + sdk::url_encode(name));
}

void ServerControl::fault(std::string_view error_case) const {
  post("/_conformance/fault?case=" + sdk::url_encode(error_case));
}

void ServerControl::post(const std::string& path_and_query) const {
  HttpPolicy policy;
  policy.max_retries = 0;
  policy.timeout_ms = 5000;
  CurlHttpClient client(policy, nullptr, nullptr, nullptr, nullptr);
  sdk::HttpRequest request;
  request.method = "POST";
  request.url = root_ + path_and_query;
  auto response = client.send(request);
  if (!response || response->status != 204)
    throw std::runtime_error("the runner's own server did not take " + path_and_query + ": " +
                             (response ? "HTTP " + std::to_string(response->status)
                                       : response.status().to_string()));
}

}  // namespace tributary::host::conformance
