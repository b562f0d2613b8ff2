#pragma once
// A sandbox and a config of our own (JustCall and, when built, Copper for rep1..rep5), so the
// test does not move when the demo config changes. Runs use a fixed --now: two runs against two
// sandboxes then write byte-identical stores unless the data differs.

#include <boost/json.hpp>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/sandbox_process.h"
#include "tests/support/sqlite_reader.h"
#include "tests/support/subprocess.h"
#include "tests/support/temp_dir.h"

namespace tributary::testing {

class ThroughputEnv {
 public:
  explicit ThroughputEnv(const std::vector<std::string>& sandbox_flags = {});

  bool has_copper() const { return copper_; }
  SandboxProcess& sandbox() { return *sandbox_; }
  std::string db() const { return dir_.file("store.db"); }

  // `tributary --now <now> run sync --json`; the summary, or a failed expectation.
  boost::json::object run(const std::string& now, ProcessResult* raw = nullptr) const;
  boost::json::object sandbox_stats() const;
  // Every row of metrics, goals and connector_state, in key order.
  std::vector<Row> store_rows() const;

 private:
  TempDir dir_;
  bool copper_ = false;
  std::unique_ptr<SandboxProcess> sandbox_;
};

}  // namespace tributary::testing
