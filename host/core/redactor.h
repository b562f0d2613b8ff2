#pragma once
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace tributary::host {

// Knows every secret value in play (secret config keys, rotated tokens) and replaces each
// occurrence in a text with "***". Shared by the logger, the HTTP client and the run summary.
class Redactor {
 public:
  void add(std::string_view secret);  // ignores values shorter than 4 characters
  std::string redact(std::string_view text) const;

 private:
  mutable std::mutex mu_;
  std::vector<std::string> secrets_;
};

}  // namespace tributary::host
