#pragma once
// Walks a JustCall v2.1 list endpoint from page 0. Each page's envelope decides whether another
// follows: a null or empty next_page_link, or a page shorter than its per_page, ends the list.

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>
#include <functional>
#include <string>
#include <string_view>

#include "plugins/justcall/config.h"
#include "plugins/justcall/query.h"
#include "tributary/sdk/services.h"

namespace tributary::justcall {

// A list longer than this is refused rather than cut short silently (100,000 rows at 100/page).
inline constexpr int kMaxPages = 1000;

struct PageVerdict {
  const boost::json::array* data = nullptr;  // points into the inspected envelope
  bool more = false;
  Query link_params;  // the next_page_link's parameters, when `more`
};

// Checks the envelope ({"status":"success",...,"data":[...]}) and reads what comes next.
sdk::Result<PageVerdict> inspect_page(const boost::json::value& envelope, int requested_per_page,
                                      std::string_view what);

struct PagedRequest {
  std::string path;  // e.g. "/v2.1/calls"
  Query query;       // filters and per_page; `page` is set by the walk
  int per_page = kMaxPerPage;
  std::string what;  // e.g. "JustCall GET /v2.1/calls", for messages
};

// Called once per page with its index (0-based), the body as received and its data array.
using PageHandler =
    std::function<sdk::Status(int index, const std::string& body, const boost::json::array& data)>;

// The next request is always sent to the configured base_url: our query with `page` advanced and
// the next_page_link's parameters laid over it. The link's host is never contacted, so the
// credentials only go where the config says.
sdk::Status for_each_page(sdk::HostServices& host, const JustCallConfig& config,
                          const PagedRequest& request, const PageHandler& on_page);

}  // namespace tributary::justcall
