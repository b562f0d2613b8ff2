#include "host/conformance/records_diff.h"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <cmath>
#include <map>
#include <set>
#include <vector>

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxReported = 5;

bool numbers_equal(double a, double b) {
  return a == b || std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

std::string show(const json::value& v) {
  auto text = json::serialize(v);
  if (text.size() > 80) text = text.substr(0, 77) + "...";
  return text;
}

const json::array& array_of(const json::object& o, std::string_view key) {
  static const json::array kEmpty;
  const auto* v = o.if_contains(key);
  return v && v->is_array() ? v->as_array() : kEmpty;
}

std::string field(const json::value& record, std::string_view key) {
  const auto* v = record.is_object() ? record.as_object().if_contains(key) : nullptr;
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

class Differences {
 public:
  void add(std::string what) {
    if (items_.size() < kMaxReported) items_.push_back(std::move(what));
    ++count_;
  }
  std::optional<std::string> text() const {
    if (count_ == 0) return std::nullopt;
    std::string out;
    for (const auto& i : items_) out += (out.empty() ? "" : "; ") + i;
    if (count_ > items_.size()) out += "; and " + std::to_string(count_ - items_.size()) + " more";
    return out;
  }

 private:
  std::vector<std::string> items_;
  std::size_t count_ = 0;
};

using KeyFn = std::string (*)(const json::value&);

std::string metric_key(const json::value& m) {
  return field(m, "user_id") + " " + field(m, "type") + " " + field(m, "date");
}
std::string lead_key(const json::value& l) { return "crm_id " + field(l, "crm_id"); }

// Matches records by key; compares only the fields the expected record lists.
void compare_records(const char* kind, const json::array& expected, const json::array& actual,
                     KeyFn key_of, Differences& out) {
  std::map<std::string, const json::value*> got;
  for (const auto& r : actual) {
    if (!got.emplace(key_of(r), &r).second)
      out.add(std::string("two ") + kind + " records for " + key_of(r));
  }
  std::set<std::string> seen;
  for (const auto& want : expected) {
    auto key = key_of(want);
    seen.insert(key);
    auto it = got.find(key);
    if (it == got.end()) {
      out.add(std::string("expected ") + kind + " " + key + " is missing");
      continue;
    }
    if (!want.is_object()) continue;
    for (const auto& [name, value] : want.as_object()) {
      const auto* have = it->second->as_object().if_contains(name);
      if (!have) {
        out.add(std::string(kind) + " " + key + ": no field '" + std::string(name) + "'");
      } else if (auto d = first_difference(value, *have, std::string(name))) {
        out.add(std::string(kind) + " " + key + ": " + *d + " (expected vs produced)");
      }
    }
  }
  for (const auto& r : actual) {
    if (!seen.count(key_of(r)))
      out.add(std::string("unexpected ") + kind + " " + key_of(r) + " " + show(r));
  }
}

json::array sorted_strings(const json::value* v) {
  std::vector<std::string> items;
  if (v && v->is_array()) {
    for (const auto& s : v->as_array()) items.push_back(s.is_string() ? std::string(s.as_string()) : json::serialize(s));
  }
  std::sort(items.begin(), items.end());
  json::array out;
  for (auto& s : items) out.emplace_back(s);
  return out;
}

// Notes compare by user and failure kind: the message wording is the connector's own.
json::array note_kinds(const json::value* v) {
  json::array out;
  if (!v || !v->is_array()) return out;
  for (const auto& n : v->as_array()) {
    std::string kind;
    if (const auto* s = n.as_object().if_contains("status"))
      kind = s->is_object() ? field(*s, "kind") : (s->is_string() ? std::string(s->as_string()) : "");
    out.push_back(json::string(field(n, "user_id") + ": " + kind));
  }
  return out;
}

}  // namespace

std::optional<std::string> first_difference(const json::value& a, const json::value& b,
                                            const std::string& path) {
  std::string at = path.empty() ? "" : path + ": ";
  if (a.is_number() && b.is_number()) {
    if (numbers_equal(a.to_number<double>(), b.to_number<double>())) return std::nullopt;
    return at + show(a) + " vs " + show(b);
  }
  if (a.kind() != b.kind()) return at + show(a) + " vs " + show(b);
  if (a.is_object()) {
    const auto& x = a.as_object();
    const auto& y = b.as_object();
    for (const auto& [k, v] : x) {
      auto sub = path.empty() ? std::string(k) : path + "." + std::string(k);
      const auto* other = y.if_contains(k);
      if (!other) return sub + ": present vs absent";
      if (auto d = first_difference(v, *other, sub)) return d;
    }
    for (const auto& [k, v] : y) {
      if (!x.contains(k)) return (path.empty() ? std::string(k) : path + "." + std::string(k)) + ": absent vs " + show(v);
    }
    return std::nullopt;
  }
  if (a.is_array()) {
    const auto& x = a.as_array();
    const auto& y = b.as_array();
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
      if (auto d = first_difference(x[i], y[i], path + "[" + std::to_string(i) + "]")) return d;
    }
    if (x.size() != y.size())
      return at + std::to_string(x.size()) + " items vs " + std::to_string(y.size());
    return std::nullopt;
  }
  if (a == b) return std::nullopt;
  return at + show(a) + " vs " + show(b);
}

std::optional<std::string> records_difference(const json::object& expected, const json::object& actual) {
  Differences out;
  compare_records("metric", array_of(expected, "metrics"), array_of(actual, "metrics"), metric_key, out);
  compare_records("lead", array_of(expected, "leads"), array_of(actual, "leads"), lead_key, out);
  if (const auto* want = expected.if_contains("covered_users")) {
    if (auto d = first_difference(sorted_strings(want), sorted_strings(actual.if_contains("covered_users")), "covered_users"))
      out.add(*d);
  }
  if (const auto* want = expected.if_contains("state")) {
    const auto* have = actual.if_contains("state");
    if (auto d = first_difference(*want, have ? *have : json::value(json::object{}), "state")) out.add(*d);
  }
  if (const auto* want = expected.if_contains("notes")) {
    if (auto d = first_difference(note_kinds(want), note_kinds(actual.if_contains("notes")), "notes"))
      out.add(*d);
  }
  if (const auto* want = expected.if_contains("summary"); want && want->is_object()) {
    const auto* have = actual.if_contains("summary");
    for (const auto& [k, v] : want->as_object()) {
      const auto* got = have && have->is_object() ? have->as_object().if_contains(k) : nullptr;
      if (!got) {
        out.add("summary." + std::string(k) + ": missing");
      } else if (auto d = first_difference(v, *got, "summary." + std::string(k))) {
        out.add(*d);
      }
    }
  }
  return out.text();
}

}  // namespace tributary::host::conformance
