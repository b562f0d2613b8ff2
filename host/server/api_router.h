#pragma once
// Maps one HTTP request to its response. No sockets here: the session reads and writes, this
// decides. Every endpoint and its errors are listed in docs/serve.md.

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/url/params_view.hpp>
#include <string>

#include "host/server/api_backend.h"

namespace tributary::host {

using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;
using HttpResponse = boost::beast::http::response<boost::beast::http::string_body>;

class ApiRouter {
 public:
  // `trigger_secret` empty: the trigger endpoint refuses everyone (401), naming `secret_env`.
  ApiRouter(ApiBackend& backend, std::string trigger_secret, std::string secret_env);

  HttpResponse handle(const HttpRequest& request) const;

 private:
  HttpResponse runs(const HttpRequest& request, boost::urls::params_view params) const;
  HttpResponse run(const HttpRequest& request, std::string_view id) const;
  HttpResponse trigger(const HttpRequest& request, const std::string& pipeline) const;

  ApiBackend& backend_;
  std::string secret_;
  std::string secret_env_;
};

// A JSON response with `status` and the usual headers; `version` and keep-alive from the request.
HttpResponse json_response(unsigned status, const boost::json::object& body, unsigned version = 11);
// {"error": message}
HttpResponse error_response(unsigned status, const std::string& message, unsigned version = 11);

}  // namespace tributary::host
