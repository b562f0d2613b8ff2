#include "host/runner/buffering_emitter.h"

#include <algorithm>
#include <cmath>

#include "tributary/sdk/time.h"

namespace tributary::host {

BufferingEmitter::BufferingEmitter(const sdk::Declaration& declaration, const sdk::Window& window,
                                   std::set<std::string> unit_users)
    : declaration_(declaration), window_(window), unit_users_(std::move(unit_users)) {}

sdk::Status BufferingEmitter::cover(std::string_view user_id) noexcept {
  std::string id(user_id);
  if (!unit_users_.count(id))
    return sdk::Status::internal("connector covered user '" + id + "', which is not in this unit");
  if (covered_set_.insert(id).second) covered.push_back(id);
  return sdk::Status::success();
}

sdk::Status BufferingEmitter::metric(const sdk::MetricRecord& r) noexcept {
  const auto& types = declaration_.metric_types;
  if (std::find(types.begin(), types.end(), r.type) == types.end())
    return sdk::Status::internal("connector emitted metric type '" + r.type +
                                 "', which its declaration does not list");
  if (!covered_set_.count(r.user_id))
    return sdk::Status::internal("connector emitted a metric for user '" + r.user_id +
                                 "' without covering that user");
  if (!sdk::is_valid_date(r.date) || r.date < window_.start_date || r.date > window_.end_date)
    return sdk::Status::internal("connector emitted a metric dated '" + r.date +
                                 "' outside the window " + window_.start_date + ".." +
                                 window_.end_date);
  if (!std::isfinite(r.value))
    return sdk::Status::internal("connector emitted a non-finite value for " + r.type);
  metrics.push_back(r);
  return sdk::Status::success();
}

sdk::Status BufferingEmitter::lead(const sdk::LeadRecord& r) noexcept {
  if (r.crm_id.empty()) return sdk::Status::data("connector emitted a lead without a CRM id");
  leads.push_back(r);
  return sdk::Status::success();
}

sdk::Status BufferingEmitter::state(std::string_view key, std::string_view value) noexcept {
  new_state[std::string(key)] = std::string(value);
  return sdk::Status::success();
}

void BufferingEmitter::note(const sdk::UserNote& n) noexcept { notes.push_back(n); }

void BufferingEmitter::summary(std::string_view key, const boost::json::value& value) noexcept {
  summary_fields[key] = value;
}

}  // namespace tributary::host
