#pragma once
// Runs one CRM connector unit the way the runner does (execute_unit: the plugin library loaded
// with its handshake, the host's HTTP client, state, cache and credentials in a real SQLite
// file, the leads sink in the unit's transaction), for the end-to-end tests against the sandbox.

#include <boost/json/object.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "host/core/redactor.h"
#include "host/core/system_clock.h"
#include "host/runner/unit_executor.h"
#include "host/store/store.h"
#include "tests/store/temp_dir.h"

namespace tributary::host::testing {

class CrmSyncHarness {
 public:
  // `plugin` is "hubspot" or "salesforce"; `config` is the connector config with every key set.
  CrmSyncHarness(const std::string& plugin, boost::json::object config);

  UnitResult sync();
  // sync(), failing the current test (non-fatally) when the unit failed.
  UnitResult sync_ok();

  Store& store() { return *store_; }
  std::vector<LeadRow> leads() { return store_->leads({}); }
  std::optional<std::string> state(const std::string& key);
  std::optional<std::string> credential(const std::string& name);
  Redactor& redactor() { return redactor_; }

 private:
  UnitSpec spec() const;

  tributary::testing::TempDir dir_;
  std::string plugin_name_;
  boost::json::object config_;
  StorePtr store_;
  LoadedPluginPtr plugin_;
  ConnectorPtr probe_;  // keeps the declaration's library alive
  SystemClock clock_;
  Redactor redactor_;
};

// The leads summary of a unit (result.summary["leads"]) as JSON, "{}" when there is none.
boost::json::object leads_summary(const UnitResult& result);

std::int64_t count_of(const boost::json::object& summary, const char* key);

std::map<std::string, LeadRow> by_crm_id(const std::vector<LeadRow>& rows);

}  // namespace tributary::host::testing
