#pragma once
// One row of the conformance report.

#include <cstdint>
#include <string>
#include <vector>

namespace tributary::host::conformance {

enum class Verdict { kPass, kFail, kSkip };

struct CheckResult {
  std::string name;
  Verdict verdict = Verdict::kPass;
  std::string reason;                // one sentence: what was found wrong, why skipped, or what passed
  std::vector<std::string> details;  // further findings and warnings
  std::int64_t duration_ms = 0;
};

inline CheckResult pass(std::string reason, std::vector<std::string> details = {}) {
  return {"", Verdict::kPass, std::move(reason), std::move(details), 0};
}
inline CheckResult fail(std::string reason, std::vector<std::string> details = {}) {
  return {"", Verdict::kFail, std::move(reason), std::move(details), 0};
}
inline CheckResult skip(std::string reason) { return {"", Verdict::kSkip, std::move(reason), {}, 0}; }

const char* verdict_name(Verdict v);

}  // namespace tributary::host::conformance
