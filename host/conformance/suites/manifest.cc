// manifest: the <lib>.manifest.json that `plugins list` reads without loading code says what the
// library says about itself at run time.
#include <algorithm>
#include <set>

#include "host/conformance/suites.h"

namespace tributary::host::conformance {

namespace {

std::string list(const std::set<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return "[" + out + "]";
}

void compare(std::vector<std::string>& out, const char* field, const std::string& manifest,
             const std::string& actual, const char* source) {
  if (manifest != actual)
    out.push_back(std::string(field) + ": the manifest says '" + manifest + "', " + source + " '" + actual + "'");
}

void compare_sets(std::vector<std::string>& out, const char* field, const std::vector<std::string>& manifest,
                  const std::vector<std::string>& declared) {
  std::set<std::string> m(manifest.begin(), manifest.end()), d(declared.begin(), declared.end());
  if (m != d)
    out.push_back(std::string(field) + ": the manifest lists " + list(m) + ", the declaration " + list(d));
}

}  // namespace

CheckResult run_manifest(SuiteContext& ctx) {
  const auto& d = ctx.description();
  if (!d.declaration) return skip("the plugin did not load (see handshake)");
  const auto& target = ctx.target();
  if (!target.manifest)
    return fail(target.manifest_problem + "; the host lists and finds plugins by their manifest, so "
                "it cannot see this one (tributary_add_plugin copies manifest.json beside the library)");
  const auto& m = *target.manifest;
  const auto& decl = d.declaration->declaration;
  std::vector<std::string> problems;
  compare(problems, "name", m.name, field_text(d.info, "plugin_name"), "the library's info record");
  compare(problems, "name", m.name, decl.name, "the declaration");
  compare(problems, "version", m.version, field_text(d.info, "plugin_version"), "the library's info record");
  compare(problems, "version", m.version, decl.version, "the declaration");
  compare(problems, "abi_major", std::to_string(m.abi_major), field_text(d.info, "abi_major"), "the library");
  compare(problems, "abi_minor", std::to_string(m.abi_minor), field_text(d.info, "abi_minor"), "the library");
  if (!m.sdk_version.empty())
    compare(problems, "sdk_version", m.sdk_version, field_text(d.info, "sdk_version"), "the library");
  compare(problems, "scope", m.scope, decl.scope == sdk::FetchScope::kPerAccount ? "per_account" : "per_user",
          "the declaration");
  std::vector<std::string> kinds;
  for (auto k : decl.record_kinds) kinds.emplace_back(sdk::to_string(k));
  compare_sets(problems, "record_kinds", m.record_kinds, kinds);
  compare_sets(problems, "metric_types", m.metric_types, decl.metric_types);
  if (m.description.empty()) problems.push_back("description: the manifest has none; `plugins list` shows it");
  if (!problems.empty()) {
    auto first = problems.front();
    return fail(m.manifest_path + ": " + first, {problems.begin() + 1, problems.end()});
  }
  return pass(m.manifest_path + " agrees with the library (name, version, ABI, scope, record kinds, "
              "metric types)");
}

}  // namespace tributary::host::conformance
