#pragma once
// One row of the `leads` table (DESIGN.md) as the leads sink and `tributary leads` see it.
// Timestamps the host sets are unix seconds here and ISO-8601 UTC text in the table;
// crm_last_activity_at is the CRM's own instant, kept as ISO text.

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace tributary::host {

inline constexpr const char* kOriginCrm = "crm";
inline constexpr const char* kOriginManual = "manual";

struct LeadRow {
  std::string id;
  std::string crm_source;  // empty for a lead entered by hand and never matched to a CRM record
  std::string crm_id;
  std::string name;
  std::string email;
  std::string phone_e164;  // empty when the CRM had no phone or one normalize_phone rejected
  std::string crm_owner;
  std::string crm_owner_email;
  std::string crm_status;
  std::string crm_stage;
  std::string crm_description;
  std::string crm_last_activity_at;
  std::string origin = kOriginCrm;
  // Columns a person set (manual_fields JSON array): CRM syncs never overwrite them.
  std::set<std::string> manual_fields;
  std::int64_t archived_at = 0;  // when the CRM reported the record archived; 0 while live
  std::string metadata = "{}";   // JSON object text: phone extension, rejected phone, CRM extras
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;

  bool linked() const { return !crm_id.empty(); }
};

struct LeadFilter {
  std::optional<std::string> source;  // crm_source; "manual" lists leads with origin manual
};

}  // namespace tributary::host
