#include "host/config/model.h"

namespace tributary::host {

std::string SourceLocation::to_string() const {
  if (line <= 0) return file;
  auto out = file + ":" + std::to_string(line);
  if (column > 0) out += ":" + std::to_string(column);
  return out;
}

std::string ConfigError::to_string() const {
  auto location = where.to_string();
  return location.empty() ? message : location + ": " + message;
}

const PipelineConfig* Config::find_pipeline(std::string_view name) const {
  for (const auto& pipeline : pipelines) {
    if (pipeline.name == name) return &pipeline;
  }
  return nullptr;
}

const UserConfig* Config::find_user(std::string_view id) const {
  for (const auto& user : users) {
    if (user.id == id) return &user;
  }
  return nullptr;
}

}  // namespace tributary::host
