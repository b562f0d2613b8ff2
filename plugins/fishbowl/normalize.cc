#include "plugins/fishbowl/normalize.h"

#include <boost/json.hpp>

#include "plugins/fishbowl/csv_orders.h"
#include "plugins/fishbowl/fetch.h"
#include "plugins/fishbowl/query_rows.h"
#include "plugins/fishbowl/revenue_tally.h"
#include "plugins/fishbowl/salesman_map.h"
#include "tributary/sdk/json.h"
#include "tributary/sdk/time.h"

namespace tributary::fishbowl {

namespace json = boost::json;
using sdk::Status;

namespace {

constexpr std::size_t kMaxListedBadRows = 200;

std::string_view format_name(CsvFormat format) {
  return format == CsvFormat::kSalesOrderExport ? "sales_order_export" : "table_export";
}

struct Read {
  std::vector<Order> orders;
  std::vector<BadRow> bad_rows;
  json::object facts;  // what the summary says about the source
};

void append(Read& read, OrderBatch&& batch) {
  for (auto& o : batch.orders) read.orders.push_back(std::move(o));
  for (auto& b : batch.bad_rows) read.bad_rows.push_back(std::move(b));
}

sdk::Result<Read> read_pages(const sdk::FetchResult& fetched, const CountingRules& rules,
                             std::string_view zone) {
  Read read;
  std::int64_t pages = 0;
  for (const auto& page : fetched.pages) {
    if (page.stream == kOrdersStream) {
      auto number = sdk::get_int(json::value(page.meta), "page").value_or(pages);
      auto batch = read_query_page(page.body, "orders page " + std::to_string(number), zone);
      if (!batch) return batch.status();
      append(read, std::move(*batch));
      read.facts["source"] = "rest";
      read.facts["pages"] = ++pages;
    } else if (page.stream == kCsvStream) {
      auto label = sdk::get_string(json::value(page.meta), "path").value_or("csv");
      auto batch = read_csv_orders(page.body, label, rules.csv_format, zone);
      if (!batch) return batch.status();
      read.facts["source"] = "csv";
      read.facts["csv_file"] = label;
      read.facts["csv_format"] = format_name(batch->format);
      read.facts["csv_data_rows"] = batch->data_rows;
      append(read, std::move(*batch));
    }
  }
  return read;
}

// "file:line: reason" for every bad row (the first kMaxListedBadRows of them).
json::array bad_row_lines(const std::vector<BadRow>& rows) {
  json::array out;
  for (std::size_t i = 0; i < rows.size() && i < kMaxListedBadRows; ++i)
    out.push_back(json::string(rows[i].where + ": " + rows[i].reason));
  if (rows.size() > kMaxListedBadRows)
    out.push_back(
        json::string("... and " + std::to_string(rows.size() - kMaxListedBadRows) + " more"));
  return out;
}

}  // namespace

sdk::Result<sdk::NormalizeOutput> normalize_orders(const sdk::NormalizeContext& ctx,
                                                   const sdk::FetchResult& fetched) {
  auto rules = parse_rules(ctx.config);
  if (!rules) return rules.status();
  if (!sdk::local_date(0, ctx.org.timezone))
    return Status::config("organisation time zone '" + ctx.org.timezone +
                          "' is not an IANA zone name such as America/Denver");
  auto zone = sdk::get_string(json::value(fetched.context), "server_timezone")
                  .value_or(server_zone(*rules, ctx.org));
  auto salesmen = build_salesman_map(ctx.users, *rules);
  if (!salesmen) return salesmen.status();
  auto read = read_pages(fetched, *rules, zone);
  if (!read) return read.status();

  RevenueTally tally(*rules, *salesmen, ctx.org.timezone, ctx.window);
  for (const auto& order : read->orders) {
    if (auto s = tally.add(order); !s) return s;
  }
  sdk::NormalizeOutput out;
  out.metrics = tally.records();
  out.covered_users = salesmen->covered;
  out.notes = salesmen->notes;
  out.summary = tally.summary();
  for (const auto& [k, v] : read->facts) out.summary[k] = v;
  out.summary["date_field"] = to_string(rules->date_field);
  out.summary["server_timezone"] = zone;
  out.summary["bad_row_count"] = static_cast<std::int64_t>(read->bad_rows.size());
  out.summary["bad_rows"] = bad_row_lines(read->bad_rows);
  if (auto error = sdk::get_string(json::value(fetched.context), "logout_error"))
    out.summary["logout_error"] = *error;
  return out;
}

}  // namespace tributary::fishbowl
