#pragma once
// Exit statuses of `tributary run` (and the other commands), documented in docs/cli.md.

namespace tributary::host {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;   // nothing succeeded, or the run could not happen
inline constexpr int kExitConfig = 2;   // configuration (or command line) is wrong
inline constexpr int kExitPartial = 3;  // some users succeeded, some failed

}  // namespace tributary::host
