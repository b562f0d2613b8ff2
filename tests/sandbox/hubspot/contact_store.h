#pragma once
// The fake HubSpot's contacts and owners, shared by request threads and admin actions (one
// mutex; readers get copies).

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/hubspot/contact.h"

namespace tributary::sandbox::hubspot {

struct ListPage {
  std::vector<Contact> items;
  std::optional<std::int64_t> next_after;  // the id the next page starts at
};

struct TouchRequest {
  std::int64_t count = 1;
  std::int64_t first_id = 0;  // 0: the first live contact
  bool same_timestamp = false;
};

class ContactStore {
 public:
  ContactStore(const DatasetOptions& dataset, std::int64_t count);

  const std::vector<Owner>& owners() const { return owners_; }
  std::vector<Contact> all() const;
  // Contacts with this archived state and id >= after_id, in id order.
  ListPage list(bool archived, std::int64_t after_id, std::int64_t limit) const;
  std::vector<Contact> live_matching(const std::function<bool(const Contact&)>& keep) const;

  // Changes `count` live contacts from first_id on (lead status and lifecycle stage). Their
  // lastmodifieddate becomes now_ms, or now_ms - (count - 1 - i) so each has its own instant
  // and none lies in the future. Returns the ids changed.
  std::vector<std::int64_t> touch(const TouchRequest& request, std::int64_t now_ms);
  Contact add(crm::Person person, std::int64_t owner_id, std::int64_t now_ms);
  bool archive(std::int64_t id, std::int64_t now_ms);

 private:
  mutable std::mutex mutex_;
  std::uint64_t seed_;
  std::vector<Owner> owners_;
  std::vector<Contact> contacts_;  // id order
};

}  // namespace tributary::sandbox::hubspot
