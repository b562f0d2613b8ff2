#pragma once
// The served data set: people, activities and opportunities, generated once from the dataset
// options, plus the (user, account-local date) pairs a test deleted through
// /_sandbox/copper/delete-activities. A deleted activity is served as Copper serves one, a stub
// {id, is_deleted: true}, and leaves the expected totals. Records never change after
// construction, so readers share them; only the deleted set is guarded.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
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

  // The activities a search filter matches, in answer order, computed once per filter (records
  // never change, so a client paging through one search does not re-scan them for every page).
  using ActivityMatches = std::shared_ptr<const std::vector<const Activity*>>;
  ActivityMatches activity_matches(const std::string& filter_key,
                                   const std::function<std::vector<const Activity*>()>& compute) const;

 private:
  const date::time_zone* zone_;
  std::vector<Person> people_;
  std::vector<Activity> activities_;
  std::vector<Opportunity> opportunities_;
  mutable std::shared_mutex deleted_mutex_;
  std::set<std::pair<std::int64_t, date::local_days>> deleted_days_;
  mutable std::mutex matches_mutex_;
  mutable std::map<std::string, ActivityMatches> matches_;  // a few recent filters
};

}  // namespace tributary::sandbox::copper
