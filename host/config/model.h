#pragma once
// The loaded configuration: host settings, users, goals and pipelines, as plain data.
// Loading and validation live in loader.h; every error names file:line:column.

#include <boost/json/object.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "tributary/sdk/context.h"
#include "tributary/sdk/declaration.h"

namespace tributary::host {

struct SourceLocation {
  std::string file;  // path as given (relative to the working directory or absolute)
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based
  std::string to_string() const;  // "config/users.yaml:12:5"
};

struct ConfigError {
  SourceLocation where;
  std::string message;  // a sentence: what was wrong, what is expected, did-you-mean
  std::string to_string() const;  // "config/users.yaml:12:5: unknown key 'emial' (did you mean 'email'?)"
};

struct StoreSettings {
  std::string driver = "sqlite";  // sqlite | postgres
  std::string path;               // sqlite file, absolute after loading
  std::string dsn;                // postgres connection string
};

struct HttpServerSettings {
  std::string listen = "127.0.0.1:8080";
  std::string trigger_secret_env = "TRIBUTARY_TRIGGER_SECRET";  // env var holding the bearer secret
};

// How goals combine a metric type reported by several sources.
struct SourcePolicy {
  std::string mode = "prefer";        // prefer | sum
  std::vector<std::string> sources;   // in order of preference (prefer) or the set summed (sum)
};

struct HostSettings {
  sdk::Organization org;
  StoreSettings store;
  std::vector<std::string> plugin_dirs;  // absolute
  std::string log_format = "text";       // text | json
  std::string log_level = "info";
  HttpServerSettings http;
  int max_concurrent_pipelines = 2;
  // Defaults for metric types not listed: prefer the built-in order (see goals/source_policy.h).
  std::map<std::string, SourcePolicy> source_policy;
  SourceLocation where;
};

struct UserConfig {
  std::string id;
  std::string email;
  std::string name;
  bool active = true;
  // identities.<plugin>.<key>: explicit vendor identities (e.g. justcall.agent_id).
  std::map<std::string, std::map<std::string, std::string>> identities;
  SourceLocation where;
};

struct GoalConfig {
  std::string user_id;  // a user id, or "*" for every active user
  std::string type;     // metric type
  std::string period;   // daily | weekly | monthly | quarterly | yearly
  double target = 0;
  SourceLocation where;
};

struct HttpPolicy {
  int timeout_ms = 30000;
  int connect_timeout_ms = 5000;
  int max_retries = 4;
  int backoff_base_ms = 500;
  int backoff_max_ms = 30000;
};

struct ConnectorConfig {
  std::string name;    // instance name within the pipeline; defaults to the plugin name
  std::string plugin;  // plugin name
  boost::json::object config;  // `${ENV}` already interpolated; validated later against the plugin
  std::optional<sdk::RateBudget> rate_budget;
  HttpPolicy http;
  SourceLocation where;                         // the connector entry
  std::map<std::string, SourceLocation> keys;   // where each config key was written
  SourceLocation plugin_where;                  // where `plugin:` was written
};

struct WindowConfig {
  int days = 30;  // last N local days, today included
};

struct ScheduleConfig {
  std::string cron;                // empty: not scheduled
  std::string timezone;            // empty: the organisation zone
  std::string overlap = "skip";    // skip | queue
  std::string catch_up = "none";   // none | latest
  int jitter_seconds = 0;
  SourceLocation where;
};

struct PipelineConfig {
  std::string name;
  std::string file;
  ScheduleConfig schedule;
  WindowConfig window;
  std::vector<std::string> users;  // empty: every active user
  std::vector<ConnectorConfig> connectors;
  bool update_goals = true;
  int concurrency = 8;
  SourceLocation where;
};

struct Config {
  std::string dir;  // the config directory, absolute
  HostSettings host;
  std::vector<UserConfig> users;
  std::vector<GoalConfig> goals;
  std::vector<PipelineConfig> pipelines;

  const PipelineConfig* find_pipeline(std::string_view name) const;
  const UserConfig* find_user(std::string_view id) const;
};

}  // namespace tributary::host
