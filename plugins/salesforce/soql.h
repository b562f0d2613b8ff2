#pragma once
// The SOQL for one object and the keyset cursor that makes it incremental. Many records can
// share a SystemModstamp, so `>` alone skips and `>=` alone repeats; the cursor is the last
// (SystemModstamp, Id) read and the next query continues strictly after it:
//   (SystemModstamp = :last AND Id > :lastId) OR SystemModstamp > :last
//   ORDER BY SystemModstamp, Id

#include <optional>
#include <string>
#include <string_view>

namespace tributary::salesforce {

struct Cursor {
  std::string modstamp;  // SOQL datetime literal, UTC: "2024-06-03T17:04:11Z"
  std::string id;        // 18-character record id

  std::string to_state() const;  // "2024-06-03T17:04:11Z|003D000000QV9n2IAD"
  static std::optional<Cursor> from_state(std::string_view text);
};

// "contact_cursor", "lead_cursor": the state key of an object's cursor.
std::string cursor_key(std::string_view object);

// The SELECT for Contact or Lead with Owner.Name and Owner.Email; without a cursor, everything.
std::string soql(std::string_view object, const std::optional<Cursor>& after);

// Salesforce's "2024-06-03T17:04:11.000+0000" as a SOQL literal "2024-06-03T17:04:11Z"; ""
// when it is not a datetime. SystemModstamp carries whole seconds, so nothing is lost.
std::string soql_datetime(std::string_view api_datetime);

}  // namespace tributary::salesforce
