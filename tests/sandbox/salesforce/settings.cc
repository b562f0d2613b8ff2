#include "tests/sandbox/salesforce/settings.h"

#include <CLI/CLI.hpp>

namespace tributary::sandbox::salesforce {

void add_flags(CLI::App& app, Settings& settings) {
  app.add_option("--salesforce-client-id", settings.client_id,
                 "connected app consumer key the fake accepts")
      ->capture_default_str();
  app.add_option("--salesforce-client-secret", settings.client_secret,
                 "connected app consumer secret")
      ->capture_default_str();
  app.add_option("--salesforce-refresh-token", settings.refresh_token,
                 "refresh token the fake accepts")
      ->capture_default_str();
  app.add_option("--salesforce-contacts", settings.contacts, "how many Contacts exist at start")
      ->capture_default_str()
      ->check(CLI::Range(0, 2000000));
  app.add_option("--salesforce-leads", settings.leads, "how many Leads exist at start")
      ->capture_default_str()
      ->check(CLI::Range(0, 2000000));
  app.add_option("--salesforce-session-requests", settings.session_requests,
                 "API calls a session lasts before INVALID_SESSION_ID (0: forever)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  app.add_option("--salesforce-daily-limit", settings.daily_limit,
                 "API calls allowed before REQUEST_LIMIT_EXCEEDED")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
}

}  // namespace tributary::sandbox::salesforce
