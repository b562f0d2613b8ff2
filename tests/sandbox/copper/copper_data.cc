#include "tests/sandbox/copper/copper_data.h"

#include <algorithm>
#include <mutex>

#include "tests/sandbox/copper/activity_generator.h"
#include "tests/sandbox/copper/opportunity_generator.h"

namespace tributary::sandbox::copper {

CopperData::CopperData(const DatasetOptions& options)
    : zone_(date::locate_zone(std::string(kAccountZone))), people_(make_people(options.users)) {
  activities_ = generate_activities(people_, zone_, options);
  auto deals = generate_opportunities(people_, zone_, options);
  opportunities_ = std::move(deals.opportunities);
  activities_.insert(activities_.end(), std::make_move_iterator(deals.stage_changes.begin()),
                     std::make_move_iterator(deals.stage_changes.end()));
  std::sort(activities_.begin(), activities_.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  std::sort(opportunities_.begin(), opportunities_.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
}

const Person* CopperData::person(std::int64_t id) const {
  auto it = std::find_if(people_.begin(), people_.end(), [&](const Person& p) { return p.id == id; });
  return it == people_.end() ? nullptr : &*it;
}

const Opportunity* CopperData::opportunity(std::int64_t id) const {
  auto it = std::lower_bound(opportunities_.begin(), opportunities_.end(), id,
                             [](const Opportunity& o, std::int64_t v) { return o.id < v; });
  return it == opportunities_.end() || it->id != id ? nullptr : &*it;
}

date::local_days CopperData::account_day(date::sys_seconds at) const {
  return date::floor<date::days>(zone_->to_local(at));
}

bool CopperData::deleted(const Activity& activity) const {
  if (activity.born_deleted) return true;
  if (activity.system && activity.type_id == kStageChangedType) return false;  // history stays
  std::shared_lock lock(deleted_mutex_);
  if (deleted_days_.empty()) return false;
  return deleted_days_.count({activity.user_id, account_day(activity.at)}) > 0;
}

std::size_t CopperData::delete_day(std::int64_t user_id, date::local_days day) {
  std::unique_lock lock(deleted_mutex_);
  deleted_days_.insert({user_id, day});
  return static_cast<std::size_t>(std::count_if(activities_.begin(), activities_.end(), [&](const Activity& a) {
    return a.user_id == user_id && account_day(a.at) == day && !a.born_deleted &&
           !(a.system && a.type_id == kStageChangedType);
  }));
}

void CopperData::restore_all() {
  std::unique_lock lock(deleted_mutex_);
  deleted_days_.clear();
}

CopperData::ActivityMatches CopperData::activity_matches(
    const std::string& filter_key,
    const std::function<std::vector<const Activity*>()>& compute) const {
  {
    std::lock_guard lock(matches_mutex_);
    if (auto it = matches_.find(filter_key); it != matches_.end()) return it->second;
  }
  auto computed = std::make_shared<const std::vector<const Activity*>>(compute());
  std::lock_guard lock(matches_mutex_);
  constexpr std::size_t kKept = 16;
  if (matches_.size() >= kKept) matches_.clear();
  return matches_.emplace(filter_key, std::move(computed)).first->second;
}

}  // namespace tributary::sandbox::copper
