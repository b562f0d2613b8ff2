#include "host/conformance/suites.h"

namespace tributary::host::conformance {

const char* verdict_name(Verdict v) {
  switch (v) {
    case Verdict::kPass: return "pass";
    case Verdict::kFail: return "fail";
    case Verdict::kSkip: return "skip";
  }
  return "fail";
}

const std::vector<Suite>& all_suites() {
  static const std::vector<Suite> kSuites = {
      {"handshake", "info record valid, ABI compatible, loads with every symbol resolved", run_handshake},
      {"manifest", "the manifest beside the library matches what the plugin declares", run_manifest},
      {"declaration", "config keys typed, secrets marked, metric types and record kinds known", run_declaration},
      {"check", "check() passes with good credentials, fails as config or auth with bad ones", run_check},
      {"normalize", "recorded pages give the expected records, the same every time, at any clock", run_normalize},
      {"read", "a full read follows every page; records valid, ids present and unique", run_read},
      {"idempotence", "two full reads into a scratch store leave identical rows", run_idempotence},
      {"incremental", "a read from committed state fetches only newer data; a future state yields nothing", run_incremental},
      {"errors", "401 auth, 429 rate-limited with retry-after, 5xx transient, bad JSON data with position", run_errors},
      {"secrets", "secret values never appear in logs, statuses, records, notes or summaries", run_secrets},
      {"lifecycle", "create/destroy and load/unload many times without leaking memory, files or threads", run_lifecycle},
  };
  return kSuites;
}

std::optional<CheckResult> needs_setup(SuiteContext& ctx) {
  if (ctx.setup()) return std::nullopt;
  return skip(ctx.setup_problem());
}

}  // namespace tributary::host::conformance
