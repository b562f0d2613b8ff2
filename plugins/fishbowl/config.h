#pragma once
// The Fishbowl connector's declaration (identity, config keys, what it produces, rate budget) and
// the typed config fetch and normalize work from. Every value that ends up inside the SQL sent
// to Fishbowl passes through here first: the date column is an enum, statuses are integers from
// a known set, and nothing else the operator writes is ever pasted into a query.

#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "tributary/sdk/declaration.h"
#include "tributary/sdk/status.h"

namespace tributary::fishbowl {

inline constexpr const char* kName = "fishbowl";
inline constexpr const char* kVersion = "0.1.0";
inline constexpr const char* kWholesale = "new_sales_wholesale";
inline constexpr const char* kDistribution = "new_sales_distribution";
inline constexpr const char* kSalesmanIdIdentity = "salesman_id";
inline constexpr const char* kSalesmanIdentity = "salesman";
inline constexpr int kMaxPageSize = 5000;

enum class Mode { kRest, kCsv };
enum class DateField { kIssued, kCompleted, kPosted };
enum class AmountField { kSubtotal, kTotal };
enum class ChannelField { kAccountType, kCustomerName };
enum class CsvFormat { kAuto, kSalesOrderExport, kTableExport };

// SO status ids (Fishbowl status docs): the ones that may count, and the ones that never do.
inline constexpr int kStatusEstimate = 10;
inline constexpr int kStatusIssued = 20;
inline constexpr int kStatusInProgress = 25;
inline constexpr int kStatusFulfilled = 60;
inline constexpr int kStatusClosedShort = 70;
inline constexpr int kStatusVoid = 80;
inline constexpr int kStatusCancelled = 85;
inline constexpr int kStatusExpired = 90;
inline constexpr int kStatusHistorical = 95;

// Which of our metric types a channel value counts toward.
enum class Channel { kWholesaleChannel, kDistributionChannel };

// What decides whether an order counts and toward what; normalize needs only this.
struct CountingRules {
  DateField date_field = DateField::kIssued;
  AmountField amount = AmountField::kSubtotal;
  ChannelField channel_field = ChannelField::kAccountType;
  std::vector<int> statuses = {kStatusIssued, kStatusInProgress, kStatusFulfilled,
                               kStatusClosedShort};
  // Folded (trimmed, lower-cased) channel value -> channel.
  std::map<std::string, Channel> channels;
  // Folded salesman text -> our user id.
  std::map<std::string, std::string> salesman_aliases;
  std::string server_timezone;  // empty: the organisation's zone
  CsvFormat csv_format = CsvFormat::kAuto;
};

struct RestSettings {
  std::string base_url;  // no trailing slash, without /api
  std::string username;
  std::string password;
  std::string mfa_code;
  std::string app_name;
  std::string app_description;
  std::int64_t app_id = 0;
  int page_size = 500;
};

struct FishbowlConfig {
  Mode mode = Mode::kRest;
  RestSettings rest;
  std::string csv_path;
  CountingRules rules;
};

const sdk::Declaration& declaration();

// Folds a salesman or channel value for matching: trimmed, ASCII lower-cased.
std::string fold(std::string_view text);

std::string_view to_string(DateField field);

// Both apply the declaration's defaults to absent keys (the host normally has already) and return
// a kConfig Status naming the key, the value and what would be accepted.
sdk::Result<CountingRules> parse_rules(const boost::json::object& config);
sdk::Result<FishbowlConfig> parse_config(const boost::json::object& config);

}  // namespace tributary::fishbowl
