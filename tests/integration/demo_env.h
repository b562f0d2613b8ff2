#pragma once
// A private copy of the demo config wired to a private sandbox and store, for one test.

#include <boost/json.hpp>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/sandbox_process.h"
#include "tests/support/sqlite_reader.h"
#include "tests/support/subprocess.h"
#include "tests/support/temp_dir.h"

namespace tributary::testing {

class DemoEnv {
 public:
  explicit DemoEnv(const std::vector<std::string>& sandbox_flags = {});

  std::string config_dir() const { return dir_.file("config"); }
  std::string db() const { return dir_.file("store.db"); }
  Env env() const;
  SandboxProcess& sandbox() { return *sandbox_; }

  // `tributary --config <dir> args...`
  ProcessResult tributary(const std::vector<std::string>& args, const Env& extra = {}) const;
  BackgroundProcess tributary_background(const std::vector<std::string>& args) const;
  std::vector<Row> query(const std::string& sql) const { return sqlite_query(db(), sql); }
  boost::json::value expected_justcall(const std::string& from, const std::string& to) const;

 private:
  TempDir dir_;
  std::unique_ptr<SandboxProcess> sandbox_;
};

boost::json::value parse_json_or_fail(const std::string& text);

}  // namespace tributary::testing
