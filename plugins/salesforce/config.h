#pragma once
// The Salesforce connector's declaration (identity, config keys, outputs, budget) and its
// config, read from the host-validated JSON into typed fields.

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "tributary/sdk/declaration.h"
#include "tributary/sdk/status.h"

namespace tributary::salesforce {

inline constexpr const char* kName = "salesforce";
inline constexpr const char* kVersion = "0.1.0";
inline constexpr int kMinBatchSize = 200;  // Sforce-Query-Options: batchSize bounds
inline constexpr int kMaxBatchSize = 2000;

struct SalesforceConfig {
  std::string login_url;  // token endpoint host, no trailing slash
  std::string client_id;
  std::string client_secret;
  std::string refresh_token;
  std::string api_version = "v61.0";
  std::vector<std::string> objects = {"Contact", "Lead"};
  int batch_size = kMaxBatchSize;
  // Stop before the org's rolling 24 h allocation (Sforce-Limit-Info) is this full, leaving the
  // rest to the other integrations that share it.
  int max_api_usage_percent = 90;
};

const sdk::Declaration& declaration();

// Reads the validated config (declared defaults fill absent keys) and checks what the
// declaration cannot say: URL form, api_version form, objects, batch size range.
sdk::Result<SalesforceConfig> parse_config(const boost::json::object& config);

}  // namespace tributary::salesforce
