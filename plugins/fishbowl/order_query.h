#pragma once
// The one SQL statement this connector sends to GET /api/data-query. It is built from constants
// and from values this file checks itself: the date column comes from an enum, status ids are
// integers from the countable set, the dates are "YYYY-MM-DD HH:MM:SS" that we formatted, and
// LIMIT/OFFSET are integers. No text from configuration is ever pasted in, so there is nothing
// to escape and nothing to smuggle.

#include <cstdint>
#include <string>
#include <vector>

#include "plugins/fishbowl/config.h"
#include "tributary/sdk/context.h"
#include "tributary/sdk/status.h"

namespace tributary::fishbowl {

struct OrderQuery {
  DateField date_field = DateField::kIssued;
  std::vector<int> statuses;
  std::string from;  // server-local "YYYY-MM-DD HH:MM:SS", inclusive
  std::string to;    // server-local, exclusive
  int limit = 500;
  std::int64_t offset = 0;
};

// kConfig when a value is not one this builder allows (a status outside the countable set, a date
// that is not exactly "YYYY-MM-DD HH:MM:SS", a limit outside 1..5000, a negative offset).
sdk::Result<std::string> build_order_sql(const OrderQuery& query);

// The server-local range to ask for: the window's first and last organisation-local days seen
// on the server's clock, widened by a day on each side (normalize keeps exactly the window).
struct QueryRange {
  std::string from;
  std::string to;
};
sdk::Result<QueryRange> query_range(const sdk::Window& window, std::string_view server_zone);

}  // namespace tributary::fishbowl
