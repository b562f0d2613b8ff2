#pragma once
// Query strings as ordered (name, already-encoded value) pairs, so a next_page_link's parameters
// can be laid over our own without decoding and re-encoding what the vendor sent.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tributary::justcall {

using Query = std::vector<std::pair<std::string, std::string>>;

// "a=1&b=2" (values are written as they are held: encoded).
std::string to_query_string(const Query& query);

// The parameters of a URL or relative link: the part after '?', without any '#fragment'.
Query parse_link_query(std::string_view link);

// Replaces the value of `name`, or appends it when absent.
void set_param(Query& query, std::string_view name, std::string value);

// Sets every parameter of `over` in `base`: the link decides paging and cursors, while filters it
// leaves out keep our values.
void overlay(Query& base, const Query& over);

}  // namespace tributary::justcall
