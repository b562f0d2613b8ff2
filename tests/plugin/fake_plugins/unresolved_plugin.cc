// Links against a symbol nothing provides: RTLD_NOW must refuse it at load time.
#include "minimal_connector.h"

extern "C" void tributary_test_symbol_nobody_defines();

namespace fake {
class Unresolved : public MinimalConnector {
 public:
  Unresolved() { tributary_test_symbol_nobody_defines(); }
};
}  // namespace fake

TRIBUTARY_EXPORT_CONNECTOR(fake::Unresolved, PLUGIN_NAME, "1.0.0")
