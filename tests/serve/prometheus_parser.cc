#include "tests/serve/prometheus_parser.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <set>
#include <stdexcept>

namespace tributary::testing {

namespace {

struct ParseError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

bool name_char(char c, bool first, bool colon_ok) {
  if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') return true;
  if (colon_ok && c == ':') return true;
  return !first && std::isdigit(static_cast<unsigned char>(c));
}

std::string take_name(std::string_view& s, bool colon_ok, const char* what) {
  std::size_t n = 0;
  while (n < s.size() && name_char(s[n], n == 0, colon_ok)) ++n;
  if (n == 0) throw ParseError(std::string("expected a ") + what + " at '" + std::string(s) + "'");
  std::string name(s.substr(0, n));
  s.remove_prefix(n);
  return name;
}

double parse_value(std::string_view text) {
  if (text == "+Inf" || text == "Inf") return HUGE_VAL;
  if (text == "-Inf") return -HUGE_VAL;
  if (text == "NaN") return NAN;
  const std::string copy(text);
  char* end = nullptr;
  const double v = std::strtod(copy.c_str(), &end);
  if (copy.empty() || end != copy.c_str() + copy.size() || copy.find_first_of("xXnN") != std::string::npos)
    throw ParseError("'" + copy + "' is not a sample value");
  return v;
}

std::string take_label_value(std::string_view& s) {
  if (s.empty() || s.front() != '"') throw ParseError("a label value must be in double quotes");
  s.remove_prefix(1);
  std::string out;
  while (!s.empty() && s.front() != '"') {
    char c = s.front();
    s.remove_prefix(1);
    if (c != '\\') {
      out += c;
      continue;
    }
    if (s.empty()) throw ParseError("a label value ends inside an escape");
    const char e = s.front();
    s.remove_prefix(1);
    if (e == '\\') out += '\\';
    else if (e == '"') out += '"';
    else if (e == 'n') out += '\n';
    else throw ParseError(std::string("unknown escape \\") + e + " in a label value");
  }
  if (s.empty()) throw ParseError("a label value has no closing quote");
  s.remove_prefix(1);
  return out;
}

PromSample parse_sample(std::string_view s) {
  PromSample sample;
  sample.name = take_name(s, true, "metric name");
  if (!s.empty() && s.front() == '{') {
    s.remove_prefix(1);
    while (!s.empty() && s.front() != '}') {
      auto label = take_name(s, false, "label name");
      if (s.empty() || s.front() != '=') throw ParseError("expected '=' after label " + label);
      s.remove_prefix(1);
      if (!sample.labels.emplace(label, take_label_value(s)).second)
        throw ParseError("label " + label + " appears twice");
      if (!s.empty() && s.front() == ',') s.remove_prefix(1);
      else if (s.empty() || s.front() != '}') throw ParseError("expected ',' or '}' after a label");
    }
    if (s.empty()) throw ParseError("labels have no closing '}'");
    s.remove_prefix(1);
  }
  if (s.empty() || s.front() != ' ') throw ParseError("expected a space before the value");
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  auto space = s.find(' ');
  sample.value = parse_value(s.substr(0, space));
  if (space != std::string_view::npos) {
    auto ts = s.substr(space + 1);
    char* end = nullptr;
    const std::string t(ts);
    std::strtoll(t.c_str(), &end, 10);
    if (t.empty() || end != t.c_str() + t.size()) throw ParseError("bad timestamp '" + t + "'");
  }
  return sample;
}

// The family a sample belongs to: histogram/summary samples carry a suffix.
std::string family_of(const std::string& name, const std::map<std::string, std::string>& types) {
  for (const char* suffix : {"_bucket", "_sum", "_count"}) {
    const std::string_view sv(suffix);
    if (name.size() > sv.size() && name.compare(name.size() - sv.size(), sv.size(), sv) == 0) {
      auto base = name.substr(0, name.size() - sv.size());
      auto it = types.find(base);
      if (it != types.end() && (it->second == "histogram" || it->second == "summary")) return base;
    }
  }
  return name;
}

void check_histogram(const PromFamily& f) {
  std::map<std::map<std::string, std::string>, std::vector<std::pair<double, double>>> buckets;
  std::map<std::map<std::string, std::string>, double> counts;
  for (const auto& s : f.samples) {
    auto labels = s.labels;
    if (s.name == f.name + "_bucket") {
      auto le = labels.find("le");
      if (le == labels.end()) throw ParseError(f.name + "_bucket without an le label");
      const double bound = parse_value(le->second);
      labels.erase(le);
      buckets[labels].emplace_back(bound, s.value);
    } else if (s.name == f.name + "_count") {
      counts[labels] = s.value;
    } else if (s.name != f.name + "_sum") {
      throw ParseError("sample " + s.name + " does not belong to histogram " + f.name);
    }
  }
  for (const auto& [labels, list] : buckets) {
    for (std::size_t i = 1; i < list.size(); ++i) {
      if (!(list[i].first > list[i - 1].first)) throw ParseError(f.name + ": le bounds not increasing");
      if (list[i].second < list[i - 1].second) throw ParseError(f.name + ": buckets not cumulative");
    }
    if (list.empty() || !std::isinf(list.back().first))
      throw ParseError(f.name + ": no le=\"+Inf\" bucket");
    auto c = counts.find(labels);
    if (c == counts.end() || c->second != list.back().second)
      throw ParseError(f.name + ": _count differs from the +Inf bucket");
  }
}

}  // namespace

const PromFamily* PromText::family(std::string_view name) const {
  for (const auto& f : families)
    if (f.name == name) return &f;
  return nullptr;
}

std::optional<double> PromText::value(std::string_view sample_name,
                                      const std::map<std::string, std::string>& labels) const {
  for (const auto& f : families)
    for (const auto& s : f.samples)
      if (s.name == sample_name && s.labels == labels) return s.value;
  return std::nullopt;
}

namespace {

// Reads lines in order, keeping what the format's ordering rules need.
class Reader {
 public:
  explicit Reader(PromText& out) : out_(out) {}

