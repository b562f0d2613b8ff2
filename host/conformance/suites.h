#pragma once
// The checks, in the order they run. Each is one function of the shared context; the ones that
// run plugin code do it in a child process (SuiteContext::run_child).

#include <string>
#include <vector>

#include "host/conformance/check_result.h"
#include "host/conformance/suite_context.h"

namespace tributary::host::conformance {

struct Suite {
  const char* name;
  const char* summary;
  CheckResult (*run)(SuiteContext&);
};

const std::vector<Suite>& all_suites();

CheckResult run_handshake(SuiteContext& ctx);
CheckResult run_manifest(SuiteContext& ctx);
CheckResult run_declaration(SuiteContext& ctx);
CheckResult run_check(SuiteContext& ctx);
CheckResult run_normalize(SuiteContext& ctx);
CheckResult run_read(SuiteContext& ctx);
CheckResult run_idempotence(SuiteContext& ctx);
CheckResult run_incremental(SuiteContext& ctx);
CheckResult run_errors(SuiteContext& ctx);
CheckResult run_secrets(SuiteContext& ctx);
CheckResult run_lifecycle(SuiteContext& ctx);

// For checks that need the plugin described and the test unit prepared: the skip result when
// they are not, or nullopt.
std::optional<CheckResult> needs_setup(SuiteContext& ctx);

}  // namespace tributary::host::conformance
