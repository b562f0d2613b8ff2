#include "host/serve/prometheus_text.h"

#include <cmath>
#include <cstdio>

namespace tributary::host {

std::string escape_label_value(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string format_sample_value(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  char buf[40];
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", value);
  } else {
    std::snprintf(buf, sizeof buf, "%.17g", value);
  }
  return buf;
}

void PrometheusWriter::family(std::string_view name, std::string_view type,
                              std::string_view help) {
  out_ << "# HELP " << name << ' ' << help << '\n' << "# TYPE " << name << ' ' << type << '\n';
}

void PrometheusWriter::sample(std::string_view name, const PromLabels& labels, double value) {
  out_ << name;
  if (!labels.empty()) {
    out_ << '{';
    for (std::size_t i = 0; i < labels.size(); ++i) {
      out_ << (i ? "," : "") << labels[i].first << "=\"" << escape_label_value(labels[i].second)
           << '"';
    }
    out_ << '}';
  }
  out_ << ' ' << format_sample_value(value) << '\n';
}

}  // namespace tributary::host
