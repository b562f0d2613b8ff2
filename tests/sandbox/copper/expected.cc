#include "tests/sandbox/copper/expected.h"

#include <map>
#include <utility>

#include <boost/json/array.hpp>

#include "tests/sandbox/calendar.h"
#include "tests/sandbox/message.h"

namespace tributary::sandbox::copper {

namespace json = boost::json;

namespace {

constexpr int kMaxRangeDays = 3660;

struct DayTotals {
  std::int64_t emails = 0;
  std::int64_t calls = 0;
  std::int64_t calls_from_justcall = 0;
  std::int64_t lead[3] = {0, 0, 0};
  std::int64_t wholesale_cents = 0;
  std::int64_t distribution_cents = 0;

  void add(const DayTotals& o) {
    emails += o.emails;
    calls += o.calls;
    calls_from_justcall += o.calls_from_justcall;
    for (int i = 0; i < 3; ++i) lead[i] += o.lead[i];
    wholesale_cents += o.wholesale_cents;
    distribution_cents += o.distribution_cents;
  }

  json::object to_json() const {
    return {{"email_quantity", emails},
            {"phone_call_quantity", calls},
            {"phone_calls_logged_by_justcall", calls_from_justcall},
            {"lead_progression_a", lead[0]},
            {"lead_progression_b", lead[1]},
            {"lead_progression_c", lead[2]},
            {"new_sales_wholesale", static_cast<double>(wholesale_cents) / 100.0},
            {"new_sales_distribution", static_cast<double>(distribution_cents) / 100.0},
            {"new_sales_wholesale_cents", wholesale_cents},
            {"new_sales_distribution_cents", distribution_cents}};
  }
};

int lead_letter(std::int64_t stage_id) {
  if (stage_id == kStageFactFinding || stage_id == kStageShowFactFinding) return 0;
  if (stage_id == kStageContact) return 1;
  if (stage_id == kStageClosing) return 2;
  return -1;
}

using Key = std::pair<std::int64_t, date::local_days>;  // (Copper user, organisation date)

class Tally {
 public:
  Tally(const date::time_zone* zone, date::local_days from, date::local_days to)
      : zone_(zone), from_(from), to_(to) {}

  DayTotals* at(std::int64_t user, date::sys_seconds instant) {
    auto day = date::floor<date::days>(zone_->to_local(instant));
    if (day < from_ || day > to_) return nullptr;
    return &days_[{user, day}];
  }
  const std::map<Key, DayTotals>& days() const { return days_; }

 private:
  const date::time_zone* zone_;
  date::local_days from_, to_;
  std::map<Key, DayTotals> days_;
};

void count_activities(const CopperData& data, Tally& tally) {
  for (const auto& a : data.activities()) {
    if (data.deleted(a)) continue;
    auto* day = tally.at(a.user_id, a.at);
    if (!day) continue;
    if (a.system && a.type_id == kEmailType) ++day->emails;
    if (!a.system && a.type_id == kPhoneCallType) {
      ++day->calls;
      if (a.from_justcall) ++day->calls_from_justcall;
    }
  }
}

void count_opportunities(const CopperData& data, Tally& tally) {
  for (const auto& o : data.opportunities()) {
    for (std::size_t n = 1; n < o.transitions.size(); ++n) {
      const auto& t = o.transitions[n];
      auto* day = tally.at(o.assignee_id, t.at);
      if (!day) continue;
      if (int letter = lead_letter(t.stage_id); letter >= 0) ++day->lead[letter];
      if (t.stage_id == kStagePaymentReceived && o.status == "Won") {
        if (o.sale_type == kSaleWholesale) day->wholesale_cents += o.value_cents;
        if (o.sale_type == kSaleDistribution) day->distribution_cents += o.value_cents;
      }
    }
  }
}

}  // namespace

json::object assumed_config() {
  return {{"email_activity_types", json::array{"system:6"}},
          {"phone_call_activity_types", json::array{"Phone Call"}},
          {"email_attribution", "user"},
          {"lead_progression_source", "stage_change_activities"},
          {"lead_stage_a", json::array{"Fact Finding"}},
          {"lead_stage_b", json::array{"Contact Stage"}},
          {"lead_stage_c", json::array{"Closing Stage"}},
          {"stage_attribution", "assignee"},
          {"closed_won_stages", json::array{"Payment Received"}},
          {"won_date", "stage_changed"},
          {"close_date_format", "MM/DD/YYYY"},
          {"sale_type_field", kSaleTypeField},
          {"wholesale_options", json::array{kSaleWholesale}},
          {"distribution_options", json::array{kSaleDistribution}}};
}

json::object expected_totals(const CopperData& data, date::local_days from, date::local_days to,
                             const date::time_zone* zone) {
  if (to < from || (to - from).count() > kMaxRangeDays) {
    throw BadRequest("expected totals want from <= to and at most " + std::to_string(kMaxRangeDays) +
                     " days, got from=" + format_date(from) + " to=" + format_date(to));
  }
  Tally tally(zone, from, to);
  count_activities(data, tally);
  count_opportunities(data, tally);

  json::array users;
  for (const auto& person : data.people()) {
    json::array days;
    DayTotals totals;
    for (auto day = from; day <= to; day += date::days{1}) {
      DayTotals day_totals;
      if (auto found = tally.days().find({person.id, day}); found != tally.days().end())
        day_totals = found->second;
      totals.add(day_totals);
      json::object entry{{"date", format_date(day)}};
      for (const auto& field : day_totals.to_json()) entry.emplace(field.key(), field.value());
      days.push_back(std::move(entry));
    }
    users.push_back(json::object{{"copper_user_id", person.id},
                                 {"email", person.email},
                                 {"name", person.name},
                                 {"rep", person.rep},
                                 {"totals", totals.to_json()},
                                 {"days", std::move(days)}});
  }
  return {{"from", format_date(from)}, {"to", format_date(to)}, {"timezone", zone->name()},
          {"assumes", assumed_config()}, {"users", std::move(users)}};
}

}  // namespace tributary::sandbox::copper
