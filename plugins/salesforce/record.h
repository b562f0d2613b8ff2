#pragma once
// One Contact or Lead record of a query answer as a LeadRecord, and its position in the
// SystemModstamp, Id order (the cursor once it is the last one read).

#include <boost/json/value.hpp>
#include <optional>
#include <string_view>

#include "plugins/salesforce/soql.h"
#include "tributary/sdk/records.h"

namespace tributary::salesforce {

struct RecordLead {
  sdk::LeadRecord record;
  std::optional<Cursor> position;  // nullopt when SystemModstamp is missing or unreadable
};

// nullopt when the record has no Id. Contact: stage "contact", no status. Lead: stage "lead",
// status its Status; a converted Lead (IsConverted) is reported archived, since the person now
// lives on as a Contact. Phone falls back to MobilePhone; the object, owner id, company and a
// distinct mobile number go to metadata.
std::optional<RecordLead> record_to_lead(const boost::json::value& record, std::string_view object);

}  // namespace tributary::salesforce
