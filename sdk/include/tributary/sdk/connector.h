#pragma once
// The connector interface: check, fetch, normalize, emit. The host creates one connector object
// per unit of work, so members may hold per-unit state; entry points never throw.

#include "tributary/sdk/context.h"
#include "tributary/sdk/declaration.h"
#include "tributary/sdk/records.h"
#include "tributary/sdk/services.h"
#include "tributary/sdk/status.h"

namespace tributary::sdk {

// Where a connector's records go. The host buffers everything a unit emits and commits it in
// one transaction with the unit's state when emit returns success.
class Emitter {
 public:
  virtual ~Emitter() = default;
  virtual Status metric(const MetricRecord& record) noexcept = 0;
  virtual Status lead(const LeadRecord& record) noexcept = 0;
  virtual Status cover(std::string_view user_id) noexcept = 0;
  virtual Status state(std::string_view key, std::string_view value) noexcept = 0;
  virtual void note(const UserNote& note) noexcept = 0;
  virtual void summary(std::string_view key, const boost::json::value& value) noexcept = 0;
};

// Facts a check found, shown by `tributary plugins describe` / `check` (e.g. activity type ids).
struct CheckReport {
  boost::json::object facts;
};

class Connector {
 public:
  virtual ~Connector() = default;

  virtual const Declaration& declaration() const noexcept = 0;

  // Verifies configuration and credentials against the vendor without fetching data.
  virtual Result<CheckReport> check(const FetchContext& ctx) noexcept {
    (void)ctx;
    return CheckReport{};
  }

  // Talks to the vendor through ctx.host->http() and returns the raw pages.
  virtual Result<FetchResult> fetch(const FetchContext& ctx) noexcept = 0;

  // Pure: raw pages to canonical records. No I/O, no clock; same input, same output.
  virtual Result<NormalizeOutput> normalize(const NormalizeContext& ctx,
                                            const FetchResult& fetched) const noexcept = 0;

  // Hands the records to the host. The default forwards everything as it is.
  virtual Status emit(const NormalizeOutput& output, Emitter& emitter) const noexcept;
};

}  // namespace tributary::sdk
