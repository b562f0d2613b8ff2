#include "tests/sandbox/hubspot/contact_json.h"

#include <date/date.h>

#include <chrono>
#include <cstdio>
#include <optional>

#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::hubspot {
namespace {

using Value = std::optional<std::string>;  // nullopt: the fake does not know the property

std::string or_empty_ms(std::int64_t ms) { return ms == 0 ? std::string() : iso_ms(ms); }

Value property(const Contact& c, std::string_view name) {
  if (name == "email") return c.person.email;
  if (name == "firstname") return c.person.first;
  if (name == "lastname") return c.person.last;
  if (name == "phone") return c.person.phone.raw;
  if (name == "mobilephone") return c.person.mobile.raw;
  if (name == "lifecyclestage") return c.lifecycle_stage;
  if (name == "hs_lead_status") return c.lead_status;
  if (name == "hubspot_owner_id")
    return c.owner_id == 0 ? std::string() : std::to_string(c.owner_id);
  if (name == "message") return c.message;
  if (name == "notes_last_updated") return or_empty_ms(c.last_activity_ms);
  if (name == "lastmodifieddate") return iso_ms(c.modified_ms);
  if (name == "createdate") return iso_ms(c.created_ms);
  if (name == "hs_object_id") return std::to_string(c.id);
  return std::nullopt;
}

const Owner* owner_of(const Contact& c, const std::vector<Owner>& owners) {
  for (const auto& o : owners) {
    if (o.id == c.owner_id) return &o;
  }
  return nullptr;
}

}  // namespace

std::string iso_ms(std::int64_t epoch_ms) {
  auto tp = date::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(epoch_ms));
  return date::format("%FT%TZ", tp);  // %T carries the milliseconds of a ms time point
}

boost::json::object contact_json(const Contact& c, const std::vector<std::string>& properties) {
  boost::json::object props;
  for (const auto& name : properties) {
    auto value = property(c, name);
    if (!value) continue;
    if (value->empty())
      props[name] = nullptr;
    else
      props[name] = *value;
  }
  boost::json::object out{{"id", std::to_string(c.id)},
                          {"properties", std::move(props)},
                          {"createdAt", iso_ms(c.created_ms)},
                          {"updatedAt", iso_ms(c.modified_ms)},
                          {"archived", c.archived()}};
  if (c.archived()) out["archivedAt"] = iso_ms(c.archived_ms);
  return out;
}

boost::json::object owner_json(const Owner& o) {
  return {{"id", std::to_string(o.id)},
          {"email", o.email},
          {"type", "PERSON"},
          {"firstName", o.first},
          {"lastName", o.last},
          {"userId", o.id + 9000000},
          {"userIdIncludingInactive", o.id + 9000000},
          {"createdAt", "2023-01-01T00:00:00Z"},
          {"updatedAt", "2024-01-01T00:00:00Z"},
          {"archived", false}};
}

boost::json::object error_body(std::string_view message, std::string_view category) {
  char id[40];
  auto h = hash_of(message);
  std::snprintf(id, sizeof id, "%08x-%04x-4%03x-8%03x-%012llx", static_cast<unsigned>(h >> 32),
                static_cast<unsigned>(h >> 16) & 0xffffu, static_cast<unsigned>(h >> 4) & 0xfffu,
                static_cast<unsigned>(h) & 0xfffu,
                static_cast<unsigned long long>(mix64(h)) & 0xffffffffffffULL);
  return {{"status", "error"}, {"message", message}, {"correlationId", id}, {"category", category}};
}

boost::json::object expected_contacts(const std::vector<Contact>& contacts,
                                      const std::vector<Owner>& owners) {
  boost::json::array list;
  std::int64_t archived = 0;
  for (const auto& c : contacts) {
    const auto* owner = owner_of(c, owners);
    const auto& phone = c.person.phone.raw.empty() ? c.person.mobile : c.person.phone;
    archived += c.archived() ? 1 : 0;
    list.push_back({{"id", std::to_string(c.id)},
                    {"name", c.person.first + " " + c.person.last},
                    {"email", c.person.email},
                    {"phone", phone.raw},
                    {"phone_e164", phone.e164},
                    {"owner_name", owner ? owner->first + " " + owner->last : ""},
                    {"owner_email", owner ? owner->email : ""},
                    {"lifecyclestage", c.lifecycle_stage},
                    {"hs_lead_status", c.lead_status},
                    {"lastmodifieddate", iso_ms(c.modified_ms)},
                    {"archived", c.archived()}});
  }
  auto total = static_cast<std::int64_t>(contacts.size());
  return {{"contacts", std::move(list)},
          {"total", total},
          {"live", total - archived},
          {"archived", archived}};
}

}  // namespace tributary::sandbox::hubspot
