// new_sales_wholesale / new_sales_distribution: opportunities won on a day, by channel, summed
// in cents. The won day is when the opportunity entered a closed-won stage (a "Pipeline Stage
// Changed" activity), else its date_stage_changed; or its close_date when won_date says so.
#include <algorithm>
#include <boost/json.hpp>

#include "plugins/copper/close_date.h"
#include "plugins/copper/metrics.h"
#include "plugins/copper/text.h"
#include "tributary/sdk/json.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

bool is_won(const MetricInputs& in, const Opportunity& opp) {
  return lower(opp.status) == "won" || (opp.stage_id && in.plan.won_stages.count(*opp.stage_id));
}

bool listed(const std::vector<std::int64_t>& options, std::int64_t id) {
  return std::find(options.begin(), options.end(), id) != options.end();
}

// The option ids the sale-type custom field holds (a dropdown holds one, a multi-select many).
std::vector<std::int64_t> sale_type_options(const MetricInputs& in, const Opportunity& opp) {
  std::vector<std::int64_t> out;
  const auto* fields = opp.custom_fields.if_array();
  if (!fields) return out;
  for (const auto& f : *fields) {
    if (sdk::get_int(f, "custom_field_definition_id") != in.config.sale_type_field) continue;
    const auto* value = sdk::find_path(f, "value");
    if (!value) continue;
    if (const auto* many = value->if_array()) {
      for (const auto& v : *many) {
        if (auto id = sdk::get_int(v, "")) out.push_back(*id);
      }
    } else if (auto id = sdk::get_int(*value, "")) {
      out.push_back(*id);
    }
  }
  return out;
}

std::optional<std::string> channel_of(const MetricInputs& in, const Opportunity& opp) {
  auto options = sale_type_options(in, opp);
  for (auto id : options) {
    if (listed(in.config.wholesale_options, id)) return "new_sales_wholesale";
  }
  for (auto id : options) {
    if (listed(in.config.distribution_options, id)) return "new_sales_distribution";
  }
  return std::nullopt;
}

sdk::Status bad_close_date(const MetricInputs& in, const Opportunity& opp) {
  return sdk::Status::data("copper: opportunity " + std::to_string(opp.id) + " has close_date '" +
                           *opp.close_date + "', which is not a " + in.config.close_date_format +
                           " date; set close_date_format to the account's date format");
}

// The latest entry into a won stage from a stage that was not won, per opportunity.
std::map<std::int64_t, const StageChange*> won_entries(const MetricInputs& in,
                                                       const std::vector<StageChange>& changes) {
  std::map<std::int64_t, const StageChange*> out;
  for (const auto& c : changes) {
    if (!any_in(c.entered, in.plan.won_stages) || any_in(c.left, in.plan.won_stages)) continue;
    auto& slot = out[c.opportunity_id];
    if (!slot || c.at > slot->at) slot = &c;
  }
  return out;
}

sdk::Result<std::optional<std::string>> close_day_of(const MetricInputs& in,
                                                    const Opportunity& opp) {
  if (!opp.close_date) return std::optional<std::string>{};
  auto day = parse_close_date(*opp.close_date, in.config.close_date_format);
  if (!day) return bad_close_date(in, opp);
  return day;
}

// The won day inside the window, nullopt when the sale belongs to another window. In
// stage_changed mode the close_date of a counted sale is still read, so an unreadable one fails
// loudly and a sale whose close_date names another day is counted in the summary: managers'
// pivot tables group by close date, and this is where the two can differ.
sdk::Result<std::optional<std::string>> won_day(
    const MetricInputs& in, const Opportunity& opp, const MetricTally& tally,
    const std::map<std::int64_t, const StageChange*>& entries, Counters& counters) {
  if (in.config.won_date == WonDate::kCloseDate) {
    auto close_day = close_day_of(in, opp);
    if (!close_day || !*close_day) {
      if (close_day) ++counters["won_without_close_date"];
      return close_day;
    }
    if (!tally.in_window(**close_day)) return std::optional<std::string>{};
    return close_day;
  }
  std::optional<std::string> day;
  if (auto it = entries.find(opp.id); it != entries.end()) {
    day = it->second->day;
  } else if (opp.date_stage_changed) {
    auto stage_day = tally.day_of(*opp.date_stage_changed);
    if (!stage_day) return stage_day.status();
    day = std::move(*stage_day);
  } else {
    ++counters["won_without_stage_date"];
  }
  if (!day) return day;
  auto close_day = close_day_of(in, opp);
  if (!close_day) return close_day.status();
  if (*close_day && **close_day != *day) ++counters["won_close_date_differs"];
  return day;
}

}  // namespace

sdk::Status count_won_sales(const MetricInputs& in, const std::vector<StageChange>& changes,
                            MetricTally& tally, Counters& counters) {
  auto entries = won_entries(in, changes);
  for (const auto& [id, opp] : in.opportunities) {
    if (!in.pipeline_allowed(opp.pipeline_id) || !is_won(in, opp)) continue;
    auto day = won_day(in, opp, tally, entries, counters);
    if (!day) return day.status();
    if (!*day) continue;
    auto user = in.user_of(opp.assignee_id);
    if (!user) {
      ++counters["won_of_other_users"];
      continue;
    }
    auto channel = channel_of(in, opp);
    if (!channel) {
      ++counters["won_without_sale_type"];
      continue;
    }
    if (!opp.value_cents) {
      ++counters["won_without_value"];
      continue;
    }
    tally.add(*user, *channel, **day, *opp.value_cents, id);
    ++counters["won_sales"];
  }
  return sdk::Status::success();
}

}  // namespace tributary::copper
