#include "host/schedule/cron_field.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include "host/core/did_you_mean.h"

namespace tributary::host {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                          "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr std::array<std::string_view, 7> kDayNames = {"SUN", "MON", "TUE", "WED",
                                                       "THU", "FRI", "SAT"};

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

std::string range_text(const CronFieldSpec& spec) {
  return std::to_string(spec.min) + "-" + std::to_string(spec.max);
}

// "0-7 or SUN, MON, TUE, WED, THU, FRI, SAT"
std::string expected_values(const CronFieldSpec& spec) {
  std::string text = range_text(spec);
  for (std::size_t i = 0; i < spec.names.size(); ++i) {
    text += (i == 0 ? " or " : ", ");
    text += spec.names[i];
  }
  return text;
}

bool is_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

bool is_letters(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
  });
}

bool equals_ignore_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) ==
                  std::toupper(static_cast<unsigned char>(y));
         });
}

// A digit string as an int, or nullopt when it does not fit.
std::optional<int> to_int(std::string_view digits) {
  int value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

// A value or the reason it is not one.
using ValueOrError = std::variant<int, std::string>;

ValueOrError parse_value(std::string_view text, const CronFieldSpec& spec, std::string_view item) {
  if (is_digits(text)) {
    auto value = to_int(text);
    if (!value || *value < spec.min || *value > spec.max) {
      return std::string(text) + " is out of range " + range_text(spec);
    }
    return *value;
  }
  if (text.find('*') != std::string_view::npos) {
    return "'*' cannot be combined with other values in " + quoted(item) +
           "; use '*' alone, '*/n', or a range 'a-b'";
  }
  if (!spec.names.empty() && is_letters(text)) {
    for (std::size_t i = 0; i < spec.names.size(); ++i) {
      if (equals_ignore_case(text, spec.names[i])) {
        return spec.first_name_value + static_cast<int>(i);
      }
    }
    std::vector<std::string> names(spec.names.begin(), spec.names.end());
    std::string upper(text);
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return "unknown name " + quoted(text) + did_you_mean(upper, names) + "; expected " +
           expected_values(spec);
  }
  return "expected " + expected_values(spec) + ", got " + quoted(text);
}

struct Step {
  int size = 1;
  bool present = false;
};

std::variant<Step, std::string> parse_step(std::string_view item) {
  auto slash = item.find('/');
  if (slash == std::string_view::npos) return Step{};
  auto text = item.substr(slash + 1);
  if (text.empty()) return "step is missing after '/' in " + quoted(item);
  if (text.find('/') != std::string_view::npos) {
    return quoted(item) + " has more than one '/'; expected 'a-b/n', 'a/n' or '*/n'";
  }
  if (!is_digits(text)) return "step " + quoted(text) + " is not a number in " + quoted(item);
  auto size = to_int(text);
  if (!size) return "step " + std::string(text) + " is too large in " + quoted(item);
  if (*size == 0) {
    return "step 0 is not allowed in " + quoted(item) + "; a step must be 1 or more";
  }
  return Step{*size, true};
}

struct Bounds {
  int low = 0;
  int high = 0;
};

std::variant<Bounds, std::string> parse_range(std::string_view base, const CronFieldSpec& spec,
                                              std::string_view item, bool stepped) {
  if (base == "*") return Bounds{spec.min, spec.max};
  auto dash = base.find('-');
  if (dash == std::string_view::npos) {
    auto value = parse_value(base, spec, item);
    if (auto* error = std::get_if<std::string>(&value)) return *error;
    int low = std::get<int>(value);
    // "a/n" runs from a to the end of the field, as in cronie.
    return Bounds{low, stepped ? spec.max : low};
  }
  auto first = base.substr(0, dash);
  auto last = base.substr(dash + 1);
  if (last.find('-') != std::string_view::npos) {
    return quoted(item) + " has more than one '-'; a range is 'a-b'";
  }
  if (first.empty()) return "range " + quoted(base) + " is missing its start value";
  if (last.empty()) return "range " + quoted(base) + " is missing its end value";
  auto low = parse_value(first, spec, item);
  if (auto* error = std::get_if<std::string>(&low)) return *error;
  auto high = parse_value(last, spec, item);
  if (auto* error = std::get_if<std::string>(&high)) return *error;
  if (std::get<int>(low) > std::get<int>(high)) {
    std::string hint = spec.seven_is_sunday && std::get<int>(high) == 0
                           ? " (7 is also Sunday, e.g. 5-7 for Friday to Sunday)"
                           : "";
    return "range start " + std::string(first) + " is greater than end " + std::string(last) +
           " in " + quoted(item) + "; write the smaller value first" + hint;
  }
  return Bounds{std::get<int>(low), std::get<int>(high)};
}

// Adds the values of one comma-separated item to `field`, or says why it cannot.
std::optional<std::string> add_item(std::string_view item, std::string_view whole,
                                    const CronFieldSpec& spec, CronField& field) {
  if (item.empty()) {
    return "empty list item in " + quoted(whole) + "; expected values separated by single commas";
  }
  auto step = parse_step(item);
  if (auto* error = std::get_if<std::string>(&step)) return *error;
  const Step s = std::get<Step>(step);
  auto base = item.substr(0, item.find('/'));
  auto range = parse_range(base, spec, item, s.present);
  if (auto* error = std::get_if<std::string>(&range)) return *error;
  const Bounds b = std::get<Bounds>(range);
  if (base == "*" || s.present) field.wildcard = true;
  for (long long v = b.low; v <= b.high; v += s.size) field.values |= std::uint64_t{1} << v;
  return std::nullopt;
}

}  // namespace

const CronFieldSpec kMinuteSpec{"minute", 0, 59, {}, 0, false};
const CronFieldSpec kHourSpec{"hour", 0, 23, {}, 0, false};
const CronFieldSpec kDayOfMonthSpec{"day-of-month", 1, 31, {}, 0, false};
const CronFieldSpec kMonthSpec{"month", 1, 12, kMonthNames, 1, false};
const CronFieldSpec kDayOfWeekSpec{"day-of-week", 0, 7, kDayNames, 0, true};

int CronField::next_at_or_after(int from) const {
  if (from < 0) from = 0;
  if (from > 63) return -1;
  const std::uint64_t rest = values & (~std::uint64_t{0} << from);
  return rest == 0 ? -1 : std::countr_zero(rest);
}

std::variant<CronField, CronParseError> parse_cron_field(std::string_view text,
                                                         const CronFieldSpec& spec) {
  CronField field;
  field.starts_with_star = !text.empty() && text.front() == '*';
  std::size_t start = 0;
  while (true) {
    auto comma = text.find(',', start);
    auto item = text.substr(start, comma == std::string_view::npos ? comma : comma - start);
    if (auto error = add_item(item, text, spec, field)) {
      return CronParseError{std::string(spec.name), *error};
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (spec.seven_is_sunday && field.has(7)) {
    field.values &= ~(std::uint64_t{1} << 7);
    field.values |= 1;
  }
  return field;
}

}  // namespace tributary::host
