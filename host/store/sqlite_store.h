#pragma once
// The embedded store: one SQLite file in WAL mode behind one connection. Callers on several
// threads are serialised by a mutex; that is simple, correct, and fast enough because every
// call is short or is one transaction the caller wants atomic anyway.

#include <mutex>
#include <string>

#include "host/store/sqlite_db.h"
#include "host/store/store.h"

namespace tributary::host {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(const std::string& path);

  void migrate() override;
  void sync_users(const std::vector<UserConfig>& users, std::int64_t now_unix) override;
  UnitWriteStats commit_unit(const UnitWrite& write) override;
  std::optional<std::string> get_state(const std::string& scope, const std::string& key) override;
  std::optional<std::string> cache_get(const std::string& scope, const std::string& key,
                                       std::int64_t now_unix) override;
  void cache_put(const std::string& scope, const std::string& key, const std::string& value,
                 std::int64_t expires_at_unix) override;
  std::optional<std::string> credential_get(const std::string& scope,
                                            const std::string& name) override;
  void credential_put(const std::string& scope, const std::string& name, const std::string& value,
                      std::int64_t now_unix) override;
  std::vector<MetricRow> metrics(const MetricFilter& filter) override;
  std::vector<MetricSum> metric_sums(const std::string& from, const std::string& to,
                                     const std::optional<std::string>& user_id) override;
  void visit_metric_ranges(const std::vector<MetricRange>& ranges,
                           const MetricSumVisitor& visit) override;
  std::vector<LeadRow> leads(const LeadFilter& filter) override;
  LeadRow save_manual_lead(const ManualLeadEdit& edit, const std::string& default_country,
                           std::int64_t now_unix) override;
  void upsert_goals(const std::vector<GoalRow>& goals) override;
  std::vector<GoalRow> goals(const std::optional<std::string>& user_id) override;
  std::int64_t begin_run(const std::string& pipeline, const std::string& trigger,
                         std::int64_t started_at) override;
  void finish_run(std::int64_t run_id, const std::string& status, std::int64_t ended_at,
                  const std::string& summary_json) override;
  std::int64_t record_run(const RunRow& run) override;
  std::vector<RunRow> runs(const std::optional<std::string>& pipeline, int limit) override;
  std::optional<RunRow> run(std::int64_t id) override;

 private:
  // Runs `body` under the connection mutex; any failure surfaces as a StoreError that says
  // which operation failed.
  template <class Body>
  auto locked(const char* operation, Body&& body) -> decltype(body());

  void write_state(const std::string& scope, const std::map<std::string, std::string>& state,
                   const std::string& now_iso);

  LeadSyncSummary write_leads(const UnitWrite& write);  // sqlite_leads.cc, inside the unit's transaction

  std::mutex mutex_;
  SqliteDb db_;
};

}  // namespace tributary::host

namespace tributary::host {

template <class Body>
auto SqliteStore::locked(const char* operation, Body&& body) -> decltype(body()) {
  std::lock_guard lock(mutex_);
  try {
    return body();
  } catch (const std::exception& e) {
    throw StoreError(std::string(operation) + ": " + e.what());
  }
}

}  // namespace tributary::host
