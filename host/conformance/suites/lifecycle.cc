// lifecycle: many create/destroy cycles and load/unload cycles in a child process leave no heap
// growth, file descriptors or threads behind. An AddressSanitizer build of the same cycles
// (tributary-conformance-lifecycle-asan) runs in CI; see docs/writing-a-connector.md.
#include "host/conformance/lifecycle_probe.h"
#include "host/conformance/suites.h"
#include "host/conformance/unit_probe.h"
#include "host/runner/window.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

// Each connector made is asked for its declaration and, when the conformance file has one, runs
// the first normalize case: the code a real unit runs, without the network.
std::function<void(sdk::Connector&)> exercise_for(const ProbeSetup* setup, const ConformanceConfig* config) {
  if (!setup || !config || config->normalize.empty())
    return [](sdk::Connector& c) { (void)c.declaration().name.size(); };
  const auto& c = config->normalize.front();
  auto ctx = std::make_shared<sdk::NormalizeContext>();
  ctx->config = setup->good_config;
  for (const auto& [k, v] : c.config_overlay) ctx->config[k] = v;
  ctx->org = setup->org;
  ctx->users = c.users.value_or(setup->users);
  ctx->window = setup->window;
  if (c.window) {
    if (auto w = window_between(c.window->from, c.window->to, setup->org.timezone)) ctx->window = *w;
  }
  auto pages = std::make_shared<sdk::FetchResult>();
  pages->context = c.context;
  for (const auto& p : c.pages) pages->pages.push_back({p.stream, p.body, p.meta});
  return [ctx, pages](sdk::Connector& connector) {
    (void)connector.declaration().name.size();
    (void)connector.normalize(*ctx, *pages);
  };
}

}  // namespace

CheckResult run_lifecycle(SuiteContext& ctx) {
  if (!ctx.description().declaration) return skip("the plugin did not load (see handshake)");
  auto exercise = exercise_for(ctx.setup(), ctx.config());
  auto path = ctx.target().library_path;
  LifecycleCounts counts;
  auto outcome = ctx.run_child([&](ChildChannel& channel) -> json::value {
    channel.step("create/destroy and load/unload cycles");
    auto r = run_lifecycle(path, counts, exercise);
    json::array problems;
    for (auto& p : lifecycle_problems(r)) problems.emplace_back(p);
    return json::object{{"problems", std::move(problems)},        {"create_cycles", r.create_cycles},
                        {"load_cycles", r.load_cycles},           {"heap_growth_create", r.heap_growth_create},
                        {"heap_growth_load", r.heap_growth_load}, {"still_mapped", r.still_mapped}};
  });
  if (!outcome.result) return fail("the lifecycle cycles " + outcome.failure);
  const auto& r = outcome.result->as_object();
  std::vector<std::string> problems;
  for (const auto& p : r.at("problems").as_array()) problems.emplace_back(p.as_string());
  std::vector<std::string> details;
  if (r.at("still_mapped").as_bool())
    details.push_back("note: the library stays mapped after its last unload (it has STB_GNU_UNIQUE "
                      "symbols, which libstdc++ templates such as std::to_string create, or was opened "
                      "RTLD_NODELETE); harmless, but a new build of it needs a host restart");
  if (!problems.empty()) {
    auto first = problems.front();
    problems.erase(problems.begin());
    problems.insert(problems.end(), details.begin(), details.end());
    return fail(first, std::move(problems));
  }
  return pass(std::to_string(r.at("create_cycles").as_int64()) + " create/destroy and " +
                  std::to_string(r.at("load_cycles").as_int64()) + " load/unload cycles: heap " +
                  std::to_string(r.at("heap_growth_create").as_int64()) + " / " +
                  std::to_string(r.at("heap_growth_load").as_int64()) +
                  " bytes apart, no file descriptors or threads left behind",
              std::move(details));
}

}  // namespace tributary::host::conformance
