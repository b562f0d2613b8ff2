#include "bench/support/loopback_http.h"

#include <curl/curl.h>

#include <memory>
#include <stdexcept>

namespace tributary::bench {

namespace {
size_t on_body(char* data, size_t size, size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}
}  // namespace

HttpReply http_call(const std::string& method, const std::string& url, const std::string& body) {
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> h(curl_easy_init(), curl_easy_cleanup);
  if (!h) throw std::runtime_error("curl_easy_init failed");
  HttpReply reply;
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
  curl_easy_setopt(h.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(h.get(), CURLOPT_CUSTOMREQUEST, method.c_str());
  curl_easy_setopt(h.get(), CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h.get(), CURLOPT_TIMEOUT_MS, 30000L);
  curl_easy_setopt(h.get(), CURLOPT_HTTPHEADER, headers);
  if (method != "GET") {
    curl_easy_setopt(h.get(), CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(h.get(), CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  }
  curl_easy_setopt(h.get(), CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(h.get(), CURLOPT_WRITEDATA, &reply.body);
  CURLcode code = curl_easy_perform(h.get());
  curl_slist_free_all(headers);
  if (code != CURLE_OK)
    throw std::runtime_error(method + " " + url + " failed: " + curl_easy_strerror(code));
  curl_easy_getinfo(h.get(), CURLINFO_RESPONSE_CODE, &reply.status);
  return reply;
}

}  // namespace tributary::bench
