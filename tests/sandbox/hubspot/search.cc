#include "tests/sandbox/hubspot/search.h"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <charconv>
#include <set>

#include "tests/sandbox/hubspot/contact_json.h"
#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::hubspot {
namespace {

namespace json = boost::json;

const std::set<std::string, std::less<>> kOperators = {"EQ", "NEQ", "GT", "GTE", "LT", "LTE"};
const std::set<std::string, std::less<>> kFilterable = {"lastmodifieddate", "createdate",
                                                        "hs_object_id", "email"};

std::string text_of(const json::value& v, std::string_view what) {
  if (v.is_string()) return std::string(v.as_string());
  if (v.is_int64()) return std::to_string(v.as_int64());
  throw BadRequest(std::string(what) + " must be a string or a number");
}

std::int64_t number(const std::string& text, std::string_view what) {
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc{} || end != text.data() + text.size())
    throw BadRequest(std::string(what) + " '" + text +
                     "' is not a number (dates are epoch milliseconds)");
  return n;
}

SearchFilter read_filter(const json::value& f) {
  const auto& o = f.as_object();
  SearchFilter filter{text_of(o.at("propertyName"), "propertyName"),
                      text_of(o.at("operator"), "operator"),
                      o.contains("value") ? text_of(o.at("value"), "value") : ""};
  if (!kFilterable.count(filter.property))
    throw BadRequest(
        "this sandbox filters on lastmodifieddate, createdate, hs_object_id or email, not '" +
        filter.property + "'");
  if (!kOperators.count(filter.op))
    throw BadRequest("operator '" + filter.op + "' is not supported");
  if (filter.property != "email") number(filter.value, "filter value");
  return filter;
}

std::int64_t numeric(const Contact& c, std::string_view property) {
  if (property == "lastmodifieddate") return c.modified_ms;
  if (property == "createdate") return c.created_ms;
  return c.id;
}

template <class T>
bool compare(const T& mine, std::string_view op, const T& value) {
  if (op == "EQ") return mine == value;
  if (op == "NEQ") return mine != value;
  if (op == "GT") return mine > value;
  if (op == "GTE") return mine >= value;
  if (op == "LT") return mine < value;
  return mine <= value;
}

bool passes(const SearchFilter& f, const Contact& c) {
  if (f.property == "email") return compare<std::string>(c.person.email, f.op, f.value);
  return compare<std::int64_t>(numeric(c, f.property), f.op, number(f.value, "filter value"));
}

}  // namespace

SearchRequest parse_search(const std::string& body) {
  boost::system::error_code ec;
  auto parsed = json::parse(body, ec);
  if (ec || !parsed.is_object())
    throw BadRequest("Invalid input JSON: the body must be a JSON object");
  const auto& o = parsed.as_object();
  SearchRequest r;
  try {
    if (o.contains("filterGroups")) {
      for (const auto& g : o.at("filterGroups").as_array()) {
        std::vector<SearchFilter> group;
        for (const auto& f : g.at("filters").as_array()) group.push_back(read_filter(f));
        r.groups.push_back(std::move(group));
      }
    }
    if (o.contains("sorts") && !o.at("sorts").as_array().empty()) {
      const auto& sorts = o.at("sorts").as_array();
      if (sorts.size() > 1)
        throw BadRequest("search allows one sort, got " + std::to_string(sorts.size()));
      r.sort_property = text_of(sorts[0].at("propertyName"), "sorts.propertyName");
      r.descending = sorts[0].as_object().contains("direction") &&
                     text_of(sorts[0].at("direction"), "direction") == "DESCENDING";
    }
    if (o.contains("properties")) {
      for (const auto& p : o.at("properties").as_array())
        r.properties.push_back(text_of(p, "properties"));
    } else {
      r.properties = {"createdate",       "email",   "firstname", "hs_object_id",
                      "lastmodifieddate", "lastname"};
    }
    if (o.contains("limit")) r.limit = number(text_of(o.at("limit"), "limit"), "limit");
    if (o.contains("after")) r.after = number(text_of(o.at("after"), "after"), "after");
  } catch (const std::exception& e) {
    if (dynamic_cast<const BadRequest*>(&e)) throw;
    throw BadRequest(std::string("Invalid input JSON: ") + e.what());
  }
  if (r.groups.size() > 5) throw BadRequest("at most 5 filterGroups are allowed");
  if (r.limit < 1 || r.limit > kMaxSearchLimit)
    throw BadRequest("limit must be between 1 and 200, got " + std::to_string(r.limit));
  if (r.after < 0 || r.after >= kSearchCap)
    throw BadRequest("paging past " + std::to_string(kSearchCap) +
                     " results is not allowed: after=" + std::to_string(r.after) +
                     "; narrow the query (re-query from the last lastmodifieddate)");
  if (r.sort_property != "hs_object_id" && r.sort_property != "lastmodifieddate" &&
      r.sort_property != "createdate")
    throw BadRequest("this sandbox sorts by hs_object_id, lastmodifieddate or createdate, not '" +
                     r.sort_property + "'");
  return r;
}

bool matches(const SearchRequest& request, const Contact& contact) {
  if (request.groups.empty()) return true;
  return std::any_of(request.groups.begin(), request.groups.end(), [&](const auto& group) {
    return std::all_of(group.begin(), group.end(),
                       [&](const SearchFilter& f) { return passes(f, contact); });
  });
}

boost::json::object search_response(const SearchRequest& request, std::vector<Contact> matching,
                                    std::uint64_t seed) {
  auto key = [&](const Contact& c) { return numeric(c, request.sort_property); };
  auto tie = [&](const Contact& c) {
    return hash_of({seed, 0x7469u, static_cast<std::uint64_t>(c.id)});
  };
  std::sort(matching.begin(), matching.end(), [&](const Contact& a, const Contact& b) {
    if (key(a) != key(b)) return request.descending ? key(a) > key(b) : key(a) < key(b);
    return tie(a) < tie(b);
  });
  auto total = static_cast<std::int64_t>(matching.size());
  auto reachable = std::min(total, kSearchCap);
  auto end = std::min(request.after + request.limit, reachable);
  json::array results;
  for (auto i = request.after; i < end; ++i) {
    results.push_back(contact_json(matching[static_cast<std::size_t>(i)], request.properties));
  }
  json::object out{{"total", total}, {"results", std::move(results)}};
  // As HubSpot does, the cursor is offered even when following it would pass the cap.
  if (request.after + request.limit < total)
    out["paging"] = {{"next", {{"after", std::to_string(request.after + request.limit)}}}};
  return out;
}

}  // namespace tributary::sandbox::hubspot
