#pragma once
// Runs a parsed SELECT against the generated tables and answers what Fishbowl's data-query
// answers: a JSON array of row objects keyed by column alias (or name). Datetimes come out as
// the server's local time with an hour-only offset when it is whole hours
// ("2024-06-03T10:15:00.000-04"), money as JSON numbers, NULL as null.

#include <boost/json/array.hpp>

#include "tests/sandbox/fishbowl/sql_query.h"
#include "tests/sandbox/fishbowl/tables.h"

namespace tributary::sandbox::fishbowl {

// SqlError for an unknown table or column (MySQL's wording), an ambiguous column, or a literal
// that does not fit the column's type.
boost::json::array run_query(const SelectQuery& query, const Database& db);

}  // namespace tributary::sandbox::fishbowl
