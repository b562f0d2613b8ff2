// The plugin's only exported symbols: the handshake record and the connector factory.
#include "plugins/justcall/config.h"
#include "plugins/justcall/justcall_connector.h"
#include "tributary/sdk/export.h"

TRIBUTARY_EXPORT_CONNECTOR(tributary::justcall::JustCallConnector, tributary::justcall::kName,
                           tributary::justcall::kVersion)
