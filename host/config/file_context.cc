#include "host/config/file_context.h"

#include <algorithm>

#include "host/config/interpolate.h"

namespace tributary::host {

FileContext::FileContext(std::string path, std::string relative, const EnvLookup& env)
    : path_(std::move(path)), relative_(std::move(relative)), env_(env) {}

SourceLocation FileContext::at(const YAML::Mark& mark) const {
  if (mark.is_null() || mark.line < 0) return {path_, 0, 0};
  return {path_, mark.line + 1, mark.column + 1};
}

SourceLocation FileContext::at(const YAML::Node& node, const SourceLocation& fallback) const {
  // yaml-cpp marks an empty value (`key:`) at the start of the next line, which misleads.
  if (!node.IsDefined() || (node.IsNull() && fallback.line > 0)) return fallback;
  auto where = at(node.Mark());
  return where.line == 0 && fallback.line > 0 ? fallback : where;
}

void FileContext::error(const SourceLocation& where, std::string message) {
  errors_.push_back({where, std::move(message)});
}

std::vector<ConfigError> FileContext::take_errors() {
  std::stable_sort(errors_.begin(), errors_.end(), [](const ConfigError& a, const ConfigError& b) {
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
  return std::move(errors_);
}

std::optional<std::string> FileContext::interpolate(const std::string& text,
                                                    const SourceLocation& where) {
  if (!has_placeholder(text)) return text;
  auto result = host::interpolate(text, env_);
  for (const auto& name : result.missing) {
    error(where, "environment variable " + name + " is not set (used in " + relative_ + ")");
  }
  for (auto& problem : result.problems) error(where, std::move(problem));
  if (!result.missing.empty() || !result.problems.empty()) return std::nullopt;
  return std::move(result.text);
}

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "'" + node.Scalar() + "'";
    default:
      return "nothing";
  }
}

}  // namespace tributary::host
