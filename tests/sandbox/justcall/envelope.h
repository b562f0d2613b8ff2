#pragma once
// The v2.1 list envelope {status,count,total_count,current_page,per_page,next_page_link,
// prev_page_link,data}. Pages are 0-based; next_page_link is an absolute URL back to this
// sandbox and null on the last page.

#include <cstddef>
#include <cstdint>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "tests/sandbox/message.h"

namespace tributary::sandbox::justcall {

inline constexpr std::int64_t kMaxPerPage = 100;

struct Paging {
  std::int64_t page = 0;
  std::int64_t per_page = 0;

  std::size_t first() const { return static_cast<std::size_t>(page * per_page); }
};

// Throws BadRequest for per_page outside 1..100 or a negative page.
Paging read_paging(const QueryParams& query, std::int64_t default_per_page);

// `data` is the page's items; `total` counts all pages.
boost::json::object page_envelope(const Request& request, const Paging& paging, std::size_t total,
                                  boost::json::array data);

}  // namespace tributary::sandbox::justcall
