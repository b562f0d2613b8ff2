#pragma once
// Copper's POST .../search endpoints: a JSON body of filters plus page_number (from 1) and
// page_size (default 20, at most 200), answered with a bare array of that page; the number of
// matches goes in the X-PW-TOTAL header. Unknown body keys are ignored, as Copper does for the
// ones it does not document (user_ids, full_result).

#include <cstddef>
#include <stdexcept>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "tests/sandbox/copper/copper_data.h"

namespace tributary::sandbox::copper {

// A body Copper would refuse with 422 (a filter of the wrong type, page_size above 200).
class Unprocessable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SearchPage {
  boost::json::array records;
  std::size_t total = 0;
};

SearchPage search_activities(const CopperData& data, const boost::json::object& body);
SearchPage search_opportunities(const CopperData& data, const boost::json::object& body);
SearchPage search_users(const CopperData& data, const boost::json::object& body);

}  // namespace tributary::sandbox::copper
