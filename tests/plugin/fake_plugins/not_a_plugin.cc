// A shared library with no Tributary info record.
extern "C" __attribute__((visibility("default"))) int some_other_library_function() { return 42; }
