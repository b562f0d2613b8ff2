#include "host/conformance/runner.h"

#include <boost/asio/io_context.hpp>

#include "host/conformance/secret_scan.h"
#include "host/conformance/suites.h"
#include "host/core/did_you_mean.h"
#include "host/core/redactor.h"

namespace tributary::host::conformance {

namespace {

sdk::Result<std::vector<const Suite*>> select_suites(const std::vector<std::string>& names) {
  std::vector<const Suite*> out;
  std::vector<std::string> known;
  for (const auto& s : all_suites()) known.emplace_back(s.name);
  for (const auto& s : all_suites()) {
    if (names.empty() || std::find(names.begin(), names.end(), s.name) != names.end()) out.push_back(&s);
  }
  for (const auto& n : names) {
    if (std::find(known.begin(), known.end(), n) == known.end()) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      return sdk::Status::config("--suite " + n + " is not a check" + did_you_mean(n, known) + "; the checks are: " + list);
    }
  }
  return out;
}

// One line of text: vendor bodies quoted in messages bring their own line breaks.
std::string one_line(std::string text) {
  for (auto& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

// Reports quote what connectors said; a leaky connector must not leak through the report.
void redact(std::vector<CheckResult>& checks, SuiteContext& ctx) {
  Redactor redactor;
  if (const auto* setup = ctx.setup()) {
    for (const auto& s : setup->secrets) redactor.add(s);
  }
  for (const auto& s : wire_credentials(ctx.server().served(), "")) redactor.add(s.value);
  for (auto& c : checks) {
    c.reason = one_line(redactor.redact(c.reason));
    for (auto& d : c.details) d = one_line(redactor.redact(d));
  }
}

}  // namespace

bool Report::success() const {
  return std::none_of(checks.begin(), checks.end(), [](const auto& c) { return c.verdict == Verdict::kFail; });
}

sdk::Result<Report> run_conformance(const RunRequest& request) {
  auto suites = select_suites(request.suites);
  if (!suites) return suites.status();
  auto target = locate_plugin(request.plugin, request.plugin_dirs);
  if (!target) return target.status();
  std::optional<ConformanceConfig> config;
  if (request.config_path) {
    auto load = load_conformance_config(*request.config_path);
    if (!load.config) {
      std::string all;
      for (const auto& e : load.errors) all += (all.empty() ? "" : "\n") + e;
      return sdk::Status::config(all);
    }
    config = std::move(load.config);
  }
  boost::asio::io_context io;
  ExchangeServer server(io, config ? config->recorded : std::vector<Exchange>{});
  server.listen();
  SuiteContext ctx(io, server, *target, config ? &*config : nullptr, request.options);

  Report report;
  report.library = target->library_path;
  report.plugin = request.plugin;
  report.config_path = config ? config->path : "";
  for (const auto* suite : *suites) {
    auto started = std::chrono::steady_clock::now();
    auto result = suite->run(ctx);
    result.name = suite->name;
    result.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now() - started).count();
    report.checks.push_back(std::move(result));
  }
  if (const auto& d = ctx.description(); d.declaration)
    report.plugin = d.declaration->declaration.name + " " + d.declaration->declaration.version;
  if (const auto* setup = ctx.setup())
    report.endpoint = setup->recorded ? "recorded exchanges on " + server.root_url()
                                      : (request.options.base_url.empty() ? config->endpoint : request.options.base_url);
  redact(report.checks, ctx);
  return report;
}

}  // namespace tributary::host::conformance
