#include "tests/sandbox/hubspot/contact_generator.h"

#include <array>
#include <chrono>
#include <string_view>

#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::hubspot {
namespace {

constexpr std::array<std::string_view, 6> kStages = {
    "subscriber",         "lead",        "marketingqualifiedlead",
    "salesqualifiedlead", "opportunity", "customer"};
constexpr std::array<std::string_view, 8> kStatuses = {
    "",          "NEW",        "OPEN",       "IN_PROGRESS", "ATTEMPTED_TO_CONTACT",
    "CONNECTED", "BAD_TIMING", "UNQUALIFIED"};
constexpr std::array<std::string_view, 10> kNumberWords = {"One", "Two",   "Three", "Four", "Five",
                                                           "Six", "Seven", "Eight", "Nine", "Ten"};
constexpr std::array<std::string_view, 4> kMessages = {
    "", "Asked for a quote", "Met at the trade show", "Wants a demo next week"};
constexpr std::int64_t kDayMs = 86400000;

std::int64_t epoch_ms(date::sys_days day) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(day.time_since_epoch()).count();
}

}  // namespace

std::vector<Owner> make_owners(const DatasetOptions& dataset) {
  std::vector<Owner> owners;
  for (int i = 1; i <= dataset.users; ++i) {
    auto index = static_cast<std::size_t>(i - 1);
    owners.push_back(
        {kFirstOwnerId + i - 1, "Rep",
         index < kNumberWords.size() ? std::string(kNumberWords[index]) : std::to_string(i),
         "rep" + std::to_string(i) + "@example.com"});
  }
  return owners;
}

void change_fields(Contact& contact, std::uint64_t seed) {
  ++contact.revision;
  auto h = hash_of(
      {seed, static_cast<std::uint64_t>(contact.id), static_cast<std::uint64_t>(contact.revision)});
  auto status = std::string(kStatuses[1 + h % (kStatuses.size() - 1)]);
  if (status == contact.lead_status) status = contact.lead_status == "OPEN" ? "CONNECTED" : "OPEN";
  contact.lead_status = status;
  contact.lifecycle_stage = std::string(kStages[(h >> 8) % kStages.size()]);
}

std::vector<Contact> make_contacts(const DatasetOptions& dataset, std::int64_t count,
                                   const std::vector<Owner>& owners) {
  std::vector<Contact> contacts;
  contacts.reserve(static_cast<std::size_t>(count));
  // The data covers [anchor - days, anchor + 1 day): everything is in the past of a run.
  auto first_ms = epoch_ms(dataset.anchor - date::days{dataset.days});
  auto span_ms = (dataset.days + 1) * kDayMs;
  for (std::int64_t n = 0; n < count; ++n) {
    Contact c;
    c.id = kFirstContactId + n;
    c.person = crm::make_person(dataset.seed, "hubspot", c.id);
    auto h = hash_of({dataset.seed, 0x4855u, static_cast<std::uint64_t>(c.id)});
    // Creation follows the id; modification lands anywhere after it.
    c.created_ms = first_ms + span_ms * n / (count + 1);
    c.modified_ms = uniform_int(mix64(h ^ 1), c.created_ms, first_ms + span_ms - 1);
    c.lifecycle_stage = std::string(kStages[h % kStages.size()]);
    c.lead_status = std::string(kStatuses[(h >> 8) % kStatuses.size()]);
    if (!owners.empty() && (h >> 16) % 20 != 0) c.owner_id = owners[(h >> 24) % owners.size()].id;
    c.message = std::string(kMessages[(h >> 32) % kMessages.size()]);
    if ((h >> 40) % 3 != 0)
      c.last_activity_ms = uniform_int(mix64(h ^ 2), c.created_ms, c.modified_ms);
    if ((h >> 48) % 33 == 0) c.archived_ms = c.modified_ms;
    contacts.push_back(std::move(c));
  }
  return contacts;
}

}  // namespace tributary::sandbox::hubspot
