#pragma once
// The fake org's starting data, hashed from the dataset seed: a User per rep (repN@example.com)
// plus an inbound queue that owns some Leads, then Contacts and Leads modified inside the
// dataset's days. SystemModstamps fall on ten-minute marks, so many records share one and only
// the Id tie-break keeps an incremental read exact. About one Lead in ten is converted.

#include <cstdint>
#include <string>
#include <vector>

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/salesforce/record.h"

namespace tributary::sandbox::salesforce {

std::vector<User> make_users(const DatasetOptions& dataset);

// "003" + 12 digits + "AAA": 18 characters whose text order is creation order.
std::string record_id(std::string_view prefix, std::int64_t n);

std::vector<Record> make_records(const DatasetOptions& dataset, std::string_view object,
                                 std::int64_t count, std::size_t users);

// What an admin "touch" does: a new Description, and a new Status for a Lead.
void change_fields(Record& record);

}  // namespace tributary::sandbox::salesforce
