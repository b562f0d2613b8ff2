// declaration: the connector's self-description is something the host can validate configs
// against, redact secrets with, and store records by.
#include "host/conformance/declaration_rules.h"
#include "host/conformance/suites.h"

namespace tributary::host::conformance {

CheckResult run_declaration(SuiteContext& ctx) {
  const auto& d = ctx.description();
  if (!d.declaration) return skip("the plugin did not load (see handshake)");
  auto findings = declaration_hygiene(*d.declaration);
  std::vector<std::string> details;
  for (const auto& w : findings.warnings) details.push_back("warning: " + w);
  if (!findings.errors.empty()) {
    auto first = findings.errors.front();
    for (std::size_t i = 1; i < findings.errors.size(); ++i) details.insert(details.begin() + (i - 1), findings.errors[i]);
    return fail(first, std::move(details));
  }
  const auto& decl = d.declaration->declaration;
  std::size_t secrets = 0;
  for (const auto& k : decl.config) secrets += k.secret ? 1 : 0;
  return pass(std::to_string(decl.config.size()) + " config keys typed and described (" +
                  std::to_string(secrets) + " secret), " + std::to_string(decl.metric_types.size()) +
                  " metric types, " + std::to_string(decl.record_kinds.size()) + " record kinds",
              std::move(details));
}

}  // namespace tributary::host::conformance
