// The one exported entry point of the Copper plugin library.
#include "plugins/copper/config.h"
#include "plugins/copper/copper_connector.h"
#include "tributary/sdk/export.h"

TRIBUTARY_EXPORT_CONNECTOR(tributary::copper::CopperConnector, tributary::copper::kPluginName,
                           tributary::copper::kPluginVersion)
