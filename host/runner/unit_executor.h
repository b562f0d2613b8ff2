#pragma once
// One unit of work: fetch -> normalize -> emit -> one store transaction. A failure anywhere
// leaves the store exactly as it was before the unit.

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "host/config/model.h"
#include "host/core/redactor.h"
#include "host/http/http_client.h"
#include "host/plugin/loader.h"
#include "host/store/store.h"
#include "tributary/sdk/connector.h"

namespace tributary::host {

struct UnitSpec {
  std::string pipeline;
  std::string connector_name;
  std::string plugin_name;
  LoadedPluginPtr plugin;
  const sdk::Declaration* declaration = nullptr;
  boost::json::object config;  // validated, defaults applied
  HttpPolicy http;
  std::vector<sdk::UserRef> users;
  sdk::Window window;
  sdk::Organization org;
  std::shared_ptr<RateBudgetLimiter> budget;
  HttpStats* stats = nullptr;
  std::string account_scope;
  bool dry_run = false;
  const std::atomic<bool>* stop = nullptr;
};

struct UnitResult {
  std::string connector_name;
  std::string plugin_name;
  std::vector<std::string> user_ids;
  sdk::Status status;  // the unit's own failure; per-user outcomes are in notes
  std::vector<sdk::UserNote> notes;
  std::vector<std::string> covered;
  std::map<std::string, int> metrics_by_user;
  int leads = 0;
  // The connector declares no metric types (a CRM feeding the leads table): a user it reports
  // nothing for is normal, not a skip, and its outcome is the account's leads summary.
  bool leads_only = false;
  UnitWriteStats writes;
  boost::json::object summary;
  std::int64_t duration_ms = 0;
  // The connector's daily quota ran out (this unit hit it, or it was not started because another
  // unit had): nothing was written for it, and it can run again after `resume_at`.
  bool deferred = false;
  std::int64_t resume_at = 0;  // unix seconds; 0 when the vendor did not say
};

UnitResult execute_unit(const UnitSpec& spec, Store& store, const sdk::Clock& clock,
                        Redactor& redactor);

}  // namespace tributary::host
