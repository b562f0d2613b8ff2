#include "host/http/curl_easy.h"

#include <stdexcept>

#include "host/http/event_loop.h"

namespace tributary::host {

namespace {
std::string_view trim(std::string_view s) {
  auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

size_t on_body(char* data, size_t size, size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

// Called once per header line of every response on the transfer; a status line starts a new
// response (after a 100 Continue, say), so only the last response's headers are kept.
size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto& headers = *static_cast<sdk::Headers*>(user);
  std::string_view line(data, size * count);
  if (line.empty()) return 0;
  if (line.rfind("HTTP/", 0) == 0) {
    headers.clear();
  } else if ((line.front() == ' ' || line.front() == '\t') && !headers.empty()) {
    auto folded = trim(line);  // obsolete line folding continues the previous value
    if (!folded.empty()) headers.back().second.append(" ").append(folded);
  } else if (auto colon = line.find(':'); colon != std::string_view::npos) {
    headers.emplace_back(std::string(trim(line.substr(0, colon))),
                         std::string(trim(line.substr(colon + 1))));
  }
  return size * count;
}

bool is_unusable(CURLcode code) {
  return code == CURLE_UNSUPPORTED_PROTOCOL || code == CURLE_URL_MALFORMAT ||
         code == CURLE_NOT_BUILT_IN || code == CURLE_BAD_FUNCTION_ARGUMENT;
}

bool has_header(const sdk::Headers& headers, std::string_view name) {
  sdk::HttpResponse probe;
  probe.headers = headers;
  return !probe.header(name).empty();
}

curl_slist* build_headers(const sdk::HttpRequest& request) {
  curl_slist* list = nullptr;
  auto append = [&list](const std::string& line) {
    curl_slist* next = curl_slist_append(list, line.c_str());
    if (!next) {
      curl_slist_free_all(list);
      throw std::bad_alloc();
    }
    list = next;
  };
  for (const auto& [name, value] : request.headers) {
    // "Name;" is libcurl's spelling of a header sent with an empty value.
    append(value.empty() ? name + ";" : name + ": " + value);
  }
  // A body would otherwise make libcurl wait for "100 Continue", a round trip for nothing.
  if (!has_header(request.headers, "Expect")) append("Expect:");
  return list;
}

void set_method(CURL* h, const sdk::HttpRequest& request) {
  const std::string& m = request.method;
  const bool has_body = !request.body.empty() || m == "POST" || m == "PUT" || m == "PATCH";
  if (m == "HEAD") {
    curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
  } else if (has_body) {
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.c_str());
  } else {
    curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
  }
  if (m != "GET" && m != "HEAD" && m != "POST") {
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, m.c_str());
  } else if (m == "GET" && has_body) {
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "GET");
  }
}
}  // namespace

CurlEasy::CurlEasy() : handle_(curl_easy_init()), error_{} {
  if (!handle_)
    throw std::runtime_error("curl_easy_init failed: libcurl could not allocate a handle");
}

CurlEasy::~CurlEasy() { curl_easy_cleanup(handle_); }

void CurlEasy::set_options(const sdk::HttpRequest& request, const HttpPolicy& policy,
                           TransferResult& out, curl_slist* headers) {
  CURL* h = handle_;
  // Reset forgets the previous request's options but keeps the live connection and DNS cache.
  curl_easy_reset(h);
  error_[0] = '\0';
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_);
  curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(policy.timeout_ms));
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(policy.connect_timeout_ms));
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl can decode
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &out.response.body);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &out.response.headers);
  set_method(h, request);
}

TransferResult CurlEasy::perform(const sdk::HttpRequest& request, const HttpPolicy& policy) {
  TransferResult out;
  curl_slist* headers = build_headers(request);
  set_options(request, policy, out, headers);
  // On a unit's fiber the transfer joins its thread's multi handle and the fiber waits parked;
  // elsewhere it blocks this thread.
  EventLoop* loop = EventLoop::current();
  CURLcode code = loop ? loop->perform(handle_) : curl_easy_perform(handle_);
  // The handle keeps a pointer to the list: clear it before the list is freed.
  curl_easy_setopt(handle_, CURLOPT_HTTPHEADER, nullptr);
  curl_slist_free_all(headers);

  out.response.url = request.url;
  if (char* effective = nullptr;
      curl_easy_getinfo(handle_, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective) {
    out.response.url = effective;
  }
  if (code != CURLE_OK) {
    out.failure = is_unusable(code) ? TransferFailure::kUnusable : TransferFailure::kNetwork;
    out.error = error_[0] != '\0' ? std::string(error_) : curl_easy_strerror(code);
    return out;
  }
  long status = 0;
  curl_easy_getinfo(handle_, CURLINFO_RESPONSE_CODE, &status);
  out.response.status = status;
  return out;
}

}  // namespace tributary::host
