#include "tests/sandbox/copper/json_shapes.h"

#include <cstdio>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace tributary::sandbox::copper {

namespace json = boost::json;

namespace {

std::int64_t unix_of(date::sys_seconds t) { return t.time_since_epoch().count(); }

json::value money(std::int64_t cents) {
  if (cents % 100 == 0) return cents / 100;  // Copper sends whole amounts as integers too
  return static_cast<double>(cents) / 100.0;
}

}  // namespace

std::string close_date_text(date::local_days day) {
  date::year_month_day ymd{day};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<int>(ymd.year()));
  return buf;
}

json::value activity_json(const Activity& a, bool deleted) {
  if (deleted) return json::object{{"id", a.id}, {"is_deleted", true}};
  auto at = unix_of(a.at);
  return json::object{{"id", a.id},
                      {"parent", json::object{{"id", a.parent_id}, {"type", a.parent_type}}},
                      {"type", json::object{{"id", a.type_id}, {"category", a.system ? "system" : "user"}}},
                      {"user_id", a.user_id},
                      {"details", a.details},
                      {"activity_date", at},
                      {"old_value", a.old_value},
                      {"new_value", a.new_value},
                      {"date_created", at},
                      {"date_modified", at}};
}

json::value opportunity_json(const Opportunity& o) {
  json::value sale_type = o.sale_type ? json::value(o.sale_type) : json::value(nullptr);
  return json::object{
      {"id", o.id},
      {"name", "Deal " + std::to_string(o.id)},
      {"assignee_id", o.assignee_id},
      {"close_date", close_date_text(o.close_date)},
      {"company_id", 9'600'000 + o.id % 1000},
      {"company_name", "Customer " + std::to_string(o.id % 1000)},
      {"customer_source_id", nullptr},
      {"details", nullptr},
      {"loss_reason_id", nullptr},
      {"pipeline_id", o.pipeline_id},
      {"pipeline_stage_id", o.stage_id()},
      {"primary_contact_id", 40'000'000 + o.id % 100'000},
      {"priority", "None"},
      {"status", o.status},
      {"tags", json::array{}},
      {"interaction_count", static_cast<std::int64_t>(o.transitions.size())},
      {"monetary_unit", "USD"},
      {"monetary_value", money(o.value_cents)},
      {"converted_unit", nullptr},
      {"converted_value", nullptr},
      {"win_probability", o.status == "Won" ? 100 : 20},
      {"date_stage_changed", unix_of(o.date_stage_changed())},
      {"date_last_contacted", unix_of(o.modified())},
      {"leads_converted_from", json::array{}},
      {"date_lead_created", nullptr},
      {"date_created", unix_of(o.created())},
      {"date_modified", unix_of(o.modified())},
      {"custom_fields", json::array{json::object{{"custom_field_definition_id", 710692}, {"value", sale_type}},
                                    json::object{{"custom_field_definition_id", 698260}, {"value", nullptr}}}}};
}

}  // namespace tributary::sandbox::copper
