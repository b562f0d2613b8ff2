#include <filesystem>

#include "host/conformance/config_sections.h"
#include "host/conformance/conformance_config.h"
#include "host/config/interpolate.h"
#include "host/core/did_you_mean.h"
#include "tributary/sdk/time.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

// `${VAR}` in every string of the connector config, as a pipeline file would have it.
void interpolate_strings(YamlReader& in, const YAML::Node& at, json::object& config) {
  for (auto& [key, value] : config) {
    if (!value.is_string()) continue;
    auto result = interpolate(std::string(value.as_string()), process_env());
    for (const auto& problem : result.problems) in.error(at, "connector.config." + std::string(key) + ": " + problem);
    for (const auto& name : result.missing)
      in.error(at, "connector.config." + std::string(key) + ": environment variable " + name +
                       " is not set");
    value = json::string(result.text);
  }
}

void read_connector(YamlReader& in, const YAML::Node& node, ConformanceConfig& c) {
  if (!in.mapping(node, "connector", {"config", "bad_credentials", "base_url_key"})) return;
  if (node["config"]) {
    c.connector_config = in.json_object(node["config"], "connector.config");
    interpolate_strings(in, node["config"], c.connector_config);
  }
  if (node["bad_credentials"])
    c.bad_credentials = in.json_object(node["bad_credentials"], "connector.bad_credentials");
  if (node["base_url_key"])
    c.base_url_key = in.string(node["base_url_key"], "connector.base_url_key").value_or("base_url");
}

void read_organization(YamlReader& in, const YAML::Node& node, sdk::Organization& org) {
  if (!in.mapping(node, "organization", {"timezone", "currency", "default_country"})) return;
  if (node["timezone"]) {
    org.timezone = in.string(node["timezone"], "organization.timezone").value_or("UTC");
    if (!sdk::local_date(0, org.timezone))
      in.error(node["timezone"], "organization.timezone '" + org.timezone +
                                     "' is not an IANA zone name such as America/Chicago");
  }
  if (node["currency"]) org.currency = in.string(node["currency"], "currency").value_or("USD");
  if (node["default_country"])
    org.default_country = in.string(node["default_country"], "default_country").value_or("US");
}

void read_sections(YamlReader& in, const YAML::Node& root, ConformanceConfig& c) {
  if (root["read"] && in.mapping(root["read"], "read", {"expected", "min_records"})) {
    if (root["read"]["expected"])
      c.read_expected = read_expected(in, root["read"]["expected"], "read.expected", c.dir);
    if (root["read"]["min_records"])
      c.read_min_records = in.integer(root["read"]["min_records"], "read.min_records", 0, 1000000).value_or(0);
  }
  if (root["incremental"] &&
      in.mapping(root["incremental"], "incremental", {"future_state", "allow_overlap"})) {
    const auto& node = root["incremental"];
    if (node["future_state"]) c.future_state = in.json_object(node["future_state"], "future_state");
    if (node["allow_overlap"])
      c.allow_overlap = in.boolean(node["allow_overlap"], "allow_overlap").value_or(false);
  }
  if (root["errors"] && in.mapping(root["errors"], "errors", {"skip"})) {
    const auto& skip = root["errors"]["skip"];
    if (skip) {
      for (const auto& [name, reason] : in.string_map(skip, "errors.skip")) {
        const auto& known = error_case_names();
        if (std::find(known.begin(), known.end(), name) == known.end()) {
          std::string list;
          for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
          in.error(skip, "errors.skip names '" + name + "'" + did_you_mean(name, known) +
                             "; the error cases are: " + list);
        }
        c.errors_skip[name] = reason;
      }
    }
  }
}

}  // namespace

ConfigLoad load_conformance_config(const std::string& path) {
  ConfigLoad load;
  auto absolute = std::filesystem::absolute(path).lexically_normal();
  YamlReader in(path, load.errors);
  YAML::Node root;
  try {
    root = YAML::LoadFile(absolute.string());
  } catch (const YAML::BadFile&) {
    load.errors.push_back(path + ": cannot read the conformance file");
    return load;
  } catch (const YAML::Exception& e) {
    load.errors.push_back(path + ":" + std::to_string(e.mark.line + 1) + ":" +
                          std::to_string(e.mark.column + 1) + ": not valid YAML: " + e.msg);
    return load;
  }
  ConformanceConfig c;
  c.path = absolute.string();
  c.dir = absolute.parent_path().string();
  if (!in.mapping(root, "the conformance file",
                  {"plugin", "connector", "organization", "users", "window", "now", "endpoint",
                   "recorded", "normalize", "read", "incremental", "errors"}))
    return load;
  if (root["plugin"]) c.plugin = in.string(root["plugin"], "plugin").value_or("");
  if (root["connector"]) read_connector(in, root["connector"], c);
  if (root["organization"]) read_organization(in, root["organization"], c.org);
  if (root["users"]) c.users = read_users(in, root["users"]);
  if (root["window"]) {
    if (auto w = read_window(in, root["window"], "window")) c.window = *w;
  } else {
    in.error(root, "the conformance file needs 'window: {from: YYYY-MM-DD, to: YYYY-MM-DD}', the "
                   "days the test unit covers");
  }
  if (root["now"]) {
    auto text = in.string(root["now"], "now").value_or("");
    c.now = sdk::parse_iso8601(text);
    if (!c.now) in.error(root["now"], "now is '" + text + "'; expected an ISO-8601 instant such as 2024-06-06T12:00:00Z");
  }
  if (root["endpoint"]) {
    c.endpoint = in.string(root["endpoint"], "endpoint").value_or("recorded");
    auto result = interpolate(c.endpoint, process_env());
    for (const auto& p : result.problems) in.error(root["endpoint"], "endpoint: " + p);
    for (const auto& name : result.missing)
      in.error(root["endpoint"], "endpoint: environment variable " + name + " is not set");
    c.endpoint = result.text;
  }
  if (c.users.empty())
    in.error(root, "the conformance file needs 'users:' (at least one {id, email}) for the test unit");
  if (root["recorded"]) c.recorded = read_exchanges(in, root["recorded"], c.dir);
  if (root["normalize"]) c.normalize = read_normalize_cases(in, root["normalize"], c.dir);
  read_sections(in, root, c);
  if (load.errors.empty()) load.config = std::move(c);
  return load;
}

}  // namespace tributary::host::conformance
