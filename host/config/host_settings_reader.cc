#include <algorithm>

#include "host/config/map_reader.h"
#include "host/config/readers.h"
#include "host/config/scalar_parse.h"
#include "host/config/time_zones.h"
#include "tributary/sdk/declaration.h"

namespace tributary::host {

namespace {

namespace fs = std::filesystem;

// ISO codes are upper case letters of a fixed length ("USD", "US").
void read_code(MapReader& map, std::string_view key, std::size_t size, std::string_view standard,
               std::string& out) {
  auto code = map.text(key);
  if (!code) return;
  bool ok = code->size() == size &&
            std::all_of(code->begin(), code->end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (ok) {
    out = *code;
    return;
  }
  map.ctx().error(map.value_at(key), "expected a " + std::string(size == 3 ? "three" : "two") +
                                         "-letter " + std::string(standard) + " for '" +
                                         std::string(key) + "', got '" + *code + "'");
}

std::string absolute_from(const fs::path& dir, const std::string& text) {
  fs::path path(text);
  if (path.is_relative()) path = dir / path;
  path = path.lexically_normal();
  if (path.filename().empty() && path.has_parent_path()) path = path.parent_path();
  return path.string();
}

void read_organization(MapReader& root, sdk::Organization& org) {
  auto map = root.mapping("organization", "'organization'");
  map.check_keys({"timezone", "currency", "default_country"});
  if (auto zone = read_time_zone(map, "timezone")) org.timezone = *zone;
  read_code(map, "currency", 3, "ISO 4217 code such as USD", org.currency);
  read_code(map, "default_country", 2, "ISO 3166 code such as US", org.default_country);
}

void read_store(MapReader& root, const fs::path& dir, StoreSettings& store) {
  auto map = root.mapping("store", "'store'");
  map.check_keys({"driver", "path", "dsn"});
  if (auto driver = map.choice("driver", "store driver", {"sqlite", "postgres"})) {
    store.driver = *driver;
  }
  store.path = absolute_from(dir, map.text("path").value_or("../var/tributary.db"));
  if (auto dsn = map.text("dsn")) store.dsn = *dsn;
  if (store.driver == "postgres" && store.dsn.empty() && map.value("dsn") == nullptr) {
    map.ctx().error(map.where(),
                    "missing required key 'dsn' in 'store' (the postgres driver "
                    "needs a connection string, e.g. \"postgresql://host/db\")");
  }
}

void read_log_and_http(MapReader& root, HostSettings& host) {
  auto log = root.mapping("log", "'log'");
  log.check_keys({"format", "level"});
  if (auto format = log.choice("format", "log format", {"text", "json"})) host.log_format = *format;
  if (auto level = log.choice("level", "log level", {"debug", "info", "warn", "error"})) {
    host.log_level = *level;
  }

  auto http = root.mapping("http", "'http'");
  http.check_keys({"listen", "trigger_secret_env"});
  if (auto listen = http.text("listen")) {
    auto colon = listen->rfind(':');
    auto port =
        colon == std::string::npos ? std::nullopt : parse_integer(listen->substr(colon + 1));
    if (colon == 0 || !port || *port < 0 || *port > 65535) {
      http.ctx().error(
          http.value_at("listen"),
          "expected host:port such as 127.0.0.1:8080 for 'listen', got '" + *listen + "'");
    } else {
      host.http.listen = *listen;
    }
  }
  if (auto name = http.text("trigger_secret_env")) host.http.trigger_secret_env = *name;
}

void read_source_policy(MapReader& root, HostSettings& host) {
  auto map = root.mapping("source_policy", "'source_policy'");
  map.check_keys(sdk::known_metric_types());
  for (const auto& entry : map.entries()) {
    const auto& types = sdk::known_metric_types();
    if (std::find(types.begin(), types.end(), entry.key) == types.end()) continue;
    MapReader policy(map.ctx(), entry.value, "source policy '" + entry.key + "'",
                     map.ctx().at(entry.key_node));
    policy.check_keys({"mode", "sources"});
    SourcePolicy out;
    if (auto mode = policy.choice("mode", "source policy mode", {"prefer", "sum"}))
      out.mode = *mode;
    auto sources = policy.text_list("sources", Need::kRequired);
    if (sources && sources->empty()) {
      map.ctx().error(policy.value_at("sources"), "'sources' of source policy '" + entry.key +
                                                      "' must name at least one source");
    }
    if (sources) out.sources = std::move(*sources);
    host.source_policy[entry.key] = std::move(out);
  }
}

}  // namespace

HostSettings read_host_settings(FileContext& ctx, const YAML::Node& root_node,
                                const fs::path& dir) {
  HostSettings host;
  MapReader root(ctx, root_node, ctx.relative(), {ctx.path(), 1, 1});
  host.where = root.where();
  root.check_keys({"organization", "store", "plugin_dirs", "log", "http",
                   "max_concurrent_pipelines", "source_policy"});
  read_organization(root, host.org);
  read_store(root, dir, host.store);
  if (auto dirs = root.text_list("plugin_dirs")) {
    for (const auto& d : *dirs) host.plugin_dirs.push_back(absolute_from(dir, d));
  }
  read_log_and_http(root, host);
  if (auto max = root.integer("max_concurrent_pipelines", 1, 64)) {
    host.max_concurrent_pipelines = static_cast<int>(*max);
  }
  read_source_policy(root, host);
  return host;
}

}  // namespace tributary::host
