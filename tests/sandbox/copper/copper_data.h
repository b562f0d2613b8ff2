#pragma once
// The served data set: people, activities and opportunities, generated once from the dataset
// options, plus the (user, account-local date) pairs a test deleted through
// /_sandbox/copper/delete-activities. A deleted activity is served as Copper serves one, a stub
// {id, is_deleted: true}, and leaves the expected totals. Records never change after
// construction, so readers share them; only the deleted set is guarded.

#include <cstdint>
#include <set>
#include <shared_mutex>
#include <utility>
#include <vector>

#include <date/tz.h>

#include "tests/sandbox/copper/account.h"
#include "tests/sandbox/copper/model.h"
#include "tests/sandbox/dataset_options.h"

namespace tributary::sandbox::copper {

class CopperData {
 public:
  explicit CopperData(const DatasetOptions& options);
  CopperData(const CopperData&) = delete;
  CopperData& operator=(const CopperData&) = delete;

  const date::time_zone* zone() const { return zone_; }
  const std::vector<Person>& people() const { return people_; }
  const Person* person(std::int64_t id) const;
  const std::vector<Activity>& activities() const { return activities_; }  // by id
  const std::vector<Opportunity>& opportunities() const { return opportunities_; }  // by id
  const Opportunity* opportunity(std::int64_t id) const;

  // Deleted before any client saw it, or deleted by a test since.
  bool deleted(const Activity& activity) const;
  date::local_days account_day(date::sys_seconds at) const;

  // Marks the user's activities of that account-local date deleted (emails, calls, notes; stage
  // history stays); returns how many were visible.
  std::size_t delete_day(std::int64_t user_id, date::local_days day);
  void restore_all();

 private:
  const date::time_zone* zone_;
  std::vector<Person> people_;
  std::vector<Activity> activities_;
  std::vector<Opportunity> opportunities_;
  mutable std::shared_mutex deleted_mutex_;
  std::set<std::pair<std::int64_t, date::local_days>> deleted_days_;
};

}  // namespace tributary::sandbox::copper
