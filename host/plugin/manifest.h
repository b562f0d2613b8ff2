#pragma once
// The manifest that ships beside every plugin library (<lib name>.manifest.json), so the host can
// list plugins without loading their code.

#include <string>
#include <vector>

namespace tributary::host {

struct PluginManifest {
  std::string name;
  std::string version;
  std::string library;       // file name of the shared library, beside the manifest
  int abi_major = 0;
  int abi_minor = 0;
  std::string sdk_version;
  std::string description;
  std::string scope;         // per_user | per_account
  std::vector<std::string> record_kinds;
  std::vector<std::string> metric_types;
  std::string manifest_path;  // absolute
  std::string library_path;   // absolute
};

struct ManifestScan {
  std::vector<PluginManifest> plugins;  // sorted by name; first directory wins on duplicates
  std::vector<std::string> errors;      // "path: what is wrong"
};

// Reads one manifest file; throws std::runtime_error with the path and the problem.
PluginManifest read_manifest(const std::string& path);

// Scans each directory (non-recursively) for *.manifest.json. Missing directories are skipped.
ManifestScan scan_plugin_dirs(const std::vector<std::string>& dirs);

}  // namespace tributary::host
