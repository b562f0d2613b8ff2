#include "host/conformance/read_outcome.h"

#include <boost/json/serialize.hpp>
#include <map>
#include <set>

#include "host/conformance/record_json.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

std::string str(const json::value& record, std::string_view key) {
  const auto* v = record.as_object().if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

void append(json::object& into, const json::object& from, const char* key) {
  auto& target = into[key];
  if (!target.is_array()) target = json::array();
  if (const auto* v = from.if_contains(key); v && v->is_array()) {
    for (const auto& item : v->as_array()) target.as_array().push_back(item);
  }
}

}  // namespace

ReadOutcome merge_units(const json::array& units) {
  ReadOutcome out;
  out.records = {{"metrics", json::array()}, {"leads", json::array()}, {"covered_users", json::array()},
                 {"state", json::object()}, {"notes", json::array()}};
  for (const auto& unit_value : units) {
    const auto& unit = unit_value.as_object();
    if (const auto* logs = unit.if_contains("logs")) {
      for (const auto& l : logs->as_array())
        out.logs.push_back(str(l, "level") + ": " + str(l, "message"));
    }
    auto status = status_from_json(unit.at("status"));
    if (!status) {
      out.failure = str(unit_value, "failed_at") + " failed: " + status.to_string();
      return out;
    }
    if (const auto* f = unit.if_contains("fetched"); f && f->is_object()) {
      if (const auto* p = f->as_object().if_contains("pages"); p && p->is_number())
        out.pages += p->to_number<std::int64_t>();
    }
    const auto& output = unit.at("output").as_object();
    for (const char* key : {"metrics", "leads", "covered_users", "notes"}) append(out.records, output, key);
    if (const auto* s = output.if_contains("state"); s && s->is_object()) {
      for (const auto& [k, v] : s->as_object()) out.records["state"].as_object()[k] = v;
    }
  }
  return out;
}

std::vector<std::string> record_id_problems(const json::object& records, const std::string& source) {
  std::vector<std::string> problems;
  std::set<std::string> ids;
  for (const auto& m : records.at("metrics").as_array()) {
    auto user = str(m, "user_id"), type = str(m, "type"), date = str(m, "date");
    if (user.empty() || type.empty() || date.empty()) {
      problems.push_back("a metric has no " + std::string(user.empty() ? "user_id" : type.empty() ? "type" : "date") +
                         ": " + json::serialize(m));
      continue;
    }
    auto id = user + "_" + type + "_" + date + "_" + source;
    if (!ids.insert(id).second)
      problems.push_back("two metrics have the id " + id + "; emit one record per user, type and day");
  }
  std::set<std::string> crm_ids;
  for (const auto& l : records.at("leads").as_array()) {
    auto id = str(l, "crm_id");
    if (id.empty()) problems.push_back("a lead has no crm_id: " + json::serialize(l));
    else if (!crm_ids.insert(id).second) problems.push_back("two leads have crm_id " + id);
  }
  return problems;
}

std::vector<std::string> coverage_problems(const ExchangeServer& server, const std::string& phase) {
  std::vector<std::string> problems;
  std::set<int> reached;
  for (const auto& s : server.served()) {
    if (s.phase != phase) continue;
    if (s.exchange >= 0) reached.insert(s.exchange);
    else
      problems.push_back("the connector requested " + s.request.method + " " + s.request.target +
                         ", which no recorded exchange matches (add one to the conformance file, or "
                         "fix the request)");
  }
  const auto& exchanges = server.exchanges();
  for (std::size_t i = 0; i < exchanges.size(); ++i) {
    const auto& e = exchanges[i];
    if (e.optional || e.response.status < 200 || e.response.status >= 300 || reached.count(static_cast<int>(i)))
      continue;
    problems.push_back("recorded exchange '" + e.name + "' (" + e.where +
                       ") was never requested: a read must follow every page the vendor offers "
                       "(mark exchanges only other calls use `optional: true`)");
  }
  return problems;
}

std::int64_t record_count(const json::object& records) {
  return static_cast<std::int64_t>(records.at("metrics").as_array().size() +
                                   records.at("leads").as_array().size());
}

}  // namespace tributary::host::conformance
