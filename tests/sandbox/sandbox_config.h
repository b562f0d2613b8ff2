#pragma once
// Everything the binary's flags set. A vendor module that needs its own settings adds a member
// here and its flags in vendor_catalog.cc.

#include "tests/sandbox/dataset_options.h"
#include "tests/sandbox/copper/settings.h"
#include "tests/sandbox/fishbowl/settings.h"
#include "tests/sandbox/hubspot/settings.h"
#include "tests/sandbox/justcall/settings.h"
#include "tests/sandbox/salesforce/settings.h"
#include "tests/sandbox/server_options.h"

namespace tributary::sandbox {

struct SandboxConfig {
  ServerOptions server;
  DatasetOptions dataset;
  justcall::Settings justcall;
  copper::Settings copper;
  fishbowl::Settings fishbowl;
  hubspot::Settings hubspot;
  salesforce::Settings salesforce;
};

}  // namespace tributary::sandbox
