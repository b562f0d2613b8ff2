// The plugin's only exported symbols: the handshake record and the connector factory.
#include "plugins/fishbowl/config.h"
#include "plugins/fishbowl/fishbowl_connector.h"
#include "tributary/sdk/export.h"

TRIBUTARY_EXPORT_CONNECTOR(tributary::fishbowl::FishbowlConnector, "fishbowl", "0.1.0")
