// The plugin's only exported symbols: the handshake record and the connector factory.
#include "plugins/hubspot/config.h"
#include "plugins/hubspot/hubspot_connector.h"
#include "tributary/sdk/export.h"

TRIBUTARY_EXPORT_CONNECTOR(tributary::hubspot::HubSpotConnector, tributary::hubspot::kName,
                           tributary::hubspot::kVersion)
