#pragma once
// A small libcurl client for the sandbox tests. One HttpClient keeps one connection alive
// across calls, so tests can also check keep-alive.

#include <map>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

namespace tributary::sandbox::testing {

struct HttpResult {
  long status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string error;   // libcurl's message when the transfer failed
  long new_connections = 0;
  double seconds = 0;

  std::string header(const std::string& lower_name) const;
  boost::json::value json() const;  // throws when the body is not JSON
};

class HttpClient {
 public:
  HttpClient();
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  HttpResult request(const std::string& method, const std::string& url,
                     const std::vector<std::string>& headers = {}, const std::string& body = "");
  HttpResult get(const std::string& url, const std::vector<std::string>& headers = {}) {
    return request("GET", url, headers);
  }
  HttpResult post(const std::string& url, const std::string& body = "") {
    return request("POST", url, {"Content-Type: application/json"}, body);
  }

 private:
  void* curl_;
};

// The documented v2.1 header for the default demo credentials.
inline const std::vector<std::string> kJustCallAuth = {"Authorization: demo-key:demo-secret"};

}  // namespace tributary::sandbox::testing
