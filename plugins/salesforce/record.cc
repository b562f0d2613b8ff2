#include "plugins/salesforce/record.h"

#include "tributary/sdk/json.h"
#include "tributary/sdk/time.h"

namespace tributary::salesforce {

namespace {

std::string text(const boost::json::value& record, std::string_view path) {
  return sdk::get_string(record, path).value_or("");
}

std::string person_name(const boost::json::value& record) {
  auto first = text(record, "FirstName");
  auto last = text(record, "LastName");
  if (first.empty() && last.empty()) return text(record, "Name");
  if (first.empty()) return last;
  if (last.empty()) return first;
  return first + " " + last;
}

}  // namespace

std::optional<RecordLead> record_to_lead(const boost::json::value& record,
                                         std::string_view object) {
  auto id = text(record, "Id");
  if (id.empty()) return std::nullopt;
  RecordLead out;
  auto& r = out.record;
  bool lead = object == "Lead";
  r.crm_id = id;
  r.name = person_name(record);
  r.email = text(record, "Email");
  auto phone = text(record, "Phone");
  auto mobile = text(record, "MobilePhone");
  r.phone = phone.empty() ? mobile : phone;
  r.owner_name = text(record, "Owner.Name");
  r.owner_email = text(record, "Owner.Email");
  r.status = lead ? text(record, "Status") : std::string();
  r.stage = lead ? "lead" : "contact";
  r.description = text(record, "Description");
  if (auto day = text(record, "LastActivityDate"); sdk::is_valid_date(day))
    r.last_activity_at = day + "T00:00:00Z";
  auto modstamp = soql_datetime(text(record, "SystemModstamp"));
  r.modified_at = modstamp;
  if (!modstamp.empty()) out.position = Cursor{modstamp, id};
  r.archived = lead && sdk::get_bool(record, "IsConverted").value_or(false);

  r.metadata["object"] = std::string(object);
  if (auto owner = text(record, "OwnerId"); !owner.empty()) r.metadata["owner_id"] = owner;
  if (auto company = text(record, "Company"); !company.empty()) r.metadata["company"] = company;
  if (!mobile.empty() && mobile != r.phone) r.metadata["mobile_phone"] = mobile;
  if (r.archived) r.metadata["converted"] = true;
  return out;
}

}  // namespace tributary::salesforce
