// idempotence: two full reads committed into a scratch store, the way `tributary run` commits
// them (the runner's own unit executor), leave identical rows; the second changes nothing. The
// connector state is forgotten between them, so a connector with a cursor reads in full twice.
#include <filesystem>

#include "host/conformance/read_outcome.h"
#include "host/conformance/records_diff.h"
#include "host/conformance/server_control.h"
#include "host/conformance/store_dump.h"
#include "host/conformance/suites.h"
#include "host/conformance/unit_probe.h"
#include "host/runner/unit_executor.h"

namespace tributary::host::conformance {

namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

json::object store_pass(const ProbeSetup& setup, const LoadedPluginPtr& plugin, Store& store,
                        const std::string& db, int number, ChildChannel& channel) {
  ServerControl(setup.control_url).phase("idempotence " + std::to_string(number));
  Redactor redactor;
  for (const auto& s : setup.secrets) redactor.add(s);
  FixedClock clock(setup.now);
  json::array units;
  for (auto& users : unit_users(setup)) {
    UnitSpec spec;
    spec.pipeline = "conformance";
    spec.connector_name = spec.plugin_name = setup.declaration.name;
    spec.plugin = plugin;
    spec.declaration = &setup.declaration;
    spec.config = setup.good_config;
    spec.http = setup.http;
    spec.users = users;
    spec.window = setup.window;
    spec.org = setup.org;
    spec.account_scope = setup.declaration.name + "/conformance";
    channel.step("read " + std::to_string(number) + " into the scratch store (" +
                 (users.size() == 1 ? "user " + users.front().id : std::to_string(users.size()) + " users") + ")");
    auto result = execute_unit(spec, store, clock, redactor);
    units.push_back({{"status", status_json(result.status)},
                     {"inserted", result.writes.inserted}, {"updated", result.writes.updated},
                     {"unchanged", result.writes.unchanged}, {"deleted", result.writes.deleted}});
  }
  return {{"units", std::move(units)}, {"metrics", dump_metrics(db)}, {"state", dump_state(db)}};
}

std::string unit_failure(const json::object& pass) {
  for (const auto& u : pass.at("units").as_array()) {
    auto status = status_from_json(u.at("status"));
    if (!status) return status.to_string();
  }
  return {};
}

std::int64_t total(const json::object& pass, const char* key) {
  std::int64_t n = 0;
  for (const auto& u : pass.at("units").as_array()) n += u.at(key).as_int64();
  return n;
}

}  // namespace

CheckResult run_idempotence(SuiteContext& ctx) {
  if (auto skipped = needs_setup(ctx)) return *skipped;
  const auto& setup = *ctx.setup();
  auto dir = fs::temp_directory_path() / ("tributary-conformance-store-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto db = (dir / "scratch.db").string();
  bool leads = false;
  for (auto k : setup.declaration.record_kinds) leads = leads || k == sdk::RecordKind::kLead;
  auto outcome = ctx.run_child([&](ChildChannel& channel) -> json::value {
    auto plugin = load_for_probe(setup);
    auto store = open_sqlite_store(db);
    json::object out{{"first", store_pass(setup, plugin, *store, db, 1, channel)}};
    // Both reads are full reads: a connector with a cursor would otherwise read incrementally.
    clear_connector_state(db);
    out["second"] = store_pass(setup, plugin, *store, db, 2, channel);
    if (leads) {  // the store keeps no leads yet: compare what two reads emit
      ProbeHost host{setup, plugin, {}, {}};
      for (const char* key : {"leads_first", "leads_second"}) {
        json::array units;
        for (const auto& run : run_read(host, {}, key, channel)) units.push_back(unit_run_json(run));
        out[key] = merge_units(units).records.at("leads");
      }
    }
    return out;
  });
  std::error_code ignored;
  fs::remove_all(dir, ignored);
  if (!outcome.result) return fail("the reads " + outcome.failure);
  const auto& r = outcome.result->as_object();
  const auto& first = r.at("first").as_object();
  const auto& second = r.at("second").as_object();
  for (const auto* pass : {&first, &second}) {
    if (auto f = unit_failure(*pass); !f.empty())
      return fail(std::string(pass == &first ? "the first" : "the second") + " read failed: " + f);
  }
  if (auto d = first_difference(first.at("metrics"), second.at("metrics"), "metrics rows"))
    return fail("a second full read changed the store: " + *d + " (inserted " +
                std::to_string(total(second, "inserted")) + ", updated " + std::to_string(total(second, "updated")) +
                ", deleted " + std::to_string(total(second, "deleted")) +
                "); the same vendor data must give the same rows");
  if (auto d = first_difference(first.at("state"), second.at("state"), "connector state"))
    return fail("a second full read left different connector state: " + *d);
  if (leads) {
    if (auto d = first_difference(r.at("leads_first"), r.at("leads_second"), "leads"))
      return fail("two full reads emitted different leads: " + *d);
  }
  return pass(std::to_string(first.at("metrics").as_array().size()) + " metric rows and " +
              std::to_string(first.at("state").as_array().size()) +
              " state entries identical after a second read (it left " + std::to_string(total(second, "unchanged")) +
              " rows unchanged, inserted " + std::to_string(total(second, "inserted")) + ", updated " +
              std::to_string(total(second, "updated")) + ", deleted " + std::to_string(total(second, "deleted")) + ")");
}

}  // namespace tributary::host::conformance
