#include "minimal_connector.h"
TRIBUTARY_EXPORT_CONNECTOR(fake::MinimalConnector, PLUGIN_NAME, "1.0.0")
