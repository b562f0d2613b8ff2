#include "plugins/copper/vendor_records.h"

#include <boost/json.hpp>
#include <cmath>

#include "tributary/sdk/json.h"

namespace tributary::copper {

namespace json = boost::json;

namespace {

std::int64_t modified_of(const json::value& v) { return sdk::get_int(v, "date_modified").value_or(0); }

std::optional<std::int64_t> cents_of(const json::value& v) {
  auto value = sdk::get_number(v, "monetary_value");
  if (!value || !std::isfinite(*value)) return std::nullopt;
  return std::llround(*value * 100.0);
}

// One activity record cut down to what is read later; `at` may be missing on a stub.
struct ActivityCopy {
  Activity activity;
  std::optional<TypeKey> type;
  bool deleted = false;
  std::int64_t modified = 0;
  std::optional<std::int64_t> at;

  bool stub() const { return deleted || !type; }
  // Of two copies of one activity, the one to keep: deletion is final, so a stub wins;
  // otherwise the later modification.
  bool replaces(const ActivityCopy& kept) const {
    if (kept.stub()) return false;
    return stub() || modified > kept.modified;
  }
};

ActivityCopy copy_of(std::int64_t id, const json::value& v, std::string_view talk_time_field) {
  ActivityCopy c;
  c.type = type_of_activity(v);
  c.deleted = sdk::get_bool(v, "is_deleted").value_or(false);
  c.modified = modified_of(v);
  c.at = sdk::get_int(v, "activity_date");
  if (!c.at || *c.at <= 0) c.at = sdk::get_int(v, "date_created");
  auto& a = c.activity;
  a.id = id;
  a.user_id = sdk::get_int(v, "user_id");
  a.parent_type = sdk::get_string(v, "parent.type").value_or("");
  a.parent_id = sdk::get_int(v, "parent.id");
  a.sender_email = sdk::get_string(v, "details.sender.email");
  if (!talk_time_field.empty()) a.talk_value = sdk::get_number(v, talk_time_field);
  if (c.type == kStageChangedType) {
    if (const auto* n = sdk::find_path(v, "new_value")) a.new_value = *n;
    if (const auto* o = sdk::find_path(v, "old_value")) a.old_value = *o;
  }
  return c;
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

sdk::Status for_each_record(const std::vector<sdk::RawPage>& pages, std::string_view stream,
                            const std::function<sdk::Status(json::value&)>& visit) {
  for (const auto& page : pages) {
    if (page.stream != stream) continue;
    auto what = "copper " + std::string(stream) + " page " +
                std::to_string(sdk::get_int(json::value(page.meta), "page_number").value_or(0));
    auto parsed = sdk::parse_json(page.body, what);
    if (!parsed) return parsed.status();
    auto* arr = parsed->if_array();
    if (!arr) return sdk::Status::data(what + ": expected a JSON array of records");
    for (auto& v : *arr) {
      if (auto s = visit(v); !s) return s;
    }
  }
  return sdk::Status::success();
}

sdk::Result<std::vector<json::value>> records_of(const std::vector<sdk::RawPage>& pages,
                                                 std::string_view stream) {
  std::vector<json::value> out;
  auto s = for_each_record(pages, stream, [&](json::value& v) {
    out.push_back(std::move(v));
    return sdk::Status::success();
  });
  if (!s) return s;
  return out;
}

sdk::Result<std::vector<Activity>> collect_activities(const std::vector<sdk::RawPage>& pages,
                                                      ActivityCounts& counts,
                                                      std::string_view talk_time_field) {
  // Page by page, each record cut down to what is read later before the next page is parsed:
  // a 90-day backfill holds hundreds of thousands of activities.
  std::map<std::int64_t, ActivityCopy> by_id;
  auto read = for_each_record(pages, "activities", [&](json::value& record) -> sdk::Status {
    ++counts.received;
    auto id = sdk::get_int(record, "id");
    if (!id)
      return sdk::Status::data("copper activities: a record has no id: " + json::serialize(record));
    auto copy = copy_of(*id, record, talk_time_field);
    auto [it, inserted] = by_id.try_emplace(*id, std::move(copy));  // moves only when inserted
    if (!inserted) {
      ++counts.duplicates;
      if (copy.replaces(it->second)) it->second = std::move(copy);
    }
    return sdk::Status::success();
  });
  if (!read) return read;
  std::vector<Activity> out;
  out.reserve(by_id.size());
  for (auto& [id, c] : by_id) {
    if (c.stub()) {
      ++counts.deleted_stubs;
      continue;
    }
    if (!c.at)
      return sdk::Status::data("copper activity " + std::to_string(id) +
                               " has neither activity_date nor date_created");
    c.activity.type = std::move(*c.type);
    c.activity.at = *c.at;
    out.push_back(std::move(c.activity));
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
    auto [it, inserted] = by_id.try_emplace(*id, std::move(v));  // moves only when inserted
    if (!inserted && modified_of(v) > modified_of(it->second)) it->second = std::move(v);
  }
  std::map<std::int64_t, Opportunity> out;
  for (const auto& [id, v] : by_id) out.emplace(id, read_opportunity(id, v));
  return out;
}

}  // namespace tributary::copper
