#pragma once
// Requests to the Copper developer API through the host's HTTP client: the four headers on
// every request, JSON bodies for searches, page-number paging (from 1, 200 a page, until a short
// page) and Copper's failures mapped to the SDK's kinds, a 401 naming the headers to check.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "plugins/copper/config.h"
#include "tributary/sdk/context.h"
#include "tributary/sdk/http.h"

namespace tributary::copper {

inline constexpr int kPageSize = 200;
// Copper scans at most the first 100,000 matches of a search, however it is paged.
inline constexpr int kMaxPages = 100000 / kPageSize;

class CopperApi {
 public:
  CopperApi(const CopperConfig& config, sdk::HttpClient& http) : config_(config), http_(http) {}

  // The body of a 2xx answer, or the failure.
  sdk::Result<std::string> get(std::string_view path);

  // Every page of POST `path` with `body` plus page_number/page_size, each kept as a RawPage of
  // `stream` (meta: the search name and page number). `on_page` sees each parsed page.
  using PageSink = std::function<sdk::Status(const boost::json::array&)>;
  sdk::Status search(std::string_view path, const boost::json::object& body,
                     std::string_view stream, std::string_view name,
                     std::vector<sdk::RawPage>& pages, const PageSink& on_page = {});

 private:
  sdk::HttpRequest request(std::string_view method, std::string_view path) const;
  sdk::Result<std::string> send(const sdk::HttpRequest& request, const std::string& what);

  const CopperConfig& config_;
  sdk::HttpClient& http_;
};

}  // namespace tributary::copper
