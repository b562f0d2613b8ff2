#pragma once
// Reads a store file directly with SQLite, independently of the host's store code.

#include <map>
#include <string>
#include <vector>

namespace tributary::testing {

using Row = std::map<std::string, std::string>;  // column -> text value ("" for NULL)

std::vector<Row> sqlite_query(const std::string& db_path, const std::string& sql);

}  // namespace tributary::testing
