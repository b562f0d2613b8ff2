#include "plugins/fishbowl/config.h"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <cctype>

#include "plugins/fishbowl/value_parse.h"
#include "tributary/sdk/time.h"

namespace tributary::fishbowl {

namespace json = boost::json;
using sdk::Result;
using sdk::Status;

namespace {

const sdk::ConfigKey& declared(std::string_view name) {
  for (const auto& k : declaration().config) {
    if (k.name == name) return k;
  }
  static const sdk::ConfigKey kUndeclared{};
  return kUndeclared;
}

// The configured value, else the declared default, else null.
json::value value_of(const json::object& config, std::string_view name) {
  if (auto it = config.find(name); it != config.end() && !it->value().is_null()) return it->value();
  const auto& k = declared(name);
  return k.default_value ? *k.default_value : json::value(nullptr);
}

std::string prefix(std::string_view name) {
  return std::string(kName) + " config: '" + std::string(name) + "'";
}

std::string optional_string(const json::object& config, std::string_view name) {
  auto v = value_of(config, name);
  return v.is_string() ? std::string(v.get_string()) : std::string();
}

Result<std::string> required_string(const json::object& config, std::string_view name,
                                    std::string_view why) {
  auto v = value_of(config, name);
  if (v.is_string() && !v.get_string().empty()) return std::string(v.get_string());
  return Status::config(prefix(name) + " is missing or empty; it is required " + std::string(why));
}

Result<std::string> read_choice(const json::object& config, std::string_view name) {
  auto text = optional_string(config, name);
  const auto& allowed = declared(name).allowed_values;
  if (std::find(allowed.begin(), allowed.end(), text) != allowed.end()) return text;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  return Status::config(prefix(name) + " is '" + text + "'; expected one of: " + list);
}

Result<std::int64_t> read_int(const json::object& config, std::string_view name, std::int64_t min,
                              std::int64_t max) {
  auto v = value_of(config, name);
  std::string range = std::to_string(min) + ".." + std::to_string(max);
  if (!v.is_int64() && !v.is_uint64())
    return Status::config(prefix(name) + " must be an integer in " + range);
  auto n = v.is_int64() ? v.get_int64() : static_cast<std::int64_t>(v.get_uint64());
  if (n < min || n > max)
    return Status::config(prefix(name) + " is " + std::to_string(n) + "; expected " + range);
  return n;
}

std::string status_name(std::int64_t id) {
  switch (id) {
    case kStatusEstimate:
      return "Estimate";
    case kStatusIssued:
      return "Issued";
    case kStatusInProgress:
      return "In Progress";
    case kStatusFulfilled:
      return "Fulfilled";
    case kStatusClosedShort:
      return "Closed Short";
    case kStatusVoid:
      return "Void";
    case kStatusCancelled:
      return "Cancelled";
    case kStatusExpired:
      return "Expired";
    case kStatusHistorical:
      return "Historical";
    default:
      return {};
  }
}

constexpr const char* kCountable =
    "20 (Issued), 25 (In Progress), 60 (Fulfilled), 70 (Closed Short), 95 (Historical)";

Result<std::vector<int>> read_statuses(const json::object& config) {
  auto v = value_of(config, "count_statuses");
  if (!v.is_array() || v.get_array().empty())
    return Status::config(prefix("count_statuses") +
                          " must be a non-empty list of status ids: " + kCountable);
  std::vector<int> out;
  for (const auto& item : v.get_array()) {
    if (!item.is_int64() && !item.is_uint64())
      return Status::config(
          prefix("count_statuses") + " holds " + json::serialize(item) +
          ", which is not an integer status id; expected ids from: " + kCountable);
    auto id = item.is_int64() ? item.get_int64() : static_cast<std::int64_t>(item.get_uint64());
    bool countable = id == kStatusIssued || id == kStatusInProgress || id == kStatusFulfilled ||
                     id == kStatusClosedShort || id == kStatusHistorical;
    if (!countable) {
      auto name = status_name(id);
      return Status::config(prefix("count_statuses") + " holds " + std::to_string(id) +
                            (name.empty() ? ", which is not a Fishbowl sales-order status id"
                                          : " (" + name + "), which never counts as a sale") +
                            "; expected ids from: " + kCountable);
    }
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(static_cast<int>(id));
  }
  std::sort(out.begin(), out.end());
  return out;
}

Result<Channel> channel_of(std::string_view key, const json::value& target) {
  auto text = target.is_string() ? fold(target.get_string()) : std::string();
  if (text == "wholesale" || text == kWholesale) return Channel::kWholesaleChannel;
  if (text == "distribution" || text == kDistribution) return Channel::kDistributionChannel;
  return Status::config(prefix("channel_map") + " maps '" + std::string(key) + "' to " +
                        json::serialize(target) + "; expected wholesale or distribution");
}

Result<std::map<std::string, Channel>> read_channels(const json::object& config) {
  auto v = value_of(config, "channel_map");
  if (!v.is_object()) return Status::config(prefix("channel_map") + " must be a mapping");
  std::map<std::string, Channel> out;
  for (const auto& [key, target] : v.get_object()) {
    auto folded = fold(key);
    if (folded.empty())
      return Status::config(prefix("channel_map") + " has an empty channel value as a key");
    auto channel = channel_of(key, target);
    if (!channel) return channel.status();
    auto [it, inserted] = out.emplace(folded, *channel);
    if (!inserted && it->second != *channel)
      return Status::config(prefix("channel_map") + " maps '" + std::string(key) +
                            "' to two channels (keys are compared ignoring case and spaces)");
  }
  return out;
}

Result<std::map<std::string, std::string>> read_aliases(const json::object& config) {
  auto v = value_of(config, "salesman_aliases");
  if (!v.is_object()) return Status::config(prefix("salesman_aliases") + " must be a mapping");
  std::map<std::string, std::string> out;
  for (const auto& [key, target] : v.get_object()) {
    auto folded = fold(key);
    if (folded.empty())
      return Status::config(prefix("salesman_aliases") + " has an empty salesman as a key");
    if (!target.is_string() || target.get_string().empty())
      return Status::config(prefix("salesman_aliases") + " maps '" + std::string(key) + "' to " +
                            json::serialize(target) + "; expected one of our user ids");
    std::string user(target.get_string());
    auto [it, inserted] = out.emplace(folded, user);
    if (!inserted && it->second != user)
      return Status::config(prefix("salesman_aliases") + " maps '" + std::string(key) +
                            "' to both '" + it->second + "' and '" + user +
                            "' (keys are compared ignoring case and surrounding spaces)");
  }
  return out;
}

Status check_zone(std::string_view zone) {
  if (zone.empty() || sdk::local_date(0, zone).ok()) return Status::success();
  return Status::config(prefix("server_timezone") + " is '" + std::string(zone) +
                        "', which is not an IANA zone name such as America/New_York");
}

// Text that goes into the login body; JSON escaping makes it safe, this keeps it sane.
Status check_label(std::string_view name, std::string_view text) {
  bool printable = std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
  });
  if (!text.empty() && text.size() <= 200 && printable) return Status::success();
  return Status::config(prefix(name) + " must be 1..200 printable characters");
}

