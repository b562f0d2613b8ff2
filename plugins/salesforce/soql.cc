#include "plugins/salesforce/soql.h"

#include <cctype>

#include "tributary/sdk/time.h"

namespace tributary::salesforce {

namespace {

constexpr const char* kCommonFields =
    "Id, FirstName, LastName, Name, Email, Phone, MobilePhone, Description, LastActivityDate, "
    "OwnerId, Owner.Name, Owner.Email, SystemModstamp";

bool is_id(std::string_view id) {
  if (id.size() != 15 && id.size() != 18) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

std::string Cursor::to_state() const { return modstamp + "|" + id; }

std::optional<Cursor> Cursor::from_state(std::string_view text) {
  auto bar = text.find('|');
  if (bar == std::string_view::npos) return std::nullopt;
  Cursor c{std::string(text.substr(0, bar)), std::string(text.substr(bar + 1))};
  // Both parts go into SOQL: only a well-formed datetime and id may, never arbitrary text.
  if (soql_datetime(c.modstamp) != c.modstamp || !is_id(c.id)) return std::nullopt;
  return c;
}

std::string cursor_key(std::string_view object) {
  std::string key;
  for (char c : object) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key + "_cursor";
}

std::string soql(std::string_view object, const std::optional<Cursor>& after) {
  std::string q = "SELECT " + std::string(kCommonFields);
  if (object == "Lead") q += ", Status, Company, IsConverted";
  q += " FROM " + std::string(object);
  if (after)
    q += " WHERE (SystemModstamp = " + after->modstamp + " AND Id > '" + after->id +
         "') OR SystemModstamp > " + after->modstamp;
  return q + " ORDER BY SystemModstamp, Id";
}

std::string soql_datetime(std::string_view api_datetime) {
  auto seconds = sdk::parse_iso8601(api_datetime);
  if (!seconds) return {};
  return sdk::format_iso8601_utc(*seconds);
}

}  // namespace tributary::salesforce
