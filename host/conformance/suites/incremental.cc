// incremental: for connectors that keep a cursor. A read from the committed state asks only for
// newer data (different requests, no record it already gave); a read from a state in the future
// gives nothing and keeps that state. Connectors that propose no state read whole windows and
// are skipped.
#include <boost/json/serialize.hpp>

#include "host/conformance/future_state.h"
#include "host/conformance/read_outcome.h"
#include "host/conformance/server_control.h"
#include "host/conformance/suites.h"
#include "host/conformance/unit_probe.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

// One pass over every unit, each from its own state (the host scopes per_user state per user).
json::array state_pass(ProbeHost& host, const std::vector<sdk::StateMap>& states, const std::string& label,
                       ChildChannel& channel) {
  ServerControl(host.setup.control_url).phase(label);
  json::array units;
  auto all = unit_users(host.setup);
  for (std::size_t i = 0; i < all.size(); ++i) {
    UnitInput input{nullptr, all[i], states[i], label};
    units.push_back(unit_run_json(run_unit(host, input, channel)));
  }
  return units;
}

sdk::StateMap proposed(const json::value& unit) {
  sdk::StateMap out;
  const auto* output = unit.as_object().if_contains("output");
  if (!output || !output->is_object()) return out;
  if (const auto* s = output->as_object().if_contains("state"); s && s->is_object()) {
    for (const auto& [k, v] : s->as_object()) out[std::string(k)] = v.is_string() ? std::string(v.as_string()) : json::serialize(v);
  }
  return out;
}

json::object state_json(const std::vector<sdk::StateMap>& states) {
  json::object out;
  for (const auto& s : states) {
    for (const auto& [k, v] : s) out[k] = v;
  }
  return out;
}

// The future form of each unit's committed state, or the key that cannot be moved.
std::string make_future(const ConformanceConfig& config, const std::vector<sdk::StateMap>& committed,
                        std::vector<sdk::StateMap>& future) {
  for (const auto& state : committed) {
    sdk::StateMap f = state;
    for (auto& [key, value] : f) {
      if (config.future_state) {
        if (const auto* given = config.future_state->if_contains(key))
          value = given->is_string() ? std::string(given->as_string()) : json::serialize(*given);
        continue;
      }
      auto moved = future_value(value);
      if (!moved) return key;
      value = *moved;
    }
    future.push_back(std::move(f));
  }
  return {};
}

json::value incremental_probe(const ProbeSetup& setup, const ConformanceConfig& config, ChildChannel& channel) {
  ProbeHost host{setup, load_for_probe(setup), {}, {}};
  auto count = unit_users(setup).size();
  std::vector<sdk::StateMap> committed(count);
  json::object out;
  out["first"] = state_pass(host, committed, "incremental 1", channel);
  bool any = false;
  for (std::size_t i = 0; i < count; ++i) {
    for (auto& [k, v] : proposed(out["first"].as_array()[i])) {
      committed[i][k] = v;
      any = true;
    }
  }
  out["committed"] = state_json(committed);
  if (!any || merge_units(out["first"].as_array()).failure.size()) return out;
  out["second"] = state_pass(host, committed, "incremental 2", channel);
  std::vector<sdk::StateMap> future;
  if (auto key = make_future(config, committed, future); !key.empty()) {
    out["unmovable"] = key;
    return out;
  }
  out["future"] = state_json(future);
  out["third"] = state_pass(host, future, "incremental 3", channel);
  return out;
}

std::vector<std::string> targets(const ExchangeServer& server, const std::string& phase) {
  std::vector<std::string> out;
  for (const auto& s : server.served()) {
    if (s.phase == phase) out.push_back(s.request.method + " " + s.request.target);
  }
  return out;
}

std::string judge_second(const ReadOutcome& first, const ReadOutcome& second, const ConformanceConfig& config,
                         SuiteContext& ctx) {
  auto sent1 = targets(ctx.server(), "incremental 1");
  auto sent2 = targets(ctx.server(), "incremental 2");
  if (!sent2.empty() && sent1 == sent2)
    return "the read from the committed state sent exactly the requests of the first read (" + sent2.front() +
           (sent2.size() > 1 ? ", ..." : "") + "); it must use its cursor and ask only for newer data";
  if (config.allow_overlap) return {};
  std::size_t repeats = 0;
  std::string example;
  for (const char* kind : {"metrics", "leads"}) {
    for (const auto& r : second.records.at(kind).as_array()) {
      for (const auto& old : first.records.at(kind).as_array()) {
        if (r == old) {
          if (example.empty()) example = json::serialize(r).substr(0, 120);
          ++repeats;
          break;
        }
      }
    }
  }
  if (repeats > 0)
    return "the read from the committed state returned " + std::to_string(repeats) +
           " record(s) the first read already gave (e.g. " + example +
           "); ask for data newer than the cursor, or set incremental.allow_overlap when the "
           "vendor's filter is inclusive";
  return {};
}

std::string judge_future(const json::object& r) {
  auto third = merge_units(r.at("third").as_array());
  if (!third.failure.empty()) return "the read from a state in the future failed: " + third.failure;
  auto n = record_count(third.records);
  if (n > 0)
    return "from a state in the future (" + json::serialize(r.at("future")) + ") the read returned " +
           std::to_string(n) + " record(s); nothing is newer than the future";
  const auto& future = r.at("future").as_object();
  for (const auto& [k, v] : third.records.at("state").as_object()) {
    const auto* kept = future.if_contains(k);
    if (kept && *kept != v)
      return "from a state in the future the connector proposed " + std::string(k) + " = " + json::serialize(v) +
             " instead of keeping " + json::serialize(*kept) + "; a cursor must never move back";
  }
  return {};
}

}  // namespace

CheckResult run_incremental(SuiteContext& ctx) {
  if (auto skipped = needs_setup(ctx)) return *skipped;
  const auto& setup = *ctx.setup();
  const auto& config = *ctx.config();
  auto outcome = ctx.run_child([&](ChildChannel& channel) { return incremental_probe(setup, config, channel); });
  if (!outcome.result) return fail("the reads " + outcome.failure);
  const auto& r = outcome.result->as_object();
  auto first = merge_units(r.at("first").as_array());
  if (!first.failure.empty()) return fail("the first read's " + first.failure);
  if (r.at("committed").as_object().empty())
    return skip("the connector proposes no state: it reads whole windows, so there is no cursor to check");
  if (const auto* key = r.if_contains("unmovable"))
    return fail("cannot tell how to move state key '" + std::string(key->as_string()) +
                "' into the future (it is not a date, an instant or a number); give "
                "incremental.future_state in the conformance file");
  auto second = merge_units(r.at("second").as_array());
  if (!second.failure.empty()) return fail("the read from the committed state's " + second.failure);
  if (auto problem = judge_second(first, second, config, ctx); !problem.empty()) return fail(problem);
  if (auto problem = judge_future(r); !problem.empty()) return fail(problem);
  return pass("state " + json::serialize(r.at("committed")) + ": the next read gave " +
              std::to_string(record_count(second.records)) + " new record(s) (first read " +
              std::to_string(record_count(first.records)) + "); a future state gave nothing and was kept");
}

}  // namespace tributary::host::conformance
