#pragma once
// Reads a store file through its own connection, bypassing the Store API, so tests can compare
// exact bytes (timestamps included) before and after an operation.

#include <string>
#include <vector>

namespace tributary::testing {

// Every row of `table` ordered by all its columns, one line per row, columns joined by '|'.
std::vector<std::string> dump_table(const std::string& db_path, const std::string& table);

// Every row of any query, formatted like dump_table.
std::vector<std::string> dump_rows(const std::string& db_path, const std::string& sql);

// Every user table, each line prefixed with its table name.
std::vector<std::string> dump_all(const std::string& db_path);

// The first column of the first row of `sql`, as text ("" when there is no row).
std::string query_text(const std::string& db_path, const std::string& sql);

}  // namespace tributary::testing
