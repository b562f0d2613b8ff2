#pragma once
// The body of one POST /crm/v3/objects/contacts/search. Search returns at most 10,000 results
// per query, so a long read is a chain of queries, each starting where the last one stopped:
//   from:  lastmodifieddate >= T, sorted by lastmodifieddate (the first query, and re-queries)
//   after: lastmodifieddate >  T, sorted by lastmodifieddate (after a tie run is exhausted)
//   tie:   lastmodifieddate == T and hs_object_id > id, sorted by hs_object_id (when 10,000
//          results share one instant, the only order that can move past them)

#include <cstdint>
#include <string>
#include <vector>

namespace tributary::hubspot {

struct SearchQuery {
  enum class Kind { kFrom, kAfter, kTie };
  Kind kind = Kind::kFrom;
  std::int64_t time_ms = 0;
  std::string after_id = "0";  // kTie only

  // "lastmodifieddate >= 2024-06-03T17:04:11.123Z", for page meta and log lines.
  std::string describe() const;
};

std::string search_body(const SearchQuery& query, const std::vector<std::string>& properties,
                        int limit, const std::string& after);

}  // namespace tributary::hubspot
