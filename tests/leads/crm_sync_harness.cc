#include "tests/leads/crm_sync_harness.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "host/plugin/loader.h"
#include "host/runner/unit_services.h"
#include "host/runner/window.h"

namespace tributary::host::testing {

CrmSyncHarness::CrmSyncHarness(const std::string& plugin, boost::json::object config)
    : plugin_name_(plugin), config_(std::move(config)) {
  init_curl_globally();
  store_ = open_sqlite_store(dir_.file("tributary.db"));
  auto loaded = load_plugin(std::string(TRIBUTARY_PLUGIN_DIR) + "/libtributary-" + plugin + ".so");
  if (!loaded) throw std::runtime_error(loaded.status().to_string());
  plugin_ = *loaded;
  auto connector = plugin_->create();
  if (!connector) throw std::runtime_error(connector.status().to_string());
  probe_ = *connector;
}

UnitSpec CrmSyncHarness::spec() const {
  UnitSpec s;
  s.pipeline = "crm-contacts";
  s.connector_name = plugin_name_;
  s.plugin_name = plugin_name_;
  s.plugin = plugin_;
  s.declaration = &probe_->declaration();
  s.config = config_;
  s.http.timeout_ms = 20000;
  s.http.max_retries = 3;
  s.http.backoff_base_ms = 5;
  s.http.backoff_max_ms = 50;
  s.users = {{"rep1", "rep1@example.com", "Rep One", {}},
             {"rep2", "rep2@example.com", "Rep Two", {}}};
  s.window = *window_between("2024-11-01", "2024-11-20", "America/Denver");
  s.org.timezone = "America/Denver";
  s.org.default_country = "US";
  s.account_scope = plugin_name_ + "/test-account";
  return s;
}

UnitResult CrmSyncHarness::sync() { return execute_unit(spec(), *store_, clock_, redactor_); }

UnitResult CrmSyncHarness::sync_ok() {
  auto result = sync();
  EXPECT_TRUE(result.status.ok()) << result.status.to_string();
  return result;
}

std::optional<std::string> CrmSyncHarness::state(const std::string& key) {
  return store_->get_state("crm-contacts/" + plugin_name_, key);
}

std::optional<std::string> CrmSyncHarness::credential(const std::string& name) {
  return store_->credential_get(plugin_name_ + "/test-account", name);
}

boost::json::object leads_summary(const UnitResult& result) {
  auto it = result.summary.find("leads");
  if (it == result.summary.end() || !it->value().is_object()) return {};
  return it->value().as_object();
}

}  // namespace tributary::host::testing

namespace tributary::host::testing {

std::int64_t count_of(const boost::json::object& summary, const char* key) {
  return summary.at(key).as_int64();
}

std::map<std::string, LeadRow> by_crm_id(const std::vector<LeadRow>& rows) {
  std::map<std::string, LeadRow> out;
  for (const auto& r : rows) out[r.crm_id] = r;
  return out;
}

}  // namespace tributary::host::testing
