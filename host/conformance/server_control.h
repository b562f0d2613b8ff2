#pragma once
// A check's child process steering the runner's server: labelling the requests that follow
// (so the runner knows which read asked for what) and choosing the error case it serves.

#include <string>
#include <string_view>

namespace tributary::host::conformance {

class ServerControl {
 public:
  explicit ServerControl(std::string root_url) : root_(std::move(root_url)) {}
  void phase(std::string_view name) const;
  void fault(std::string_view error_case) const;  // "none" to serve recordings again

 private:
  void post(const std::string& path_and_query) const;
  std::string root_;
};

}  // namespace tributary::host::conformance
