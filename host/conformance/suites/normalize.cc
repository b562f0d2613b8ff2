// normalize: the recorded pages of each case give exactly the expected records, and the same
// records again on a fresh connector, on the same connector a second time, with the wall clock
// moved far ahead, and under another process time zone. Pure means no way to tell those apart.
#include <cstdlib>
#include <ctime>
#include <fstream>

#include "host/conformance/clock_shift.h"
#include "host/conformance/records_diff.h"
#include "host/conformance/suites.h"
#include "host/conformance/unit_probe.h"
#include "host/runner/window.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

constexpr std::chrono::seconds kClockShift = std::chrono::hours(24 * 1000 + 13) + std::chrono::minutes(17);
constexpr const char* kOtherZone = "Pacific/Kiritimati";  // UTC+14: every local date moves

struct Variant {
  const char* key;
  const char* problem;  // what a difference from the first run means
};

const Variant kVariants[] = {
    {"fresh", "a second connector object gave different records for the same pages; normalize "
              "must be deterministic (no iteration over unordered containers, no addresses, no "
              "random numbers)"},
    {"again", "calling normalize twice on one connector gave different records; normalize must not "
              "keep anything between calls"},
    {"clock", "with the wall clock moved 1000 days ahead normalize gave different records, so it "
              "reads the clock; normalize must be pure: take days from the window and the pages, "
              "and if it needs 'now', have fetch read ctx.host->clock() and pass it in the context"},
    {"timezone", "with the process time zone set to Pacific/Kiritimati normalize gave different "
                 "records, so it uses the machine's zone (localtime, mktime); use sdk::local_date "
                 "with the organisation's zone"},
};

json::value normalize_once(const LoadedPluginPtr& plugin, const sdk::NormalizeContext& ctx,
                           const sdk::FetchResult& pages, sdk::Connector* reuse = nullptr) {
  ConnectorPtr owned;
  if (!reuse) {
    auto created = plugin->create();
    if (!created) return json::object{{"status", status_json(created.status())}};
    owned = *created;
    reuse = owned.get();
  }
  auto out = reuse->normalize(ctx, pages);
  if (!out) return json::object{{"status", status_json(out.status())}};
  return json::object{{"output", output_json(*out)}};
}

json::value run_case(const ProbeSetup& setup, const LoadedPluginPtr& plugin, const NormalizeCase& c,
                     ChildChannel& channel) {
  sdk::NormalizeContext ctx;
  ctx.config = setup.good_config;
  for (const auto& [k, v] : c.config_overlay) ctx.config[k] = v;
  ctx.org = setup.org;
  ctx.users = c.users.value_or(setup.users);
  ctx.window = setup.window;
  if (c.window) {
    auto w = window_between(c.window->from, c.window->to, setup.org.timezone);
    if (!w) return json::object{{"setup_error", w.status().message()}};
    ctx.window = *w;
  }
  sdk::FetchResult pages;
  pages.context = c.context;
  for (const auto& p : c.pages) pages.pages.push_back({p.stream, p.body, p.meta});

  json::object runs;
  channel.step("normalize (case '" + c.name + "')");
  auto created = plugin->create();
  if (!created) return json::object{{"first", json::object{{"status", status_json(created.status())}}}};
  runs["first"] = normalize_once(plugin, ctx, pages, created->get());
  channel.step("normalize on a fresh connector (case '" + c.name + "')");
  runs["fresh"] = normalize_once(plugin, ctx, pages);
  channel.step("normalize again on the first connector (case '" + c.name + "')");
  runs["again"] = normalize_once(plugin, ctx, pages, created->get());
  channel.step("normalize with the clock 1000 days ahead (case '" + c.name + "')");
  set_clock_shift(kClockShift);
  runs["clock"] = normalize_once(plugin, ctx, pages);
  set_clock_shift(std::chrono::seconds{0});
  channel.step("normalize with TZ=" + std::string(kOtherZone) + " (case '" + c.name + "')");
  const char* old_tz = std::getenv("TZ");
  std::string saved = old_tz ? old_tz : "";
  ::setenv("TZ", kOtherZone, 1);
  ::tzset();
  runs["timezone"] = normalize_once(plugin, ctx, pages);
  if (old_tz) ::setenv("TZ", saved.c_str(), 1); else ::unsetenv("TZ");
  ::tzset();
  return runs;
}

std::string describe_run(const json::value& run) {
  if (const auto* s = run.as_object().if_contains("status")) return status_from_json(*s).to_string();
  return "records";
}

// Compares one case's runs; empty when it conforms.
std::string judge_case(const NormalizeCase& c, const json::object& runs, const RunnerOptions& options,
                       std::vector<std::string>& details) {
  std::string name = "case '" + c.name + "': ";
  if (const auto* e = runs.if_contains("setup_error")) return name + std::string(e->as_string());
  const auto& first = runs.at("first").as_object();
  if (!first.contains("output")) return name + "normalize failed: " + describe_run(first);
  const auto& output = first.at("output").as_object();
  for (const auto& v : kVariants) {
    const auto* other = runs.if_contains(v.key);
    if (!other) continue;
    if (auto d = first_difference(runs.at("first"), *other))
      return name + v.problem + " (first difference: " + *d + ")";
  }
  if (options.update_expected && !c.expected.file.empty()) {
    json::object keep{{"metrics", output.at("metrics")}, {"leads", output.at("leads")},
                      {"covered_users", output.at("covered_users")}, {"state", output.at("state")}};
    std::ofstream(c.expected.file) << reviewable_json(keep);
    details.push_back(name + "wrote " + c.expected.file + "; review it before you commit it");
    return {};
  }
  if (!c.expected.records)
    return name + "no expected records: " +
           (c.expected.file.empty() ? std::string("give 'expected'")
                                    : c.expected.file + " does not exist (run with --update-expected to "
                                      "write it from what normalize produces now, then check it by hand)");
  if (auto d = records_difference(*c.expected.records, output))
    return name + "the records differ from the expected ones: " + *d;
  return {};
}

}  // namespace

CheckResult run_normalize(SuiteContext& ctx) {
  if (auto skipped = needs_setup(ctx)) return *skipped;
  const auto& config = *ctx.config();
  if (config.normalize.empty())
    return skip("the conformance file has no normalize cases (recorded pages and their expected records)");
  const auto& setup = *ctx.setup();
  auto outcome = ctx.run_child([&](ChildChannel& channel) -> json::value {
    auto plugin = load_for_probe(setup);
    json::array cases;
    for (const auto& c : config.normalize) cases.push_back(run_case(setup, plugin, c, channel));
    return cases;
  });
  if (!outcome.result) return fail("normalize " + outcome.failure);
  const auto& cases = outcome.result->as_array();
  std::vector<std::string> details;
  std::size_t records = 0;
  for (std::size_t i = 0; i < config.normalize.size(); ++i) {
    auto problem = judge_case(config.normalize[i], cases[i].as_object(), ctx.options(), details);
    if (!problem.empty()) return fail(problem, details);
    const auto& out = cases[i].at("first").at("output");
    records += out.at("metrics").as_array().size() + out.at("leads").as_array().size();
  }
  return pass(std::to_string(config.normalize.size()) + " case(s), " + std::to_string(records) +
                  " records as expected; identical on a fresh connector, on a second call, with the "
                  "clock moved and under another time zone",
              std::move(details));
}

}  // namespace tributary::host::conformance
