# Warnings for our own targets (not for third-party headers, which come in as SYSTEM).
function(tributary_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wno-missing-field-initializers)
endfunction()
