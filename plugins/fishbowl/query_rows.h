#pragma once
// data-query answers to orders. Fishbowl returns a bare JSON array of row objects keyed by the
// column aliases of our SELECT (order_query.h); some servers and client libraries lower-case
// the keys, so keys are matched without case. Dates come as local server time, often with an
// hour-only offset ("2024-06-03T10:15:00.000-04"), or without one (then `zone` applies).

#include <string_view>

#include "plugins/fishbowl/order.h"
#include "tributary/sdk/status.h"

namespace tributary::fishbowl {

// A body that is not a JSON array of objects is a kData Status naming `label`; a row that cannot
// be read is a BadRow ("<label> row N (SO 50123)").
sdk::Result<OrderBatch> read_query_page(std::string_view body, std::string_view label,
                                        std::string_view zone);

}  // namespace tributary::fishbowl
