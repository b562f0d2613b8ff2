#pragma once
// RFC 4180 CSV as spreadsheets and Fishbowl write it: comma-separated, fields optionally in
// double quotes, "" for a quote inside quotes, commas and line breaks allowed inside quotes,
// CRLF or LF, an optional UTF-8 byte order mark. A record that breaks the rules is returned with
// an error and the reader carries on at the next line, so one bad row never hides the rest.

#include <string>
#include <string_view>
#include <vector>

namespace tributary::fishbowl {

struct CsvRecord {
  int line = 0;  // 1-based line where the record starts
  std::vector<std::string> fields;
  std::string error;  // non-empty when the record is malformed; fields are then partial
};

// Every record of `text`; blank lines are skipped.
std::vector<CsvRecord> read_csv(std::string_view text);

}  // namespace tributary::fishbowl
