#include "tests/sandbox/fishbowl/csv_export.h"

#include <cstdio>

#include "tests/sandbox/fishbowl/tables.h"

namespace tributary::sandbox::fishbowl {
namespace {

std::string field(const std::string& text) {
  bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string row(std::initializer_list<std::string> fields) {
  std::string out;
  for (const auto& f : fields) out += (out.empty() ? "" : ",") + field(f);
  return out + "\r\n";
}

// 123450 -> "$1,234.50" (grouped) or "1234.50".
std::string money(std::int64_t cents, bool dressed) {
  bool negative = cents < 0;
  if (negative) cents = -cents;
  std::string whole = std::to_string(cents / 100);
  if (dressed) {
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
      whole.insert(static_cast<std::size_t>(i), ",");
  }
  char fraction[8];
  std::snprintf(fraction, sizeof fraction, ".%02lld", static_cast<long long>(cents % 100));
  return (negative ? "-" : "") + std::string(dressed ? "$" : "") + whole + fraction;
}

std::string us_datetime(const std::optional<date::local_seconds>& t) {
  if (!t) return {};
  auto day = date::floor<date::days>(*t);
  date::year_month_day ymd{day};
  date::hh_mm_ss clock{*t - day};
  auto h = clock.hours().count();
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "%u/%u/%d %lld:%02lld:%02lld %s",
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(ymd.year()), static_cast<long long>(h % 12 == 0 ? 12 : h % 12),
                static_cast<long long>(clock.minutes().count()),
                static_cast<long long>(clock.seconds().count()), h < 12 ? "AM" : "PM");
  return buffer;
}

// Three spellings of the same local time, chosen by the order id, as mixed exports have.
std::string table_datetime(const std::optional<date::local_seconds>& t, std::int64_t id,
                           const date::time_zone* zone) {
  if (!t) return {};
  switch (id % 3) {
    case 0: {
      constexpr auto kExcelEpoch = date::local_days{date::year{1899} / 12 / 30};
      auto serial = std::chrono::duration<double, std::ratio<86400>>(*t - kExcelEpoch).count();
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.10f", serial);
      return buffer;
    }
    case 1: {
      auto offset =
          std::chrono::duration_cast<std::chrono::hours>(zone->get_info(*t).first.offset).count();
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%c%02lld", offset < 0 ? '-' : '+',
                    static_cast<long long>(offset < 0 ? -offset : offset));
      auto text = format_local(*t);
      text[10] = 'T';
      return text + ".000" + buffer;
    }
    default:
      return format_local(*t);
  }
}

std::string status_name(int status) {
  switch (status) {
    case 10:
      return "Estimate";
    case 20:
      return "Issued";
    case 25:
      return "In Progress";
    case 60:
      return "Fulfilled";
    case 70:
      return "Closed Short";
    case 80:
      return "Void";
    case 85:
      return "Cancelled";
    case 90:
      return "Expired";
    default:
      return std::to_string(status);
  }
}

std::string note_of(const SalesOrder& o) {
  return o.customer_id == 8 ? "Paid cash, no receipt.\nCall before delivery." : "";
}

void sales_order_rows(const OrderBook& book, const SalesOrder& o, std::string& out) {
  const auto& dir = book.directory();
  const auto& customer = dir.customer(o.customer_id);
  out += row({"SO", o.num, status_name(o.status), customer.name, "Pat Buyer", customer.name,
              "Columbus", o.salesman_text, us_datetime(o.issued), us_datetime(o.completed),
              "Net 30", note_of(o), dir.account_type_name(customer)});
  for (const auto& l : o.lines)
    out += row({"Item", std::to_string(l.type), l.product, l.product + " description",
                std::to_string(l.quantity), "ea", money(l.unit_cents, true), "TRUE"});
}

void table_row(const OrderBook& book, const SalesOrder& o, std::string& out) {
  const auto& dir = book.directory();
  const auto& customer = dir.customer(o.customer_id);
  const auto& salesman = dir.salesmen[o.salesman];
  bool dressed = o.id % 2 == 1;
  auto* zone = book.zone();
  out += row({std::to_string(o.id),
              o.num,
              std::to_string(o.customer_id),
              std::to_string(o.status),
              "10",
              o.salesman_text,
              std::to_string(salesman.id),
              salesman.initials,
              table_datetime(o.issued, o.id, zone),
              table_datetime(o.completed, o.id, zone),
              table_datetime(o.posted, o.id, zone),
              money(o.subtotal_cents(), dressed),
              money(o.tax_cents, dressed),
              money(o.total_cents(), dressed),
              "1",
              "",
              "30",
              "1",
              "2",
              customer.name,
              dir.account_type_name(customer)});
}

}  // namespace

std::string export_csv(const OrderBook& book, ExportFormat format,
                       std::optional<date::local_days> from, std::optional<date::local_days> to) {
  std::string out;
  if (format == ExportFormat::kSalesOrder) {
    out += row({"Flag", "SONum", "Status", "CustomerName", "CustomerContact", "BillToName",
                "BillToCity", "Salesman", "DateIssued", "DateCompleted", "PaymentTerms", "Note",
                "CF-Account Type"});
    out += row({"Flag", "SOItemTypeID", "ProductNumber", "ProductDescription", "ProductQuantity",
                "UOM", "ProductPrice", "Taxable"});
  } else {
    out += row({"id",         "num",        "customerId",       "satusId",    "typeId",
                "salesman",   "salesmanId", "salesmanInitials", "dateIssued", "dateCompleted",
                "datePosted", "subTotal",   "totalTax",         "totalPrice", "currenyRate",
                "sateCalEnd", "priotryId",  "patmentTermsId",   "carriedID",  "customerName",
                "accountType"});
  }
  for (const auto& o : book.orders()) {
    auto day = date::floor<date::days>(o.issued);
    if ((from && day < *from) || (to && day > *to)) continue;
    if (format == ExportFormat::kSalesOrder)
      sales_order_rows(book, o, out);
    else
      table_row(book, o, out);
  }
  return out;
}

}  // namespace tributary::sandbox::fishbowl
