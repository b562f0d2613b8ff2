#pragma once
// One libcurl easy handle, reused for every transfer so the connection stays alive between
// requests. Performs exactly one attempt; retrying is the client's business.

#include <curl/curl.h>

#include <string>

#include "host/config/model.h"
#include "tributary/sdk/http.h"

namespace tributary::host {

enum class TransferFailure {
  kNone,      // a complete HTTP response arrived (any status)
  kNetwork,   // connect, TLS, timeout, reset, truncated response: worth another attempt
  kUnusable,  // the request itself is wrong (malformed URL, unsupported scheme): never retried
};

struct TransferResult {
  TransferFailure failure = TransferFailure::kNone;
  std::string error;  // libcurl's explanation when failure != kNone
  sdk::HttpResponse response;
};

class CurlEasy {
 public:
  CurlEasy();
  ~CurlEasy();
  CurlEasy(const CurlEasy&) = delete;
  CurlEasy& operator=(const CurlEasy&) = delete;

  TransferResult perform(const sdk::HttpRequest& request, const HttpPolicy& policy);

 private:
  void set_options(const sdk::HttpRequest& request, const HttpPolicy& policy, TransferResult& out,
                   curl_slist* headers);

  CURL* handle_;
  char error_[CURL_ERROR_SIZE];
};

}  // namespace tributary::host
