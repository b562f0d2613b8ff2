#include "host/leads/lead_fields.h"

#include <array>
#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace tributary::host {

namespace {

constexpr std::array kFields{
    LeadField{"name", &LeadRow::name},
    LeadField{"email", &LeadRow::email},
    LeadField{"phone_e164", &LeadRow::phone_e164},
    LeadField{"crm_owner", &LeadRow::crm_owner},
    LeadField{"crm_owner_email", &LeadRow::crm_owner_email},
    LeadField{"crm_status", &LeadRow::crm_status},
    LeadField{"crm_stage", &LeadRow::crm_stage},
    LeadField{"crm_description", &LeadRow::crm_description},
    LeadField{"crm_last_activity_at", &LeadRow::crm_last_activity_at},
};

}  // namespace

std::span<const LeadField> lead_fields() { return kFields; }

const LeadField* find_lead_field(std::string_view column) {
  for (const auto& f : kFields) {
    if (f.column == column) return &f;
  }
  return nullptr;
}

std::string lead_field_list() {
  std::string out;
  for (const auto& f : kFields) out += (out.empty() ? "" : ", ") + std::string(f.column);
  return out;
}

std::string manual_fields_json(const std::set<std::string>& fields) {
  boost::json::array out;
  for (const auto& f : fields) out.emplace_back(f);
  return boost::json::serialize(out);
}

std::set<std::string> parse_manual_fields(std::string_view json_text) {
  std::set<std::string> out;
  boost::system::error_code ec;
  auto parsed = boost::json::parse(json_text, ec);
  if (ec || !parsed.is_array()) return out;
  for (const auto& v : parsed.as_array()) {
    if (v.is_string() && find_lead_field(v.as_string())) out.emplace(v.as_string());
  }
  return out;
}

std::set<std::string> filled_fields(const LeadRow& row) {
  std::set<std::string> out;
  for (const auto& f : kFields) {
    if (!(row.*f.member).empty()) out.emplace(f.column);
  }
  return out;
}

}  // namespace tributary::host
