#include "tests/sandbox/testing/follow_pages.h"

#include <gtest/gtest.h>

namespace tributary::sandbox::testing {

PagedItems follow_pages(HttpClient& client, const std::string& url, const std::vector<std::string>& headers) {
  constexpr int kMaxPages = 10'000;
  PagedItems result;
  std::string next = url;
  while (!next.empty() && result.pages < kMaxPages) {
    auto page = client.get(next, headers);
    if (page.status != 200) {
      ADD_FAILURE() << "GET " << next << " answered " << page.status << ": " << page.body << page.error;
      break;
    }
    auto envelope = page.json().as_object();
    if (result.pages == 0) result.total_count = envelope.at("total_count").as_int64();
    for (const auto& item : envelope.at("data").as_array()) result.items.push_back(item.as_object());
    ++result.pages;
    const auto& link = envelope.at("next_page_link");
    next = link.is_null() ? "" : std::string(link.as_string());
  }
  return result;
}

}  // namespace tributary::sandbox::testing
