#include "tests/sandbox/copper/search.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string>

#include <boost/json/serialize.hpp>

#include "tests/sandbox/copper/json_shapes.h"

namespace tributary::sandbox::copper {

namespace json = boost::json;

namespace {

constexpr std::int64_t kMaxPageSize = 200;

std::optional<std::int64_t> number(const json::object& body, std::string_view key) {
  const auto* v = body.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64()) return static_cast<std::int64_t>(v->get_uint64());
  if (v->is_double() && std::floor(v->get_double()) == v->get_double())
    return static_cast<std::int64_t>(v->get_double());
  throw Unprocessable("'" + std::string(key) + "' must be a number, got " + json::serialize(*v));
}

std::optional<std::set<std::int64_t>> number_set(const json::object& body, std::string_view key) {
  const auto* v = body.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_array()) throw Unprocessable("'" + std::string(key) + "' must be an array of ids");
  std::set<std::int64_t> out;
  for (const auto& item : v->get_array()) {
    json::object holder{{"id", item}};
    out.insert(*number(holder, "id"));
  }
  return out;
}

struct Range {
  std::optional<std::int64_t> min, max;
  bool contains(std::int64_t v) const { return (!min || v >= *min) && (!max || v <= *max); }
};

Range range(const json::object& body, std::string_view min_key, std::string_view max_key) {
  return {number(body, min_key), number(body, max_key)};
}

template <class T, class ToJson>
SearchPage page_of(const json::object& body, const std::vector<const T*>& matches, ToJson to_json) {
  auto page_number = number(body, "page_number").value_or(1);
  auto page_size = number(body, "page_size").value_or(20);
  if (page_number < 1) throw Unprocessable("'page_number' starts at 1");
  if (page_size < 1 || page_size > kMaxPageSize)
    throw Unprocessable("'page_size' must be between 1 and " + std::to_string(kMaxPageSize));
  SearchPage page;
  page.total = matches.size();
  auto first = static_cast<std::size_t>((page_number - 1) * page_size);
  for (auto i = first; i < matches.size() && i < first + static_cast<std::size_t>(page_size); ++i)
    page.records.push_back(to_json(*matches[i]));
  return page;
}

std::set<std::pair<bool, std::int64_t>> type_filter(const json::object& body) {
  std::set<std::pair<bool, std::int64_t>> out;
  const auto* v = body.if_contains("activity_types");
  if (!v || v->is_null()) return out;
  if (!v->is_array()) throw Unprocessable("'activity_types' must be an array of {id, category}");
  for (const auto& t : v->get_array()) {
    const auto* o = t.if_object();
    const auto* category = o ? o->if_contains("category") : nullptr;
    if (!o || !category || !category->is_string() || !number(*o, "id"))
      throw Unprocessable("each of 'activity_types' needs an id and a category (user or system)");
    out.insert({category->get_string() == "system", *number(*o, "id")});
  }
  return out;
}

}  // namespace

SearchPage search_activities(const CopperData& data, const json::object& body) {
  auto types = type_filter(body);
  auto dates = range(body, "minimum_activity_date", "maximum_activity_date");
  std::optional<std::int64_t> parent_id;
  std::string parent_type;
  if (const auto* p = body.if_contains("parent"); p && p->is_object()) {
    parent_id = number(p->get_object(), "id");
    if (const auto* t = p->get_object().if_contains("type"); t && t->is_string()) parent_type = t->get_string();
  }
  // The filter without the paging keys names the match list.
  json::object filter = body;
  filter.erase("page_number");
  filter.erase("page_size");
  auto matches = data.activity_matches(json::serialize(filter), [&] {
    std::vector<const Activity*> found;
    for (const auto& a : data.activities()) {
      if (!types.empty() && !types.count({a.system, a.type_id})) continue;
      if (!dates.contains(a.at.time_since_epoch().count())) continue;
      if (parent_id &&
          (a.parent_id != *parent_id || (!parent_type.empty() && a.parent_type != parent_type)))
        continue;
      found.push_back(&a);
    }
    // Newest first, as Copper lists activities.
    std::sort(found.begin(), found.end(), [](const Activity* x, const Activity* y) {
      return x->at != y->at ? x->at > y->at : x->id > y->id;
    });
    return found;
  });
  return page_of(body, *matches,
                 [&](const Activity& a) { return activity_json(a, data.deleted(a)); });
}

SearchPage search_opportunities(const CopperData& data, const json::object& body) {
  static const char* kStatuses[] = {"Open", "Won", "Lost", "Abandoned"};
  auto ids = number_set(body, "ids");
  auto pipelines = number_set(body, "pipeline_ids");
  auto assignees = number_set(body, "assignee_ids");
  auto statuses = number_set(body, "status_ids");
  auto stage_changed = range(body, "minimum_stage_change_date", "maximum_stage_change_date");
  auto close = range(body, "minimum_close_date", "maximum_close_date");
  auto modified = range(body, "minimum_modified_date", "maximum_modified_date");
  std::vector<const Opportunity*> matches;
  for (const auto& o : data.opportunities()) {
    if (ids && !ids->count(o.id)) continue;
    if (pipelines && !pipelines->count(o.pipeline_id)) continue;
    if (assignees && !assignees->count(o.assignee_id)) continue;
    if (statuses && std::none_of(statuses->begin(), statuses->end(), [&](std::int64_t s) {
          return s >= 0 && s < 4 && o.status == kStatuses[s];
        }))
      continue;
    if (!stage_changed.contains(o.date_stage_changed().time_since_epoch().count())) continue;
    auto close_at = data.zone()->to_sys(o.close_date, date::choose::earliest);
    if (!close.contains(date::floor<std::chrono::seconds>(close_at).time_since_epoch().count())) continue;
    if (!modified.contains(o.modified().time_since_epoch().count())) continue;
    matches.push_back(&o);
  }
  std::string sort_by = "name";
  if (const auto* s = body.if_contains("sort_by"); s && s->is_string()) sort_by = s->get_string();
  bool descending = false;
  if (const auto* d = body.if_contains("sort_direction"); d && d->is_string()) descending = d->get_string() == "desc";
  auto key = [&](const Opportunity* o) {
    if (sort_by == "date_modified") return std::to_string(o->modified().time_since_epoch().count());
    return "Deal " + std::to_string(o->id);
  };
  std::stable_sort(matches.begin(), matches.end(), [&](const Opportunity* x, const Opportunity* y) {
    return descending ? key(x) > key(y) : key(x) < key(y);
  });
  return page_of(body, matches, [](const Opportunity& o) { return opportunity_json(o); });
}

SearchPage search_users(const CopperData& data, const json::object& body) {
  std::vector<const Person*> matches;
  for (const auto& p : data.people()) matches.push_back(&p);
  return page_of(body, matches, [](const Person& p) { return person_json(p); });
}

}  // namespace tributary::sandbox::copper
