#include "host/runner/prepared_pipeline.h"

#include <boost/json/serialize.hpp>

#include "host/config/loader.h"
#include "host/runner/unit_services.h"

namespace tributary::host {

PreparedPipeline prepare_pipeline(const PipelineConfig& pipeline, PluginRegistry& plugins) {
  PreparedPipeline out;
  out.pipeline = &pipeline;
  for (const auto& c : pipeline.connectors) {
    auto loaded = plugins.load(c.plugin);
    if (!loaded) {
      out.errors.push_back({c.plugin_where, loaded.status().message()});
      continue;
    }
    auto probe = (*loaded)->create();
    if (!probe) {
      out.errors.push_back({c.plugin_where, probe.status().message()});
      continue;
    }
    PreparedConnector pc;
    pc.config = &c;
    pc.plugin = *loaded;
    pc.probe = *probe;
    pc.declaration = &pc.probe->declaration();
    auto validation = validate_connector_config(*pc.declaration, c);
    if (!validation.errors.empty()) {
      for (auto& e : validation.errors) out.errors.push_back(std::move(e));
      continue;
    }
    pc.validated = std::move(validation.config);
    pc.secrets = secret_values(*pc.declaration, pc.validated);
    std::string material;
    for (const auto& key : pc.declaration->account_keys) {
      if (auto it = pc.validated.find(key); it != pc.validated.end())
        material += boost::json::serialize(it->value()) + "\x1f";
    }
    pc.account = account_tag(material);
    out.connectors.push_back(std::move(pc));
  }
  return out;
}

}  // namespace tributary::host
