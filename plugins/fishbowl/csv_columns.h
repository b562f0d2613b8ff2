#pragma once
// Finding columns in export headers people (and Fishbowl) wrote by hand: names are compared
// without case, spaces or punctuation ("Date Issued" = "dateIssued" = "DATE_ISSUED"), custom
// field columns lose their "CF-" prefix, and the misspellings seen in real so-table exports
// (satusId, currenyRate, sateCalEnd, priotryId, patmentTermsId, carriedID) read as meant.

#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tributary::fishbowl {

// The comparable form of a header: "satusId" -> "statusid", "CF-Account Type" -> "accounttype".
std::string column_key(std::string_view header);

class ColumnIndex {
 public:
  explicit ColumnIndex(const std::vector<std::string>& header);

  // The first of `keys` (column_key forms) the header has.
  std::optional<std::size_t> find(std::initializer_list<std::string_view> keys) const;
  std::size_t width() const { return width_; }

 private:
  std::map<std::string, std::size_t, std::less<>> positions_;  // first occurrence wins
  std::size_t width_ = 0;
};

// The field at `column`, trimmed; empty when the column or the field is missing.
std::string_view field_at(const std::vector<std::string>& fields,
                          std::optional<std::size_t> column);

}  // namespace tributary::fishbowl
