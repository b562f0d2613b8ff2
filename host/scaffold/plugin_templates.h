#pragma once
// The files of a new plugin project, as written in host/scaffold/templates/ (generated source).
// Placeholders: @NAME@ (the plugin name), @CLASS@ (its PascalCase form), @ABI_MAJOR@,
// @ABI_MINOR@ and @SDK_VERSION@ (this host's).

#include <vector>

namespace tributary::host {

struct PluginTemplate {
  const char* path;  // relative to the project directory
  const char* text;
};

const std::vector<PluginTemplate>& plugin_templates();

}  // namespace tributary::host
