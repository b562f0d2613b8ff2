#include "plugins/hubspot/search_query.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "plugins/hubspot/instant.h"
#include "plugins/hubspot/properties.h"

namespace tributary::hubspot {

namespace json = boost::json;

namespace {

json::object filter(std::string_view property, std::string_view op, std::string value) {
  return {{"propertyName", property}, {"operator", op}, {"value", std::move(value)}};
}

}  // namespace

std::string SearchQuery::describe() const {
  auto at = format_instant_ms(time_ms);
  switch (kind) {
    case Kind::kFrom:
      return "lastmodifieddate >= " + at;
    case Kind::kAfter:
      return "lastmodifieddate > " + at;
    case Kind::kTie:
      return "lastmodifieddate = " + at + " and hs_object_id > " + after_id;
  }
  return {};
}

std::string search_body(const SearchQuery& query, const std::vector<std::string>& properties,
                        int limit, const std::string& after) {
  json::array filters;
  auto time = std::to_string(query.time_ms);
  std::string sort_by = property::kLastModified;
  switch (query.kind) {
    case SearchQuery::Kind::kFrom:
      filters.push_back(filter(property::kLastModified, "GTE", time));
      break;
    case SearchQuery::Kind::kAfter:
      filters.push_back(filter(property::kLastModified, "GT", time));
      break;
    case SearchQuery::Kind::kTie:
      filters.push_back(filter(property::kLastModified, "EQ", time));
      filters.push_back(filter(property::kObjectId, "GT", query.after_id));
      sort_by = property::kObjectId;
      break;
  }
  json::array names;
  for (const auto& p : properties) names.emplace_back(p);
  json::object body{
      {"filterGroups", json::array{json::object{{"filters", std::move(filters)}}}},
      {"sorts", json::array{json::object{{"propertyName", sort_by}, {"direction", "ASCENDING"}}}},
      {"properties", std::move(names)},
      {"limit", limit},
      {"after", after.empty() ? std::string("0") : after}};
  return json::serialize(body);
}

}  // namespace tributary::hubspot
