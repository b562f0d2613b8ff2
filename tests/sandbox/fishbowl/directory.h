#pragma once
// Who and what the fake Fishbowl knows: salesmen (sysuser), customers with their account types,
// and products. Salesman k belongs to our user repk and is written on orders by username
// ("jdoe") or by initials ("JD"); one more salesman ("hkim") belongs to none of our users.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tributary::sandbox::fishbowl {

struct Salesman {
  std::int64_t id = 0;   // sysuser id, so.salesmanId
  std::string username;  // "jdoe"
  std::string initials;  // "JD"
  std::string user_id;   // our user ("rep1"); empty for the unmapped salesman
};

struct AccountType {
  std::int64_t id = 0;
  std::string name;  // "Wholesale", "Distribution", "Retail", "Internet"
};

struct Customer {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::int64_t> account_type_id;  // none: the customer has no account record
  int tax_basis_points = 0;
};

struct Product {
  std::string number;
  std::int64_t unit_cents = 0;
};

inline constexpr std::int64_t kUnmappedSalesmanId = 99;
inline constexpr std::int64_t kAccountIdOffset = 500;  // account.id = customer.id + this

struct Directory {
  std::vector<Salesman> salesmen;  // rep1..repN, then the unmapped one
  std::vector<AccountType> account_types;
  std::vector<Customer> customers;
  std::vector<Product> products;

  const Customer& customer(std::int64_t id) const;
  std::string account_type_name(const Customer& customer) const;  // "" without an account
};

// `users` salesmen for rep1..repN plus the unmapped one.
Directory make_directory(int users);

}  // namespace tributary::sandbox::fishbowl
