#include "host/leads/incoming_lead.h"

#include <boost/json/serialize.hpp>
#include <cctype>

#include "host/phone/e164.h"

namespace tributary::host {

namespace {

std::string trimmed(std::string_view text) {
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

std::string lower_email(std::string_view email) {
  std::string out = trimmed(email);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

IncomingLead incoming_lead(const sdk::LeadRecord& record, std::string_view source,
                           std::string_view default_country) {
  IncomingLead in;
  auto& v = in.values;
  v.crm_source = std::string(source);
  v.crm_id = record.crm_id;
  v.name = trimmed(record.name);
  v.email = trimmed(record.email);
  v.crm_owner = trimmed(record.owner_name);
  v.crm_owner_email = trimmed(record.owner_email);
  v.crm_status = record.status;
  v.crm_stage = record.stage;
  v.crm_description = record.description;
  v.crm_last_activity_at = record.last_activity_at;
  in.email_key = lower_email(record.email);
  in.modified_at = record.modified_at;
  in.archived = record.archived;

  // Connector extras first, then what the sink itself learnt, under names a connector should
  // not use.
  boost::json::object metadata = record.metadata;
  if (!record.modified_at.empty()) metadata["crm_modified_at"] = record.modified_at;
  if (!trimmed(record.phone).empty()) {
    auto phone = normalize_phone(record.phone, default_country);
    if (phone.ok) {
      v.phone_e164 = phone.e164;
      if (!phone.extension.empty()) metadata["phone_extension"] = phone.extension;
    } else {
      in.phone_reason = phone.reason;
      metadata["phone_raw"] = record.phone;
      metadata["phone_rejected"] = phone.reason;
    }
  }
  v.metadata = boost::json::serialize(metadata);
  return in;
}

}  // namespace tributary::host
