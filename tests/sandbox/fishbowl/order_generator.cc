#include "tests/sandbox/fishbowl/order_generator.h"

#include <algorithm>
#include <cctype>

#include "tests/sandbox/seeded_hash.h"

namespace tributary::sandbox::fishbowl {
namespace {

using std::chrono::hours;
using std::chrono::seconds;

// What each hash draws, so two draws about the same order never share a value.
enum Salt : std::uint64_t {
  kCount = 1,
  kEmptyDay,
  kTime,
  kTimeKind,
  kStatus,
  kCustomer,
  kLineCount,
  kLine,
  kQuantity,
  kShipping,
  kDiscount,
  kCredit,
  kCompleted,
  kPosted,
  kText
};

constexpr std::int64_t kIdDaySlots = 100'000;  // id = day * this + salesman * 10 + n

std::uint64_t h(std::uint64_t key, std::uint64_t salt, std::uint64_t n = 0) {
  return hash_of({key, salt, n});
}

int order_count(std::uint64_t key, date::local_days day) {
  auto weekday = date::weekday(day);
  bool weekend = weekday == date::Saturday || weekday == date::Sunday;
  if (weekend && unit_interval(h(key, kEmptyDay)) < 0.6) return 0;
  return static_cast<int>(uniform_int(h(key, kCount), 0, weekend ? 1 : 3));
}

// Seconds after local midnight: often right before or after midnight, or around 02:00, where a
// server-zone or UTC day would differ from the organisation's.
std::int64_t time_of_day(std::uint64_t order_key) {
  auto kind = h(order_key, kTimeKind) % 10;
  auto draw = h(order_key, kTime);
  if (kind <= 1) return 23 * 3600 + 15 * 60 + uniform_int(draw, 0, 2699);
  if (kind == 2) return uniform_int(draw, 0, 2699);
  if (kind <= 4) return 90 * 60 + uniform_int(draw, 0, 3599);
  return 8 * 3600 + uniform_int(draw, 0, 36000 - 1);
}

// Moves a local time forward by whole hours until the zone maps it to exactly one instant.
date::local_seconds unique_local(date::local_seconds local, const date::time_zone* zone) {
  while (zone->get_info(local).result != date::local_info::unique) local += hours{1};
  return local;
}

// The local time of an instant, moved forward until that local time is unambiguous.
std::pair<date::local_seconds, date::sys_seconds> unique_instant(date::sys_seconds at,
                                                                 const date::time_zone* zone) {
  auto local = zone->to_local(at);
  while (zone->get_info(local).result != date::local_info::unique) {
    at += hours{1};
    local = zone->to_local(at);
  }
  return {local, at};
}

int draw_status(std::uint64_t order_key) {
  double u = unit_interval(h(order_key, kStatus));
  if (u < 0.25) return 20;
  if (u < 0.35) return 25;
  if (u < 0.65) return 60;
  if (u < 0.72) return 70;
  if (u < 0.80) return 10;
  if (u < 0.88) return 80;
  if (u < 0.94) return 85;
  return 90;
}

std::string salesman_text(const Salesman& s, std::uint64_t order_key) {
  double u = unit_interval(h(order_key, kText));
  if (u < 0.7) return s.username;
  if (u < 0.9) return s.initials;
  std::string odd = s.username;  // " JDoe ": how a hand-edited order looks
  for (std::size_t i = 0; i < 2 && i < odd.size(); ++i)
    odd[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(odd[i])));
  return " " + odd + " ";
}

std::vector<Line> draw_lines(const Directory& d, std::uint64_t order_key) {
  std::vector<Line> lines;
  auto count = uniform_int(h(order_key, kLineCount), 1, 4);
  for (std::int64_t n = 0; n < count; ++n) {
    const auto& p = d.products[static_cast<std::size_t>(
        uniform_int(h(order_key, kLine, n), 0, static_cast<std::int64_t>(d.products.size()) - 1))];
    auto most = p.unit_cents > 100000 ? 3 : 24;
    lines.push_back(
        {kSaleLine, p.number, uniform_int(h(order_key, kQuantity, n), 1, most), p.unit_cents});
  }
  std::int64_t goods = 0;
  for (const auto& l : lines) goods += l.total_cents();
  if (unit_interval(h(order_key, kShipping)) < 0.4)
    lines.push_back(
        {kShippingLine, "SHIPPING", 1, uniform_int(h(order_key, kShipping, 1), 995, 4500)});
  if (unit_interval(h(order_key, kDiscount)) < 0.15)
    lines.push_back(
        {kDiscountAmountLine, "DISCOUNT", 1,
         uniform_int(h(order_key, kDiscount, 1), 500, std::max<std::int64_t>(500, goods / 2))});
  if (unit_interval(h(order_key, kCredit)) < 0.1 && lines.front().quantity > 1)
    lines.push_back({kCreditReturnLine, lines.front().product, 1, lines.front().unit_cents});
  return lines;
}

SalesOrder make_order(const Directory& d, std::size_t salesman, date::local_days day, int n,
                      std::uint64_t day_key, const date::time_zone* zone) {
  auto order_key = hash_of({day_key, static_cast<std::uint64_t>(n)});
  SalesOrder o;
  o.id =
      day.time_since_epoch().count() * kIdDaySlots + static_cast<std::int64_t>(salesman) * 10 + n;
  o.num = std::to_string(o.id);
  o.salesman = salesman;
  o.salesman_text = salesman_text(d.salesmen[salesman], order_key);
  o.status = draw_status(order_key);
  o.customer_id =
      uniform_int(h(order_key, kCustomer), 1, static_cast<std::int64_t>(d.customers.size()));
  o.issued = unique_local(date::local_seconds{day} + seconds{time_of_day(order_key)}, zone);
  o.issued_at = zone->to_sys(o.issued);
  o.lines = draw_lines(d, order_key);
  auto subtotal = o.subtotal_cents();
  auto rate = d.customer(o.customer_id).tax_basis_points;
  o.tax_cents = subtotal > 0 ? (subtotal * rate + 5000) / 10000 : 0;
  if (o.status == 60 || o.status == 70) {
    auto [completed, completed_at] = unique_instant(
        o.issued_at + seconds{uniform_int(h(order_key, kCompleted), 1800, 3 * 86400)}, zone);
    o.completed = completed;
    o.completed_at = completed_at;
    auto [posted, posted_at] = unique_instant(
        completed_at + seconds{uniform_int(h(order_key, kPosted), 0, 36 * 3600)}, zone);
    o.posted = posted;
    o.posted_at = posted_at;
  }
  return o;
}

}  // namespace

