// tributary-conformance-lifecycle-asan LIBRARY [CREATE_CYCLES LOAD_CYCLES]: the lifecycle cycles
// built with AddressSanitizer. Exits non-zero on a use-after-free or double free (ASan), on a
// leak at exit (LeakSanitizer), or when the malloc-count verdicts find growth.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "host/conformance/lifecycle_probe.h"

int main(int argc, char** argv) {
  using namespace tributary::host::conformance;
  if (argc != 2 && argc != 4) {
    std::fprintf(stderr, "usage: %s LIBRARY [CREATE_CYCLES LOAD_CYCLES]\n", argv[0]);
    return 2;
  }
  LifecycleCounts counts;
  if (argc == 4) {
    counts.create_cycles = std::atoi(argv[2]);
    counts.load_cycles = std::atoi(argv[3]);
  }
  auto report = run_lifecycle(argv[1], counts, [](tributary::sdk::Connector& c) {
    (void)c.declaration().config.size();
  });
  auto problems = lifecycle_problems(report);
  for (const auto& p : problems) std::fprintf(stderr, "lifecycle: %s\n", p.c_str());
  if (!problems.empty()) return 1;
  std::printf("lifecycle: %d create/destroy and %d load/unload cycles of %s, no leak found before exit\n",
              report.create_cycles, report.load_cycles, argv[1]);
  return 0;
}
