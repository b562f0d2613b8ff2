// The plugin's only exported symbols: the handshake record and the connector factory.
#include "plugins/salesforce/config.h"
#include "plugins/salesforce/salesforce_connector.h"
#include "tributary/sdk/export.h"

TRIBUTARY_EXPORT_CONNECTOR(tributary::salesforce::SalesforceConnector, tributary::salesforce::kName,
                           tributary::salesforce::kVersion)
