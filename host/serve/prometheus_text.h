#pragma once
// Writes the Prometheus text exposition format (version 0.0.4): one family at a time, its HELP
// and TYPE lines first, then its samples.

#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tributary::host {

using PromLabels = std::vector<std::pair<std::string, std::string>>;

class PrometheusWriter {
 public:
  // `type` is counter, gauge, histogram, summary or untyped.
  void family(std::string_view name, std::string_view type, std::string_view help);
  void sample(std::string_view name, const PromLabels& labels, double value);
  std::string text() const { return out_.str(); }

 private:
  std::ostringstream out_;
};

// A label value with backslash, double quote and newline escaped.
std::string escape_label_value(std::string_view value);
// Integers without a decimal point, others with enough digits to round-trip, and +Inf/-Inf/NaN.
std::string format_sample_value(double value);

}  // namespace tributary::host
