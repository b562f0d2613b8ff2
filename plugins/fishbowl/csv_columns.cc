#include "plugins/fishbowl/csv_columns.h"

#include <cctype>

#include "plugins/fishbowl/value_parse.h"

namespace tributary::fishbowl {

namespace {

// Misspelled headers of a real ~20k-row so-table export (provider-apis.md 3.2), and the
// renamed SO number column of that export.
const std::map<std::string, std::string, std::less<>>& known_misspellings() {
  static const std::map<std::string, std::string, std::less<>> kFixes = {
      {"satusid", "statusid"},
      {"currenyrate", "currencyrate"},
      {"satecalend", "datecalend"},
      {"priotryid", "priorityid"},
      {"patmenttermsid", "paymenttermsid"},
      {"carriedid", "carrierid"},
      {"salesorder", "num"},
  };
  return kFixes;
}

}  // namespace

std::string column_key(std::string_view header) {
  std::string key;
  for (char c : header) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  // Fishbowl writes custom fields as "CF-<name>".
  std::string_view trimmed = trim(header);
  if (trimmed.size() > 3 && (trimmed[0] == 'C' || trimmed[0] == 'c') &&
      (trimmed[1] == 'F' || trimmed[1] == 'f') && trimmed[2] == '-')
    key.erase(0, 2);
  const auto& fixes = known_misspellings();
  if (auto it = fixes.find(key); it != fixes.end()) return it->second;
  return key;
}

ColumnIndex::ColumnIndex(const std::vector<std::string>& header) : width_(header.size()) {
  for (std::size_t i = 0; i < header.size(); ++i) positions_.emplace(column_key(header[i]), i);
}

std::optional<std::size_t> ColumnIndex::find(std::initializer_list<std::string_view> keys) const {
  for (auto k : keys) {
    if (auto it = positions_.find(k); it != positions_.end()) return it->second;
  }
  return std::nullopt;
}

std::string_view field_at(const std::vector<std::string>& fields,
                          std::optional<std::size_t> column) {
  if (!column || *column >= fields.size()) return {};
  return trim(fields[*column]);
}

}  // namespace tributary::fishbowl
