#include "host/conformance/suite_context.h"

#include "host/config/loader.h"
#include "host/plugin/loader.h"
#include "host/runner/window.h"

namespace tributary::host::conformance {

namespace json = boost::json;

namespace {

json::value describe_probe(const std::string& library_path, ChildChannel& channel) {
  json::object out;
  channel.step("loading the library");
  auto loaded = load_plugin(library_path);
  if (!loaded) {
    out["load_error"] = loaded.status().message();
    return out;
  }
  out["info"] = info_json((*loaded)->info());
  channel.step("tributary_create_connector");
  auto created = (*loaded)->create();
  if (!created) {
    out["create_error"] = created.status().message();
    return out;
  }
  channel.step("declaration()");
  out["declaration"] = declaration_json((*created)->declaration());
  channel.step("tributary_destroy_connector");
  created->reset();
  return out;
}

std::string joined_errors(const std::vector<ConfigError>& errors) {
  std::string out;
  for (const auto& e : errors) out += (out.empty() ? "" : "; ") + e.message;
  return out;
}

// The config with defaults applied, or the reason it does not fit the declaration.
sdk::Result<json::object> validated(const sdk::Declaration& d, const json::object& config,
                                    const std::string& what) {
  ConnectorConfig connector;
  connector.name = d.name;
  connector.plugin = d.name;
  connector.config = config;
  auto v = validate_connector_config(d, connector);
  if (!v.errors.empty())
    return sdk::Status::config(what + " does not fit the plugin's declaration: " + joined_errors(v.errors));
  return v.config;
}

json::object bad_credentials(const sdk::Declaration& d, const ConformanceConfig& c, json::object good) {
  if (c.bad_credentials) {
    for (const auto& [k, v] : *c.bad_credentials) good[k] = v;
    return good;
  }
  for (const auto& key : d.config) {
    if (!key.secret) continue;
    auto it = good.find(key.name);
    std::string was = it != good.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
    good[key.name] = "conformance-wrong-" + was;
  }
  return good;
}

}  // namespace

SuiteContext::SuiteContext(boost::asio::io_context& io, ExchangeServer& server, PluginTarget target,
                           const ConformanceConfig* config, RunnerOptions options)
    : io_(io), server_(server), target_(std::move(target)), config_(config), options_(std::move(options)) {}

ChildOutcome SuiteContext::run_child(const Probe& probe) {
  return run_in_child(io_, options_.timeout, probe);
}

const Description& SuiteContext::description() {
  if (description_) return *description_;
  Description d;
  auto path = target_.library_path;
  auto outcome = run_child([&](ChildChannel& channel) { return describe_probe(path, channel); });
  d.last_step = outcome.last_step;
  if (!outcome.result || !outcome.result->is_object()) {
    d.failure = outcome.failure;
  } else {
    const auto& o = outcome.result->as_object();
    d.load_error = field_text(o, "load_error");
    d.create_error = field_text(o, "create_error");
    if (const auto* info = o.if_contains("info"); info && info->is_object()) d.info = info->as_object();
    if (const auto* decl = o.if_contains("declaration"); decl && decl->is_object())
      d.declaration = declaration_from_json(decl->as_object());
  }
  description_ = std::move(d);
  return *description_;
}

const ProbeSetup* SuiteContext::setup() {
  if (!prepared_) prepare();
  return setup_ ? &*setup_ : nullptr;
}

const std::string& SuiteContext::setup_problem() {
  if (!prepared_) prepare();
  return setup_problem_;
}

void SuiteContext::prepare() {
  prepared_ = true;
  const auto& d = description();
  if (!d.declaration) {
    setup_problem_ = "the plugin could not be loaded and asked for its declaration (see handshake)";
    return;
  }
  if (!config_) {
    setup_problem_ = "needs a conformance file: pass --config FILE (or run where conformance.yaml is)";
    return;
  }
  const auto& decl = d.declaration->declaration;
  ProbeSetup s;
  s.library_path = target_.library_path;
  s.declaration = decl;
  std::string endpoint = options_.base_url.empty() ? config_->endpoint : options_.base_url;
  s.recorded = endpoint == "recorded";
  s.control_url = server_.root_url();
  json::object good = config_->connector_config;
  bool declared = false;
  for (const auto& k : decl.config) declared = declared || k.name == config_->base_url_key;
  if (!declared) {
    setup_problem_ = "connector.base_url_key is '" + config_->base_url_key + "', which plugin '" +
                     decl.name + "' does not declare; name the config key that holds the API root "
                     "(a connector needs one so it can be tested without the vendor)";
    return;
  }
  good[config_->base_url_key] = s.recorded ? server_.root_url() : endpoint;
  auto good_valid = validated(decl, good, "connector.config in " + config_->path);
  if (!good_valid) {
    setup_problem_ = good_valid.status().message();
    return;
  }
  auto bad_valid = validated(decl, bad_credentials(decl, *config_, good), "connector.bad_credentials");
  if (!bad_valid) {
    setup_problem_ = bad_valid.status().message();
    return;
  }
  s.good_config = std::move(*good_valid);
  s.bad_config = std::move(*bad_valid);
  s.fault_config = s.good_config;
  s.fault_config[config_->base_url_key] = server_.root_url();
  s.secrets = secret_values(decl, s.good_config);
  s.org = config_->org;
  s.users = config_->users;
  auto window = window_between(config_->window.from, config_->window.to, s.org.timezone);
  if (!window) {
    setup_problem_ = "window in " + config_->path + ": " + window.status().message();
    return;
  }
  s.window = *window;
  auto now = config_->now.value_or(s.window.end_utc + 12 * 3600);
  s.now = std::chrono::system_clock::time_point{std::chrono::seconds{now}};
  s.http.timeout_ms = 5000;
  s.http.connect_timeout_ms = 2000;
  s.http.max_retries = 1;
  s.http.backoff_base_ms = 20;
  s.http.backoff_max_ms = 100;
  setup_ = std::move(s);
}

}  // namespace tributary::host::conformance
