#include "plugins/copper/vendor_records.h"

#include <boost/json.hpp>
#include <cmath>

#include "tributary/sdk/json.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

std::int64_t modified_of(const json::value& v) { return sdk::get_int(v, "date_modified").value_or(0); }

bool is_stub(const json::value& v) {
  return sdk::get_bool(v, "is_deleted").value_or(false) || !type_of_activity(v);
}

// Of two copies of one activity, the one to keep: deletion is final, so a stub wins; otherwise
// the later modification.
bool replaces(const json::value& candidate, const json::value& kept) {
  if (is_stub(kept)) return false;
  return is_stub(candidate) || modified_of(candidate) > modified_of(kept);
}

std::optional<std::int64_t> cents_of(const json::value& v) {
  auto value = sdk::get_number(v, "monetary_value");
  if (!value || !std::isfinite(*value)) return std::nullopt;
  return std::llround(*value * 100.0);
}

Opportunity read_opportunity(std::int64_t id, const json::value& v) {
  Opportunity o;
  o.id = id;
  o.assignee_id = sdk::get_int(v, "assignee_id");
  o.status = sdk::get_string(v, "status").value_or("");
  o.pipeline_id = sdk::get_int(v, "pipeline_id");
  o.stage_id = sdk::get_int(v, "pipeline_stage_id");
  o.value_cents = cents_of(v);
  o.close_date = sdk::get_string(v, "close_date");
  if (o.close_date && o.close_date->empty()) o.close_date.reset();
  o.date_stage_changed = sdk::get_int(v, "date_stage_changed");
  if (const auto* f = sdk::find_path(v, "custom_fields")) o.custom_fields = *f;
  return o;
}

}  // namespace

sdk::Result<std::vector<json::value>> records_of(const std::vector<sdk::RawPage>& pages,
                                                 std::string_view stream) {
  std::vector<json::value> out;
  for (const auto& page : pages) {
    if (page.stream != stream) continue;
    auto what = "copper " + std::string(stream) + " page " +
                std::to_string(sdk::get_int(json::value(page.meta), "page_number").value_or(0));
    auto parsed = sdk::parse_json(page.body, what);
    if (!parsed) return parsed.status();
    auto* arr = parsed->if_array();
    if (!arr) return sdk::Status::data(what + ": expected a JSON array of records");
    for (auto& v : *arr) out.push_back(std::move(v));
  }
  return out;
}

sdk::Result<std::vector<Activity>> collect_activities(const std::vector<sdk::RawPage>& pages,
                                                      ActivityCounts& counts) {
  auto records = records_of(pages, "activities");
  if (!records) return records.status();
  std::map<std::int64_t, json::value> by_id;
  for (auto& v : *records) {
    ++counts.received;
    auto id = sdk::get_int(v, "id");
    if (!id) return sdk::Status::data("copper activities: a record has no id: " + json::serialize(v));
    auto [it, inserted] = by_id.try_emplace(*id, v);
    if (!inserted) {
      ++counts.duplicates;
      if (replaces(v, it->second)) it->second = std::move(v);
    }
  }
  std::vector<Activity> out;
  for (auto& [id, v] : by_id) {
    auto type = type_of_activity(v);
    if (is_stub(v) || !type) {
      ++counts.deleted_stubs;
      continue;
    }
    Activity a;
    a.id = id;
    a.type = std::move(*type);
    a.user_id = sdk::get_int(v, "user_id");
    auto at = sdk::get_int(v, "activity_date");
    if (!at || *at <= 0) at = sdk::get_int(v, "date_created");
    if (!at) return sdk::Status::data("copper activity " + std::to_string(id) +
                                      " has neither activity_date nor date_created");
    a.at = *at;
    a.parent_type = sdk::get_string(v, "parent.type").value_or("");
    a.parent_id = sdk::get_int(v, "parent.id");
    a.raw = std::move(v);
    out.push_back(std::move(a));
  }
  return out;
}

sdk::Result<std::map<std::int64_t, Opportunity>> collect_opportunities(
    const std::vector<sdk::RawPage>& pages) {
  auto records = records_of(pages, "opportunities");
  if (!records) return records.status();
  std::map<std::int64_t, json::value> by_id;
  for (auto& v : *records) {
    auto id = sdk::get_int(v, "id");
    if (!id) return sdk::Status::data("copper opportunities: a record has no id: " + json::serialize(v));
    auto [it, inserted] = by_id.try_emplace(*id, v);
    if (!inserted && modified_of(v) > modified_of(it->second)) it->second = std::move(v);
  }
  std::map<std::int64_t, Opportunity> out;
  for (const auto& [id, v] : by_id) out.emplace(id, read_opportunity(id, v));
  return out;
}

}  // namespace tributary::copper
