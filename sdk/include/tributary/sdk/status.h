#pragma once
// Status and Result: how every SDK entry point reports failure. Nothing throws across the
// plugin boundary; a failure carries a kind the host acts on (retry, skip, stop, report).

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace tributary::sdk {

enum class FailureKind {
  kOk = 0,
  kConfig,        // the pipeline's configuration is wrong; retrying will not help
  kAuth,          // credentials rejected or expired beyond refresh
  kRateLimited,   // vendor budget exhausted; retry_after says when to come back
  kTransient,     // network error, timeout, 5xx: worth retrying later
  kData,          // the vendor sent something we cannot interpret
  kInternal,      // a bug in the connector or host
  kNotFound,      // the user does not exist at the vendor: a skip with a warning, not a failure
  kQuotaExhausted // a daily quota ran out: stop this connector cleanly, resume after retry_after
};

std::string_view to_string(FailureKind kind) noexcept;

class Status {
 public:
  Status() = default;
  Status(FailureKind kind, std::string message,
         std::chrono::seconds retry_after = std::chrono::seconds{0})
      : kind_(kind), message_(std::move(message)), retry_after_(retry_after) {}

  static Status success() { return {}; }
  static Status config(std::string m) { return {FailureKind::kConfig, std::move(m)}; }
  static Status auth(std::string m) { return {FailureKind::kAuth, std::move(m)}; }
  static Status rate_limited(std::string m, std::chrono::seconds after) {
    return {FailureKind::kRateLimited, std::move(m), after};
  }
  static Status transient(std::string m) { return {FailureKind::kTransient, std::move(m)}; }
  static Status data(std::string m) { return {FailureKind::kData, std::move(m)}; }
  static Status internal(std::string m) { return {FailureKind::kInternal, std::move(m)}; }
  static Status not_found(std::string m) { return {FailureKind::kNotFound, std::move(m)}; }
  static Status quota_exhausted(std::string m, std::chrono::seconds after) {
    return {FailureKind::kQuotaExhausted, std::move(m), after};
  }

  bool ok() const noexcept { return kind_ == FailureKind::kOk; }
  explicit operator bool() const noexcept { return ok(); }
  FailureKind kind() const noexcept { return kind_; }
  const std::string& message() const noexcept { return message_; }
  std::chrono::seconds retry_after() const noexcept { return retry_after_; }
  // "auth: token rejected by JustCall (HTTP 401)"
  std::string to_string() const;

 private:
  FailureKind kind_ = FailureKind::kOk;
  std::string message_;
  std::chrono::seconds retry_after_{0};
};

// A value or the Status that explains why there is none.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT(google-explicit-constructor)
  Result(Status status) : v_(std::move(status)) {}     // NOLINT(google-explicit-constructor)

  bool ok() const noexcept { return std::holds_alternative<T>(v_); }
  explicit operator bool() const noexcept { return ok(); }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &std::get<T>(v_); }
  const T* operator->() const { return &std::get<T>(v_); }
  T& operator*() & { return std::get<T>(v_); }
  const T& operator*() const& { return std::get<T>(v_); }
  // The failure; Status::success() when a value is held.
  Status status() const { return ok() ? Status{} : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace tributary::sdk
