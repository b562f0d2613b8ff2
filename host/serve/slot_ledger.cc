#include "host/serve/slot_ledger.h"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "tributary/sdk/time.h"

namespace tributary::host {

namespace {

constexpr const char* kMarkKey = "considered_through";
constexpr const char* kLedgerSource = "tributary-scheduler";

std::int64_t unix_of(std::chrono::sys_seconds t) { return t.time_since_epoch().count(); }

std::string iso(std::chrono::sys_seconds t) { return sdk::format_iso8601_utc(unix_of(t)); }

}  // namespace

std::string schedule_state_scope(const std::string& pipeline) { return pipeline + "/@schedule"; }

std::optional<std::chrono::sys_seconds> SlotLedger::considered_through(
    const std::string& pipeline) {
  auto text = store_.get_state(schedule_state_scope(pipeline), kMarkKey);
  if (!text) return std::nullopt;
  auto unix = sdk::parse_iso8601(*text);
  if (!unix) return std::nullopt;  // unreadable: treated as a first start, nothing is invented
  return std::chrono::sys_seconds{std::chrono::seconds{*unix}};
}

void SlotLedger::set_considered_through(const std::string& pipeline,
                                        std::chrono::sys_seconds through,
                                        std::chrono::sys_seconds now) {
  // A state-only unit write: no window, no metrics, one transaction.
  UnitWrite write;
  write.source = kLedgerSource;
  write.state_scope = schedule_state_scope(pipeline);
  write.state[kMarkKey] = iso(through);
  write.now_unix = unix_of(now);
  store_.commit_unit(write);
}

std::int64_t SlotLedger::record_slot(const std::string& pipeline, const std::string& status,
                                     std::chrono::sys_seconds slot, const std::string& reason) {
  return record_slots(pipeline, status, slot, slot, 1, reason);
}

std::int64_t SlotLedger::record_slots(const std::string& pipeline, const std::string& status,
                                      std::chrono::sys_seconds first,
                                      std::chrono::sys_seconds last, std::int64_t count,
                                      const std::string& reason) {
  boost::json::object summary;
  summary["pipeline"] = pipeline;
  summary["trigger"] = "schedule";
  summary["status"] = status;
  summary["slot"] = iso(first);
  if (count != 1) {
    summary["slots"] = count;
    summary["last_slot"] = iso(last);
  }
  summary["reason"] = reason;
  RunRow row;
  row.pipeline = pipeline;
  row.trigger = "schedule";
  row.status = status;
  row.started_at = unix_of(first);
  row.ended_at = unix_of(last);
  row.summary = boost::json::serialize(summary);
  return store_.record_run(row);
}

}  // namespace tributary::host
