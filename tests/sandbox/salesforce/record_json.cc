#include "tests/sandbox/salesforce/record_json.h"

#include <date/date.h>

#include <chrono>

namespace tributary::sandbox::salesforce {
namespace {

namespace json = boost::json;

json::value text_or_null(const std::string& text) {
  if (text.empty()) return nullptr;
  return json::value(text);
}

json::value field_value(const Record& r, std::string_view field, const User& owner) {
  const auto& p = r.person;
  if (field == "Id") return json::value(r.id);
  if (field == "FirstName") return text_or_null(p.first);
  if (field == "LastName") return text_or_null(p.last);
  if (field == "Name") return json::value(p.first + " " + p.last);
  if (field == "Email") return text_or_null(p.email);
  if (field == "Phone") return text_or_null(p.phone.raw);
  if (field == "MobilePhone") return text_or_null(p.mobile.raw);
  if (field == "Description") return text_or_null(r.description);
  if (field == "LastActivityDate") return text_or_null(r.last_activity_date);
  if (field == "OwnerId") return json::value(owner.id);
  if (field == "SystemModstamp" || field == "LastModifiedDate" || field == "CreatedDate")
    return json::value(api_datetime(r.modstamp_s));
  if (field == "IsDeleted") return json::value(false);
  if (field == "Status") return text_or_null(r.status);
  if (field == "Company") return text_or_null(r.company);
  if (field == "IsConverted") return json::value(r.converted);
  return nullptr;
}

json::object owner_json(const User& owner, const std::vector<std::string>& fields) {
  std::string type = owner.queue ? "Name" : "User";
  json::object o{{"attributes",
                  {{"type", type},
                   {"url", std::string(kApiPath) + "/sobjects/" +
                               (owner.queue ? "Group/" : "User/") + owner.id}}}};
  for (const auto& f : fields) {
    if (f == "Owner.Name") o["Name"] = owner.name;
    if (f == "Owner.Email") o["Email"] = text_or_null(owner.email);
  }
  return o;
}

}  // namespace

std::string api_datetime(std::int64_t epoch_s) {
  auto tp = date::sys_seconds(std::chrono::seconds(epoch_s));
  return date::format("%FT%T.000+0000", tp);
}

json::object record_json(const Record& r, const std::vector<std::string>& fields,
                         const std::vector<User>& users) {
  const auto& owner = users.at(r.owner);
  json::object out{{"attributes",
                    {{"type", r.object},
                     {"url", std::string(kApiPath) + "/sobjects/" + r.object + "/" + r.id}}}};
  bool owner_fields = false;
  for (const auto& f : fields) {
    if (f.starts_with("Owner.")) {
      owner_fields = true;
      continue;
    }
    out[f] = field_value(r, f, owner);
  }
  if (owner_fields) out["Owner"] = owner_json(owner, fields);
  return out;
}

json::array error_array(std::string_view code, std::string_view message) {
  return {json::object{{"message", message}, {"errorCode", code}}};
}

json::object expected_records(const std::vector<Record>& records, const std::vector<User>& users) {
  json::array list;
  std::int64_t contacts = 0;
  std::int64_t converted = 0;
  for (const auto& r : records) {
    const auto& owner = users.at(r.owner);
    const auto& phone = r.person.phone.raw.empty() ? r.person.mobile : r.person.phone;
    contacts += r.object == "Contact" ? 1 : 0;
    converted += r.converted ? 1 : 0;
    list.push_back({{"id", r.id},
                    {"object", r.object},
                    {"name", r.person.first + " " + r.person.last},
                    {"email", r.person.email},
                    {"phone", phone.raw},
                    {"phone_e164", phone.e164},
                    {"owner_name", owner.name},
                    {"owner_email", owner.email},
                    {"status", r.status},
                    {"description", r.description},
                    {"system_modstamp", api_datetime(r.modstamp_s)},
                    {"converted", r.converted}});
  }
  auto total = static_cast<std::int64_t>(records.size());
  return {{"records", std::move(list)},
          {"contacts", contacts},
          {"leads", total - contacts},
          {"converted", converted}};
}

}  // namespace tributary::sandbox::salesforce
