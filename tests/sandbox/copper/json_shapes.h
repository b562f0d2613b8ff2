#pragma once
// Records as Copper's developer API writes them: unix seconds everywhere except close_date, a
// locale string (this account's format is MM/DD/YYYY); deleted activities as bare stubs.

#include <boost/json/value.hpp>

#include "tests/sandbox/copper/model.h"

namespace tributary::sandbox::copper {

boost::json::value activity_json(const Activity& activity, bool deleted);
boost::json::value opportunity_json(const Opportunity& opportunity);
std::string close_date_text(date::local_days day);  // "06/30/2024"

}  // namespace tributary::sandbox::copper
