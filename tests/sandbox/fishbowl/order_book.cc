#include "tests/sandbox/fishbowl/order_book.h"

#include "tests/sandbox/fishbowl/order_generator.h"

namespace tributary::sandbox::fishbowl {

OrderBook::OrderBook(const DatasetOptions& options, const date::time_zone* zone)
    : zone_(zone),
      directory_(make_directory(options.users)),
      orders_(generate_orders(directory_, options, zone)),
      database_(make_database(directory_, orders_, zone)) {}

}  // namespace tributary::sandbox::fishbowl
