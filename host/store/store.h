#pragma once
// The metrics store: one interface, an embedded SQLite implementation (sqlite_store.h) and later a
// PostgreSQL one. Tables and column names follow DESIGN.md and are a contract with dashboards.
// Methods throw StoreError on failure; commit_unit either commits everything or nothing.

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "host/config/model.h"
#include "host/leads/lead_row.h"
#include "host/leads/lead_summary.h"
#include "host/leads/manual_edit.h"
#include "tributary/sdk/records.h"

namespace tributary::host {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Everything one unit (user x connector, or account x connector) writes, in one transaction.
struct UnitWrite {
  std::string source;                     // metrics.source, e.g. "justcall"
  std::string state_scope;                // e.g. "sales-metrics/justcall"
  std::vector<std::string> covered_users; // users whose window this unit owns
  std::vector<std::string> metric_types;  // the declared types this unit owns for them
  std::string window_start;               // YYYY-MM-DD inclusive
  std::string window_end;                 // YYYY-MM-DD inclusive
  std::vector<sdk::MetricRecord> metrics; // only for covered users, dates inside the window
  std::map<std::string, std::string> state;
  std::int64_t now_unix = 0;              // created_at / updated_at
  std::vector<sdk::LeadRecord> leads;     // CRM records for the leads table (host/leads)
  std::string default_country;            // organisation default for phones without a code
};

struct UnitWriteStats {
  int inserted = 0;
  int updated = 0;
  int unchanged = 0;
  int deleted = 0;  // rows in the window that the vendor no longer reports
  LeadSyncSummary leads;  // what write.leads did to the leads table
};

struct MetricRow {
  std::string id;  // {user_id}_{type}_{YYYY-MM-DD}_{source}
  std::string user_id;
  std::string type;
  std::string date;
  std::string source;
  double value = 0;
  std::string metadata;  // JSON text
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

struct MetricFilter {
  std::optional<std::string> user_id;
  std::optional<std::string> type;
  std::optional<std::string> source;
  std::optional<std::string> from;  // inclusive
  std::optional<std::string> to;    // inclusive
};

// Per (type, source, date) sums for one user over a range, for the goal updater and reports.
struct MetricSum {
  std::string user_id;
  std::string type;
  std::string source;
  std::string date;
  double value = 0;
};

// One metric_sums row lent to a visitor: the text is valid only during the call.
struct MetricSumRef {
  std::string_view user_id;
  std::string_view type;
  std::string_view source;
  std::string_view date;
  double value = 0;
};
using MetricSumVisitor = std::function<void(const MetricSumRef&)>;

// One user's metric type over a range of days, for visit_metric_ranges.
struct MetricRange {
  std::string user_id;
  std::string type;
  std::string from;  // inclusive, YYYY-MM-DD
  std::string to;
};

struct GoalRow {
  std::string id;  // {user_id}_{type}_{period}
  std::string user_id;
  std::string type;
  std::string period;
  double target = 0;
  double current = 0;
  std::string period_start;  // YYYY-MM-DD
  std::string period_end;    // YYYY-MM-DD inclusive
  std::string source_detail; // JSON: which sources counted and their values
  std::int64_t updated_at = 0;
};

struct RunRow {
  std::int64_t id = 0;
  std::string pipeline;
  std::string trigger;  // cli | schedule | http
  std::string status;   // running | success | partial | failed | missed | skipped (docs/serve.md)
  std::int64_t started_at = 0;
  std::int64_t ended_at = 0;
  std::string summary;  // JSON text
};

class Store {
 public:
  virtual ~Store() = default;

  virtual void migrate() = 0;

  // users table mirrors users.yaml (id, email, name, active, identities JSON).
  virtual void sync_users(const std::vector<UserConfig>& users, std::int64_t now_unix) = 0;

  // Replaces, for each covered user, every metric of `metric_types` from `source` dated inside
  // the window with `metrics` (insert new, update changed, keep unchanged rows untouched,
  // delete rows no longer reported), and writes `state` under state_scope — one transaction.
  virtual UnitWriteStats commit_unit(const UnitWrite& write) = 0;

  virtual std::optional<std::string> get_state(const std::string& scope,
                                               const std::string& key) = 0;

  // Cache with expiry (connector lookups such as vendor user ids).
  virtual std::optional<std::string> cache_get(const std::string& scope, const std::string& key,
                                               std::int64_t now_unix) = 0;
  virtual void cache_put(const std::string& scope, const std::string& key,
                         const std::string& value, std::int64_t expires_at_unix) = 0;

  // Rotated credentials, persisted at once.
  virtual std::optional<std::string> credential_get(const std::string& scope,
                                                    const std::string& name) = 0;
  virtual void credential_put(const std::string& scope, const std::string& name,
                              const std::string& value, std::int64_t now_unix) = 0;

  virtual std::vector<MetricRow> metrics(const MetricFilter& filter) = 0;
  virtual std::vector<MetricSum> metric_sums(const std::string& from, const std::string& to,
                                             const std::optional<std::string>& user_id) = 0;
  // The rows of each range, every source, without materialising them (the goal updater folds
  // millions): only what the ranges name is read, so a yearly goal on one type does not make
  // every type's year be read. The visitor runs while the store is busy: it must not call the
  // store.
  virtual void visit_metric_ranges(const std::vector<MetricRange>& ranges,
                                   const MetricSumVisitor& visit) = 0;

  // Leads: commit_unit applies UnitWrite::leads with the append strategy (host/leads/lead_sync.h).
  virtual std::vector<LeadRow> leads(const LeadFilter& filter) = 0;
  // A person's edit (a new manual lead when edit.id is empty), returned as stored. Throws
  // StoreError for an unknown id or an edit apply_manual_edit refuses.
  virtual LeadRow save_manual_lead(const ManualLeadEdit& edit, const std::string& default_country,
                                   std::int64_t now_unix) = 0;

  // Goals: replace-all from config (removing goals no longer configured) and update values.
  virtual void upsert_goals(const std::vector<GoalRow>& goals) = 0;
  virtual std::vector<GoalRow> goals(const std::optional<std::string>& user_id) = 0;

  virtual std::int64_t begin_run(const std::string& pipeline, const std::string& trigger,
                                 std::int64_t started_at) = 0;
  virtual void finish_run(std::int64_t run_id, const std::string& status, std::int64_t ended_at,
                          const std::string& summary_json) = 0;
  // A run that never started (missed schedule slot), recorded whole.
  virtual std::int64_t record_run(const RunRow& run) = 0;
  virtual std::vector<RunRow> runs(const std::optional<std::string>& pipeline, int limit) = 0;
  virtual std::optional<RunRow> run(std::int64_t id) = 0;
};

using StorePtr = std::unique_ptr<Store>;

// Opens (creating if needed) the SQLite file in WAL mode and migrates it.
StorePtr open_sqlite_store(const std::string& path);

// Opens the store the host settings name.
StorePtr open_store(const StoreSettings& settings);

}  // namespace tributary::host
