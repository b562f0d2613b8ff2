#include "tributary/sdk/status.h"

#include "tributary/sdk/declaration.h"

namespace tributary::sdk {

std::string_view to_string(FailureKind kind) noexcept {
  switch (kind) {
    case FailureKind::kOk: return "ok";
    case FailureKind::kConfig: return "config";
    case FailureKind::kAuth: return "auth";
    case FailureKind::kRateLimited: return "rate_limited";
    case FailureKind::kTransient: return "transient";
    case FailureKind::kData: return "data";
    case FailureKind::kInternal: return "internal";
    case FailureKind::kNotFound: return "not_found";
    case FailureKind::kQuotaExhausted: return "quota_exhausted";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (ok()) return "ok";
  std::string out(sdk::to_string(kind_));
  out += ": ";
  out += message_;
  if (retry_after_.count() > 0) out += " (retry after " + std::to_string(retry_after_.count()) + "s)";
  return out;
}

std::string_view to_string(ValueType type) noexcept {
  switch (type) {
    case ValueType::kString: return "string";
    case ValueType::kInteger: return "integer";
    case ValueType::kNumber: return "number";
    case ValueType::kBoolean: return "boolean";
    case ValueType::kStringList: return "list of strings";
    case ValueType::kIntegerList: return "list of integers";
    case ValueType::kObject: return "mapping";
  }
  return "unknown";
}

std::string_view to_string(RecordKind kind) noexcept {
  switch (kind) {
    case RecordKind::kMetric: return "metric";
    case RecordKind::kLead: return "lead";
  }
  return "unknown";
}

}  // namespace tributary::sdk
