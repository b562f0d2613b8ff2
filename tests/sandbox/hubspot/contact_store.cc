#include "tests/sandbox/hubspot/contact_store.h"

#include <algorithm>

#include "tests/sandbox/hubspot/contact_generator.h"

namespace tributary::sandbox::hubspot {

ContactStore::ContactStore(const DatasetOptions& dataset, std::int64_t count)
    : seed_(dataset.seed),
      owners_(make_owners(dataset)),
      contacts_(make_contacts(dataset, count, owners_)) {}

std::vector<Contact> ContactStore::all() const {
  std::lock_guard lock(mutex_);
  return contacts_;
}

ListPage ContactStore::list(bool archived, std::int64_t after_id, std::int64_t limit) const {
  std::lock_guard lock(mutex_);
  ListPage page;
  auto it = std::lower_bound(contacts_.begin(), contacts_.end(), after_id,
                             [](const Contact& c, std::int64_t id) { return c.id < id; });
  for (; it != contacts_.end(); ++it) {
    if (it->archived() != archived) continue;
    if (static_cast<std::int64_t>(page.items.size()) == limit) {
      page.next_after = it->id;
      break;
    }
    page.items.push_back(*it);
  }
  return page;
}

std::vector<Contact> ContactStore::live_matching(
    const std::function<bool(const Contact&)>& keep) const {
  std::lock_guard lock(mutex_);
  std::vector<Contact> out;
  for (const auto& c : contacts_) {
    if (!c.archived() && keep(c)) out.push_back(c);
  }
  return out;
}

std::vector<std::int64_t> ContactStore::touch(const TouchRequest& request, std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  std::vector<Contact*> chosen;
  for (auto& c : contacts_) {
    if (static_cast<std::int64_t>(chosen.size()) == request.count) break;
    if (!c.archived() && c.id >= request.first_id) chosen.push_back(&c);
  }
  std::vector<std::int64_t> ids;
  auto n = static_cast<std::int64_t>(chosen.size());
  for (std::int64_t i = 0; i < n; ++i) {
    auto& c = *chosen[static_cast<std::size_t>(i)];
    change_fields(c, seed_);
    c.modified_ms = request.same_timestamp ? now_ms : now_ms - (n - 1 - i);
    ids.push_back(c.id);
  }
  return ids;
}

Contact ContactStore::add(crm::Person person, std::int64_t owner_id, std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  Contact c;
  c.id = contacts_.empty() ? kFirstContactId : contacts_.back().id + 1;
  c.person = std::move(person);
  c.lifecycle_stage = "lead";
  c.lead_status = "NEW";
  c.owner_id = owner_id;
  c.created_ms = now_ms;
  c.modified_ms = now_ms;
  contacts_.push_back(c);
  return c;
}

bool ContactStore::archive(std::int64_t id, std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  for (auto& c : contacts_) {
    if (c.id != id || c.archived()) continue;
    c.archived_ms = now_ms;
    c.modified_ms = now_ms;
    return true;
  }
  return false;
}

}  // namespace tributary::sandbox::hubspot
