#pragma once
// A strict reader of the Prometheus text exposition format 0.0.4, written from the format's
// documentation (not from our writer): metric and label name syntax, label value escapes, float
// values, TYPE before samples and once per family, a family's samples together, no duplicate
// series, and histogram shape (le buckets cumulative, +Inf bucket equal to _count).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tributary::testing {

struct PromSample {
  std::string name;
  std::map<std::string, std::string> labels;
  double value = 0;
};

struct PromFamily {
  std::string name;
  std::string type;  // counter gauge histogram summary untyped
  std::string help;
  std::vector<PromSample> samples;
};

struct PromText {
  std::vector<PromFamily> families;
  std::string error;  // empty when the text is valid; else "line N: what is wrong"

  const PromFamily* family(std::string_view name) const;
  std::optional<double> value(std::string_view sample_name,
                              const std::map<std::string, std::string>& labels) const;
};

PromText parse_prometheus_text(std::string_view text);

}  // namespace tributary::testing