Result<RestSettings> parse_rest(const json::object& config) {
  RestSettings rest;
  constexpr std::string_view kWhy = "when mode is rest";
  auto base = required_string(config, "base_url", kWhy);
  if (!base) return base.status();
  if (!base->starts_with("http://") && !base->starts_with("https://"))
    return Status::config(prefix("base_url") + " is '" + *base +
                          "'; expected an http:// or https:// URL such as "
                          "http://fishbowl.local:2456");
  while (base->ends_with('/')) base->pop_back();
  if (base->ends_with("/api")) base->resize(base->size() - 4);  // we add /api/... ourselves
  rest.base_url = std::move(*base);
  auto user = required_string(config, "username", kWhy);
  if (!user) return user.status();
  rest.username = std::move(*user);
  auto password = required_string(config, "password", kWhy);
  if (!password) return password.status();
  rest.password = std::move(*password);
  rest.mfa_code = optional_string(config, "mfa_code");
  rest.app_name = optional_string(config, "app_name");
  rest.app_description = optional_string(config, "app_description");
  if (auto s = check_label("app_name", rest.app_name); !s) return s;
  if (auto s = check_label("app_description", rest.app_description); !s) return s;
  auto app_id = read_int(config, "app_id", 1, 2147483647);
  if (!app_id) return app_id.status();
  rest.app_id = *app_id;
  auto page = read_int(config, "page_size", 1, kMaxPageSize);
  if (!page) return page.status();
  rest.page_size = static_cast<int>(*page);
  return rest;
}

}  // namespace

std::string fold(std::string_view text) {
  std::string out(trim(text));
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view to_string(DateField field) {
  switch (field) {
    case DateField::kIssued:
      return "issued";
    case DateField::kCompleted:
      return "completed";
    case DateField::kPosted:
      return "posted";
  }
  return "issued";
}

Result<CountingRules> parse_rules(const json::object& config) {
  CountingRules rules;
  auto date_field = read_choice(config, "date_field");
  if (!date_field) return date_field.status();
  rules.date_field = *date_field == "completed" ? DateField::kCompleted
                     : *date_field == "posted"  ? DateField::kPosted
                                                : DateField::kIssued;
  auto amount = read_choice(config, "amount");
  if (!amount) return amount.status();
  rules.amount = *amount == "total" ? AmountField::kTotal : AmountField::kSubtotal;
  auto channel_field = read_choice(config, "channel_field");
  if (!channel_field) return channel_field.status();
  rules.channel_field =
      *channel_field == "customer_name" ? ChannelField::kCustomerName : ChannelField::kAccountType;
  auto format = read_choice(config, "csv_format");
  if (!format) return format.status();
  rules.csv_format = *format == "sales_order_export" ? CsvFormat::kSalesOrderExport
                     : *format == "table_export"     ? CsvFormat::kTableExport
                                                     : CsvFormat::kAuto;
  auto statuses = read_statuses(config);
  if (!statuses) return statuses.status();
  rules.statuses = std::move(*statuses);
  auto channels = read_channels(config);
  if (!channels) return channels.status();
  rules.channels = std::move(*channels);
  auto aliases = read_aliases(config);
  if (!aliases) return aliases.status();
  rules.salesman_aliases = std::move(*aliases);
  rules.server_timezone = optional_string(config, "server_timezone");
  if (auto s = check_zone(rules.server_timezone); !s) return s;
  return rules;
}

Result<FishbowlConfig> parse_config(const json::object& config) {
  FishbowlConfig out;
  auto rules = parse_rules(config);
  if (!rules) return rules.status();
  out.rules = std::move(*rules);
  auto mode = read_choice(config, "mode");
  if (!mode) return mode.status();
  out.mode = *mode == "csv" ? Mode::kCsv : Mode::kRest;
  if (out.mode == Mode::kCsv) {
    auto path = required_string(config, "csv_path", "when mode is csv");
    if (!path) return path.status();
    out.csv_path = std::move(*path);
    return out;
  }
  auto rest = parse_rest(config);
  if (!rest) return rest.status();
  out.rest = std::move(*rest);
  return out;
}

}  // namespace tributary::fishbowl
