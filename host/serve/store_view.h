#pragma once
// A Store that forwards to a shared one. Each config generation gets its own HostContext (which
// owns a StorePtr), while every generation and the scheduler use the one open store.

#include <memory>

#include "host/store/store.h"

namespace tributary::host {

class StoreView final : public Store {
 public:
  explicit StoreView(std::shared_ptr<Store> store) : store_(std::move(store)) {}

  void migrate() override { store_->migrate(); }
  void sync_users(const std::vector<UserConfig>& users, std::int64_t now_unix) override {
    store_->sync_users(users, now_unix);
  }
  UnitWriteStats commit_unit(const UnitWrite& write) override { return store_->commit_unit(write); }
  std::optional<std::string> get_state(const std::string& scope, const std::string& key) override {
    return store_->get_state(scope, key);
  }
  std::optional<std::string> cache_get(const std::string& scope, const std::string& key,
                                       std::int64_t now_unix) override {
    return store_->cache_get(scope, key, now_unix);
  }
  void cache_put(const std::string& scope, const std::string& key, const std::string& value,
                 std::int64_t expires_at_unix) override {
    store_->cache_put(scope, key, value, expires_at_unix);
  }
  std::optional<std::string> credential_get(const std::string& scope,
                                            const std::string& name) override {
    return store_->credential_get(scope, name);
  }
  void credential_put(const std::string& scope, const std::string& name, const std::string& value,
                      std::int64_t now_unix) override {
    store_->credential_put(scope, name, value, now_unix);
  }
  std::vector<MetricRow> metrics(const MetricFilter& filter) override {
    return store_->metrics(filter);
  }
  std::vector<MetricSum> metric_sums(const std::string& from, const std::string& to,
                                     const std::optional<std::string>& user_id) override {
    return store_->metric_sums(from, to, user_id);
  }
  void visit_metric_ranges(const std::vector<MetricRange>& ranges,
                           const MetricSumVisitor& visit) override {
    store_->visit_metric_ranges(ranges, visit);
  }
  std::vector<LeadRow> leads(const LeadFilter& filter) override { return store_->leads(filter); }
  LeadRow save_manual_lead(const ManualLeadEdit& edit, const std::string& default_country,
                           std::int64_t now_unix) override {
    return store_->save_manual_lead(edit, default_country, now_unix);
  }
  void upsert_goals(const std::vector<GoalRow>& goals) override { store_->upsert_goals(goals); }
  std::vector<GoalRow> goals(const std::optional<std::string>& user_id) override {
    return store_->goals(user_id);
  }
  std::int64_t begin_run(const std::string& pipeline, const std::string& trigger,
                         std::int64_t started_at) override {
    return store_->begin_run(pipeline, trigger, started_at);
  }
  void finish_run(std::int64_t run_id, const std::string& status, std::int64_t ended_at,
                  const std::string& summary_json) override {
    store_->finish_run(run_id, status, ended_at, summary_json);
  }
  std::int64_t record_run(const RunRow& run) override { return store_->record_run(run); }
  std::vector<RunRow> runs(const std::optional<std::string>& pipeline, int limit) override {
    return store_->runs(pipeline, limit);
  }
  std::optional<RunRow> run(std::int64_t id) override { return store_->run(id); }

 private:
  std::shared_ptr<Store> store_;
};

}  // namespace tributary::host
