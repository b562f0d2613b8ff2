#include "plugins/hubspot/bookmark.h"

#include <algorithm>
#include <charconv>
#include <string>

namespace tributary::hubspot {

std::optional<std::int64_t> read_bookmark(const sdk::StateReader& state) {
  auto text = state.get(kBookmarkKey);
  if (!text || text->empty()) return std::nullopt;
  std::int64_t ms = 0;
  auto [p, ec] = std::from_chars(text->data(), text->data() + text->size(), ms);
  if (ec != std::errc{} || p != text->data() + text->size() || ms < 0) return std::nullopt;
  return ms;
}

std::int64_t next_bookmark(std::optional<std::int64_t> previous,
                           std::optional<std::int64_t> newest_seen, std::int64_t sync_started_ms) {
  if (!previous && !newest_seen) return sync_started_ms;
  // What this sync saw is capped at its start (a contact stamped later, by a skewed clock, is
  // read again next time); the bookmark itself never moves back, even from a future value.
  auto seen = newest_seen ? std::min(sync_started_ms, *newest_seen) : 0;
  return std::max(previous.value_or(0), seen);
}

}  // namespace tributary::hubspot
