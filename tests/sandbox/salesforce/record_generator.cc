#include "tests/sandbox/salesforce/record_generator.h"

#include <array>
#include <chrono>
#include <cstdio>

#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::salesforce {
namespace {

constexpr std::array<std::string_view, 4> kLeadStatuses = {
    "Open - Not Contacted", "Working - Contacted", "Closed - Not Converted", "Nurturing"};
constexpr std::array<std::string_view, 4> kCompanies = {"Ray Farms", "Lee & Co", "Stone Works",
                                                        "Vega Foods"};
constexpr std::int64_t kStampStep = 600;  // ten minutes: ties on purpose

std::int64_t epoch_s(date::sys_days day) {
  return std::chrono::duration_cast<std::chrono::seconds>(day.time_since_epoch()).count();
}

}  // namespace

std::string record_id(std::string_view prefix, std::int64_t n) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "%012lld", static_cast<long long>(n));
  return std::string(prefix) + digits + "AAA";
}

std::vector<User> make_users(const DatasetOptions& dataset) {
  std::vector<User> users;
  for (int i = 1; i <= dataset.users; ++i)
    users.push_back({record_id("005", i), "Rep " + std::to_string(i),
                     "rep" + std::to_string(i) + "@example.com"});
  users.push_back({record_id("00G", 1), "Inbound queue", "", true});
  return users;
}

void change_fields(Record& record) {
  ++record.revision;
  record.description = "Follow-up #" + std::to_string(record.revision);
  if (record.object == "Lead")
    record.status = std::string(
        kLeadStatuses[static_cast<std::size_t>(record.revision) % kLeadStatuses.size()]);
}

std::vector<Record> make_records(const DatasetOptions& dataset, std::string_view object,
                                 std::int64_t count, std::size_t users) {
  std::vector<Record> out;
  out.reserve(static_cast<std::size_t>(count));
  bool lead = object == "Lead";
  auto first_s = epoch_s(dataset.anchor - date::days{dataset.days});
  auto steps = (dataset.days + 1) * 86400 / kStampStep;
  for (std::int64_t n = 1; n <= count; ++n) {
    Record r;
    r.object = std::string(object);
    r.id = record_id(lead ? "00Q" : "003", n);
    r.person = crm::make_person(dataset.seed, lead ? "salesforce-lead" : "salesforce-contact", n);
    auto h = hash_of({dataset.seed, hash_of(r.id)});
    r.modstamp_s = first_s + uniform_int(h, 0, steps - 1) * kStampStep;
    // Leads may sit with the queue; Contacts always have a person as owner.
    auto people = users - 1;
    r.owner = lead && (h >> 12) % 5 == 0 ? people : static_cast<std::size_t>((h >> 16) % people);
    if ((h >> 24) % 3 == 0) r.description = "Met at the trade show";
    if ((h >> 28) % 2 == 0) {
      auto day = date::sys_days{date::days{r.modstamp_s / 86400}};
      r.last_activity_date = date::format("%F", day);
    }
    if (lead) {
      r.status = std::string(kLeadStatuses[(h >> 32) % kLeadStatuses.size()]);
      r.company = std::string(kCompanies[(h >> 36) % kCompanies.size()]);
      r.converted = (h >> 40) % 10 == 0;
      if (r.converted) r.status = "Closed - Converted";
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace tributary::sandbox::salesforce
