#include "host/config/loader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "host/config/file_context.h"
#include "host/config/readers.h"

namespace tributary::host {

namespace {

namespace fs = std::filesystem;

EnvLookup process_env_lookup() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

// One file of the directory: parsed, or the reason it could not be. A file that does not exist
// parses as an empty document.
struct ParsedFile {
  FileContext ctx;
  YAML::Node root;
  bool readable = true;
};

ParsedFile parse_file(const std::string& dir, const std::string& relative, const EnvLookup& env) {
  ParsedFile file{FileContext((fs::path(dir) / relative).string(), relative, env), {}, true};
  std::error_code ec;
  if (!fs::exists(file.ctx.path(), ec)) return file;
  std::ifstream in(file.ctx.path(), std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) {
    file.ctx.error({file.ctx.path(), 0, 0}, "cannot read " + relative + "; check its permissions");
    file.readable = false;
    return file;
  }
  try {
    file.root = YAML::Load(text.str());
  } catch (const YAML::Exception& e) {
    file.ctx.error(file.ctx.at(e.mark), "malformed YAML: " + e.msg);
    file.readable = false;
  }
  return file;
}

void append(std::vector<ConfigError>& out, FileContext& ctx) {
  for (auto& error : ctx.take_errors()) out.push_back(std::move(error));
}

std::vector<std::string> pipeline_files(const fs::path& dir, std::vector<ConfigError>& errors) {
  std::vector<std::string> names;
  std::error_code ec;
  auto pipelines = dir / "pipelines";
  if (!fs::exists(pipelines, ec)) return names;
  if (!fs::is_directory(pipelines, ec)) {
    errors.push_back(
        {{pipelines.string(), 0, 0}, "expected 'pipelines' to be a directory of pipeline files"});
    return names;
  }
  for (const auto& entry : fs::directory_iterator(pipelines, ec)) {
    auto ext = entry.path().extension();
    if (entry.is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

void load_pipelines(const std::string& dir, const EnvLookup& env, const KnownUsers& users,
                    ConfigLoadResult& result, Config& config) {
  std::map<std::string, SourceLocation> seen;
  for (const auto& name : pipeline_files(dir, result.errors)) {
    auto file = parse_file(dir, "pipelines/" + name, env);
    if (file.readable) {
      auto pipeline = read_pipeline(file.ctx, file.root, fs::path(name).stem().string(), users);
      auto where = pipeline.where;
      auto [it, inserted] = seen.emplace(pipeline.name, where);
      if (!pipeline.name.empty() && !inserted) {
        file.ctx.error(where, "duplicate pipeline name '" + pipeline.name +
                                  "'; it is first defined at " + it->second.to_string() +
                                  "; pipeline names must be unique");
      }
      config.pipelines.push_back(std::move(pipeline));
    }
    append(result.errors, file.ctx);
  }
}

}  // namespace

EnvLookup process_env() { return process_env_lookup(); }

ConfigLoadResult load_config(const std::string& dir, const EnvLookup& env) {
  ConfigLoadResult result;
  Config config;
  std::error_code ec;
  auto absolute = fs::absolute(fs::path(dir), ec).lexically_normal();
  if (absolute.filename().empty() && absolute.has_parent_path()) absolute = absolute.parent_path();
  config.dir = absolute.string();

  // Without tributary.yaml the directory is most likely the wrong one; the other files are still
  // read so every error shows at once.
  auto settings_path = (fs::path(dir) / "tributary.yaml").string();
  bool has_settings = fs::is_regular_file(settings_path, ec);
  if (!has_settings) {
    result.errors.push_back(
        {{settings_path, 0, 0},
         "missing tributary.yaml: expected the host settings at " + settings_path +
             (fs::is_directory(dir, ec) ? "" : " (the config directory does not exist)")});
  }
  auto settings = parse_file(dir, "tributary.yaml", env);
  if (has_settings && settings.readable)
    config.host = read_host_settings(settings.ctx, settings.root, absolute);
  append(result.errors, settings.ctx);

  auto users = parse_file(dir, "users.yaml", env);
  KnownUsers known{users.readable, {}};
  if (users.readable) config.users = read_users(users.ctx, users.root);
  for (const auto& user : config.users) known.ids.push_back(user.id);
  append(result.errors, users.ctx);

  auto goals = parse_file(dir, "goals.yaml", env);
  if (goals.readable) config.goals = read_goals(goals.ctx, goals.root, known);
  append(result.errors, goals.ctx);

  load_pipelines(dir, env, known, result, config);
  if (result.errors.empty()) result.config = std::move(config);
  return result;
}

}  // namespace tributary::host
