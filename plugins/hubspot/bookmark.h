#pragma once
// The incremental cursor, committed with the leads it produced (NormalizeOutput.state): epoch
// milliseconds of lastmodifieddate. It is min(sync start, newest lastmodifieddate seen), so a
// contact modified while the sync ran is read again next time rather than skipped.

#include <cstdint>
#include <optional>

#include "tributary/sdk/services.h"

namespace tributary::hubspot {

inline constexpr const char* kBookmarkKey = "contacts_bookmark_ms";

// nullopt when there is none yet (the first sync reads the full list) or it is not a number.
std::optional<std::int64_t> read_bookmark(const sdk::StateReader& state);

// min(sync_started_ms, the newest of `previous` and `newest_seen`); sync_started_ms when
// neither is known (an empty account).
std::int64_t next_bookmark(std::optional<std::int64_t> previous,
                           std::optional<std::int64_t> newest_seen, std::int64_t sync_started_ms);

}  // namespace tributary::hubspot