std::int64_t Line::total_cents() const {
  auto amount = quantity * unit_cents;
  return type == kCreditReturnLine || type == kDiscountAmountLine ? -amount : amount;
}

std::int64_t SalesOrder::subtotal_cents() const {
  std::int64_t sum = 0;
  for (const auto& l : lines) sum += l.total_cents();
  return sum;
}

std::vector<SalesOrder> generate_day(const Directory& directory, std::size_t salesman,
                                     date::local_days day, const DatasetOptions& options,
                                     const date::time_zone* zone) {
  auto day_key = hash_of({options.seed, static_cast<std::uint64_t>(directory.salesmen[salesman].id),
                          static_cast<std::uint64_t>(day.time_since_epoch().count())});
  std::vector<SalesOrder> out;
  int count = order_count(day_key, day);
  for (int n = 0; n < count; ++n)
    out.push_back(make_order(directory, salesman, day, n, day_key, zone));
  return out;
}

std::vector<SalesOrder> generate_orders(const Directory& directory, const DatasetOptions& options,
                                        const date::time_zone* zone) {
  std::vector<SalesOrder> out;
  auto last = date::local_days{options.anchor.time_since_epoch()};
  for (auto day = last - date::days{options.days}; day <= last; day += date::days{1}) {
    for (std::size_t s = 0; s < directory.salesmen.size(); ++s) {
      for (auto& o : generate_day(directory, s, day, options, zone)) out.push_back(std::move(o));
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return out;
}

}  // namespace tributary::sandbox::fishbowl
