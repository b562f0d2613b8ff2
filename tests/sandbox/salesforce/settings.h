#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace tributary::sandbox::salesforce {

// The connected app the fake accepts, how much data it holds, when sessions expire and the org's
// daily API allocation (Developer Edition: 15,000).
struct Settings {
  std::string client_id = "demo-sf-client";
  std::string client_secret = "demo-sf-secret";
  std::string refresh_token = "demo-sf-refresh";
  std::int64_t contacts = 80;
  std::int64_t leads = 40;
  std::int64_t session_requests = 0;  // a session dies after this many API calls; 0: never
  std::int64_t daily_limit = 15000;
  // Where SystemModstamp of records changed at run time comes from; tests may pin it.
  std::function<std::chrono::system_clock::time_point()> clock = [] {
    return std::chrono::system_clock::now();
  };
};

// --salesforce-client-id, --salesforce-client-secret, --salesforce-refresh-token,
// --salesforce-contacts, --salesforce-leads, --salesforce-session-requests,
// --salesforce-daily-limit
void add_flags(CLI::App& app, Settings& settings);

}  // namespace tributary::sandbox::salesforce