  void metadata(std::string_view line) {
    std::string_view rest = line.substr(1);
    if (rest.substr(0, 6) != " HELP " && rest.substr(0, 6) != " TYPE ") return;  // a comment
    const bool is_type = rest.substr(0, 6) == " TYPE ";
    rest.remove_prefix(6);
    auto name = take_name(rest, true, "metric name");
    if (!rest.empty() && rest.front() != ' ') throw ParseError("bad metric name in " + std::string(line));
    if (!rest.empty()) rest.remove_prefix(1);
    if (closed_.count(name) || (current_ != name && (types_.count(name) || helped_.count(name))))
      throw ParseError("metadata for " + name + " after its samples or repeated");
    if (current_ != name) open(name);
    if (!is_type) {
      if (!helped_.insert(name).second) throw ParseError("repeated HELP for " + name);
      out_.families.back().help = std::string(rest);
      return;
    }
    static const std::set<std::string> kTypes{"counter", "gauge", "histogram", "summary", "untyped"};
    if (types_.count(name) || !kTypes.count(std::string(rest)))
      throw ParseError("bad or repeated TYPE for " + name);
    if (!out_.families.back().samples.empty()) throw ParseError("TYPE of " + name + " after samples");
    types_[name] = std::string(rest);
    out_.families.back().type = std::string(rest);
  }

  void sample(std::string_view line) {
    auto sample = parse_sample(line);
    auto fam = family_of(sample.name, types_);
    if (fam != current_) {
      if (closed_.count(fam) || types_.count(fam)) throw ParseError("samples of " + fam + " are not together");
      open(fam);
    }
    std::string key = sample.name;
    for (const auto& [k, v] : sample.labels) key += "|" + k + "=" + v;
    if (!series_.insert(key).second) throw ParseError("duplicate series " + key);
    out_.families.back().samples.push_back(std::move(sample));
  }

 private:
  void open(const std::string& name) {
    if (!current_.empty()) closed_.insert(current_);
    out_.families.push_back(PromFamily{name, "untyped", "", {}});
    current_ = name;
  }

  PromText& out_;
  std::map<std::string, std::string> types_;
  std::set<std::string> helped_, closed_, series_;
  std::string current_;
};

}  // namespace

PromText parse_prometheus_text(std::string_view text) {
  PromText out;
  Reader reader(out);
  int line_no = 0;
  try {
    if (!text.empty() && text.back() != '\n') throw ParseError("the text does not end with a newline");
    while (!text.empty()) {
      ++line_no;
      auto nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      text.remove_prefix(nl + 1);
      if (line.empty()) continue;
      if (line.front() == '#') reader.metadata(line);
      else reader.sample(line);
    }
    line_no = 0;
    for (const auto& f : out.families)
      if (f.type == "histogram") check_histogram(f);
  } catch (const ParseError& e) {
    out.error = (line_no ? "line " + std::to_string(line_no) + ": " : "") + e.what();
  }
  return out;
}

}  // namespace tributary::testing
