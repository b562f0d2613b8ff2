#pragma once

#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "tests/sandbox/testing/http_client.h"

namespace tributary::sandbox::testing {

struct PagedItems {
  std::vector<boost::json::object> items;
  int pages = 0;
  std::int64_t total_count = -1;  // as the first page reported it
};

// Follows next_page_link from `url` until it is null, as a v2.1 client does. Fails the current
// test (and stops) on a non-200 page or after 10,000 pages.
PagedItems follow_pages(HttpClient& client, const std::string& url,
                        const std::vector<std::string>& headers = kJustCallAuth);

}  // namespace tributary::sandbox::testing
