#pragma once
// Salesforce's shapes: a record with "attributes" and only the fields the query selected
// (relationship fields nested: "Owner":{"attributes":…,"Name":…,"Email":…}), datetimes as
// "2024-06-03T17:04:11.000+0000", the error array and the expected record set.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tests/sandbox/salesforce/record.h"

namespace tributary::sandbox::salesforce {

inline constexpr const char* kApiPath = "/services/data/v61.0";

std::string api_datetime(std::int64_t epoch_s);

boost::json::object record_json(const Record& record, const std::vector<std::string>& fields,
                                const std::vector<User>& users);

// [{"message":…,"errorCode":…}]
boost::json::array error_array(std::string_view code, std::string_view message);

// GET /_sandbox/expected/salesforce: every record with what a correct sync stores for it.
boost::json::object expected_records(const std::vector<Record>& records,
                                     const std::vector<User>& users);

}  // namespace tributary::sandbox::salesforce
