#pragma once
// GET /v2.1/calls parameters. from_datetime/to_datetime are read on the agent's wall clock (the
// live API reads them in the account/user zone, never UTC); a bare date in to_datetime means
// the end of that day.

#include "tests/sandbox/justcall/call_store.h"
#include "tests/sandbox/justcall/envelope.h"
#include "tests/sandbox/message.h"

namespace tributary::sandbox::justcall {

inline constexpr std::int64_t kDefaultCallsPerPage = 20;

struct CallsQuery {
  CallFilter filter;
  bool descending = true;
  Paging paging;
};

// Throws BadRequest naming the parameter.
CallsQuery read_calls_query(const QueryParams& query);

}  // namespace tributary::sandbox::justcall
