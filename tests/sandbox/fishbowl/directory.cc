#include "tests/sandbox/fishbowl/directory.h"

#include <array>
#include <stdexcept>
#include <string_view>

namespace tributary::sandbox::fishbowl {

namespace {

struct Name {
  std::string_view username;
  std::string_view initials;
};

constexpr std::array<Name, 9> kNames = {{{"jdoe", "JD"},
                                         {"asmith", "AS"},
                                         {"bwong", "BW"},
                                         {"cgarcia", "CG"},
                                         {"dpatel", "DP"},
                                         {"emiller", "EM"},
                                         {"fnguyen", "FN"},
                                         {"gjones", "GJ"},
                                         {"ilopez", "IL"}}};

}  // namespace

const Customer& Directory::customer(std::int64_t id) const {
  for (const auto& c : customers) {
    if (c.id == id) return c;
  }
  throw std::out_of_range("no customer " + std::to_string(id));
}

std::string Directory::account_type_name(const Customer& c) const {
  if (!c.account_type_id) return {};
  for (const auto& t : account_types) {
    if (t.id == *c.account_type_id) return t.name;
  }
  return {};
}

Directory make_directory(int users) {
  Directory d;
  for (int k = 1; k <= users; ++k) {
    Salesman s;
    s.id = 100 + k;
    if (static_cast<std::size_t>(k) <= kNames.size()) {
      s.username = std::string(kNames[k - 1].username);
      s.initials = std::string(kNames[k - 1].initials);
    } else {
      s.username = "sales" + std::to_string(k);
      s.initials = "S" + std::to_string(k);
    }
    s.user_id = "rep" + std::to_string(k);
    d.salesmen.push_back(std::move(s));
  }
  d.salesmen.push_back({kUnmappedSalesmanId, "hkim", "HK", ""});
  d.account_types = {{1, "Retail"}, {2, "Wholesale"}, {3, "Distribution"}, {4, "Internet"}};
  d.customers = {{1, "Acme Supply, Inc.", 2, 0},
                 {2, "Great Lakes Distribution", 3, 0},
                 {3, "Corner Store", 1, 825},
                 {4, "Bob's \"Big\" Market", 2, 725},
                 {5, "Northwind Traders", 3, 0},
                 {6, "Mountain Outfitters", 2, 600},
                 {7, "shop.example.com", 4, 0},
                 {8, "Walk-in Customer", std::nullopt, 825},
                 {9, "Pacific Distributors, LLC", 3, 0},
                 {10, "Valley Grocers", 2, 0}};
  d.products = {{"WID-100", 1499}, {"WID-200", 2550}, {"GAD-10", 1999}, {"PRO-1", 120000},
                {"TOY-1", 3000},   {"ZIP-4", 4525},   {"BOX-12", 899},  {"KIT-7", 15999}};
  return d;
}

}  // namespace tributary::sandbox::fishbowl
