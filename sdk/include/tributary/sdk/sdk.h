#pragma once
// Everything a plugin author needs, in one include.

#include "tributary/sdk/abi.h"
#include "tributary/sdk/connector.h"
#include "tributary/sdk/context.h"
#include "tributary/sdk/declaration.h"
#include "tributary/sdk/export.h"
#include "tributary/sdk/guarded.h"
#include "tributary/sdk/http.h"
#include "tributary/sdk/json.h"
#include "tributary/sdk/records.h"
#include "tributary/sdk/services.h"
#include "tributary/sdk/status.h"
#include "tributary/sdk/time.h"
