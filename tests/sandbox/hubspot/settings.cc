#include "tests/sandbox/hubspot/settings.h"

#include <CLI/CLI.hpp>

namespace tributary::sandbox::hubspot {

void add_flags(CLI::App& app, Settings& settings) {
  app.add_option("--hubspot-token", settings.token,
                 "private-app token HubSpot requests may send as Bearer")
      ->capture_default_str();
  app.add_option("--hubspot-client-id", settings.client_id,
                 "OAuth client id for POST /oauth/v1/token")
      ->capture_default_str();
  app.add_option("--hubspot-client-secret", settings.client_secret, "OAuth client secret")
      ->capture_default_str();
  app.add_option("--hubspot-refresh-token", settings.refresh_token,
                 "OAuth refresh token the fake accepts")
      ->capture_default_str();
  app.add_option("--hubspot-contacts", settings.contacts,
                 "how many HubSpot contacts exist at start")
      ->capture_default_str()
      ->check(CLI::Range(0, 2000000));
  app.add_option("--hubspot-token-ttl-s", settings.access_token_ttl_s,
                 "lifetime of issued OAuth access tokens (s)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--hubspot-rate-limit", settings.rate_limit, "HubSpot requests allowed per 10 s")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--hubspot-daily-limit", settings.daily_limit, "HubSpot requests allowed per day")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
}

}  // namespace tributary::sandbox::hubspot
