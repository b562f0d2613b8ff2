#include "host/config/map_reader.h"
#include "host/config/readers.h"
#include "host/config/yaml_to_json.h"

namespace tributary::host {

namespace {

constexpr std::int64_t kMaxMillis = 3'600'000;

void read_rate_budget(MapReader& connector, ConnectorConfig& out) {
  if (connector.value("rate_budget") == nullptr) return;
  auto map = connector.mapping("rate_budget", "'rate_budget' of " + connector.what());
  map.check_keys({"requests", "per_seconds"});
  auto requests = map.integer("requests", 0, 1'000'000, Need::kRequired);
  auto per_seconds = map.integer("per_seconds", 1, 86'400);
  if (!map.is_mapping() || !requests) return;
  out.rate_budget =
      sdk::RateBudget{static_cast<int>(*requests), static_cast<int>(per_seconds.value_or(1))};
}

void read_http_policy(MapReader& connector, HttpPolicy& out) {
  auto map = connector.mapping("http", "'http' of " + connector.what());
  map.check_keys(
      {"timeout_ms", "connect_timeout_ms", "max_retries", "backoff_base_ms", "backoff_max_ms"});
  auto read = [&](std::string_view key, int& field, std::int64_t min, std::int64_t max) {
    if (auto v = map.integer(key, min, max)) field = static_cast<int>(*v);
  };
  read("timeout_ms", out.timeout_ms, 1, kMaxMillis);
  read("connect_timeout_ms", out.connect_timeout_ms, 1, kMaxMillis);
  read("max_retries", out.max_retries, 0, 20);
  read("backoff_base_ms", out.backoff_base_ms, 0, kMaxMillis);
  read("backoff_max_ms", out.backoff_max_ms, 0, kMaxMillis);
  if (out.backoff_max_ms < out.backoff_base_ms) {
    map.ctx().error(
        map.value_at(map.value("backoff_max_ms") ? "backoff_max_ms" : "backoff_base_ms"),
        "'backoff_max_ms' (" + std::to_string(out.backoff_max_ms) +
            ") must not be less than 'backoff_base_ms' (" + std::to_string(out.backoff_base_ms) +
            ")");
  }
}

}  // namespace

ConnectorConfig read_connector(FileContext& ctx, const YAML::Node& node, std::size_t index,
                               const SourceLocation& list_where) {
  ConnectorConfig out;
  MapReader map(ctx, node, "connector #" + std::to_string(index), ctx.at(node, list_where));
  out.where = map.where();
  out.plugin_where = map.where();
  if (!map.is_mapping()) return out;
  auto name = map.plain_name("name", "connector name");
  if (name) map.rename("connector '" + *name + "'");
  if (auto plugin = map.plain_name("plugin", "plugin name", Need::kRequired)) {
    out.plugin = *plugin;
    out.plugin_where = map.value_at("plugin");
  }
  out.name = name.value_or(out.plugin);
  if (!out.name.empty()) map.rename("connector '" + out.name + "'");
  map.check_keys({"plugin", "name", "rate_budget", "http", "config"});
  read_rate_budget(map, out);
  read_http_policy(map, out.http);
  auto config = map.mapping("config", "'config' of " + map.what());
  out.config = read_connector_settings(config, out.keys);
  return out;
}

}  // namespace tributary::host
