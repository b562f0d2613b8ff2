// email_quantity, phone_call_quantity and talk_time_minutes from activities.
#include <boost/json.hpp>
#include <cmath>

#include "plugins/copper/metrics.h"
#include "plugins/copper/text.h"
#include "tributary/sdk/json.h"

namespace tributary::copper {

namespace {

std::optional<std::string> email_owner(const MetricInputs& in, const Activity& a) {
  if (in.config.email_attribution == EmailAttribution::kUser) return in.user_of(a.user_id);
  if (!a.sender_email) return std::nullopt;
  auto it = in.user_by_email.find(lower(trim(*a.sender_email)));
  if (it == in.user_by_email.end()) return std::nullopt;
  return it->second;
}

// Seconds of talk in a call activity, when the account records a duration in that field.
std::optional<std::int64_t> talk_seconds(const MetricInputs& in, const Activity& a) {
  if (in.config.talk_time_field.empty()) return std::nullopt;
  const auto& value = a.talk_value;
  if (!value || !std::isfinite(*value) || *value < 0) return std::nullopt;
  double seconds = in.config.talk_time_unit == TalkTimeUnit::kMinutes ? *value * 60.0 : *value;
  return std::llround(seconds);
}

}  // namespace

sdk::Status count_activities(const MetricInputs& in, MetricTally& tally, Counters& counters) {
  for (const auto& a : in.activities) {
    const bool email = in.plan.is_email(a.type);
    const bool call = in.plan.is_phone_call(a.type);
    if (!email && !call) {
      // Stage changes are read by the lead/sales counters; anything else is a type we were not
      // asked for (a disabled type the search still returned).
      if (a.type != kStageChangedType) ++counters["activities_of_other_types"];
      continue;
    }
    auto day = tally.day_of(a.at);
    if (!day) return day.status();
    if (!*day) {
      ++counters["activities_outside_window"];
      continue;
    }
    if (email) {
      if (auto user = email_owner(in, a)) tally.add(*user, "email_quantity", **day, 1);
      else ++counters["emails_of_other_users"];
    }
    if (call) {
      auto user = in.user_of(a.user_id);
      if (!user) {
        ++counters["calls_of_other_users"];
        continue;
      }
      tally.add(*user, "phone_call_quantity", **day, 1);
      if (auto seconds = talk_seconds(in, a)) tally.add(*user, "talk_time_minutes", **day, *seconds);
    }
  }
  return sdk::Status::success();
}

}  // namespace tributary::copper
