#pragma once
// TRIBUTARY_EXPORT_CONNECTOR(Class, "name", "version") in exactly one source file of a plugin
// exports the handshake record and the factory the host loads. Class must be default
// constructible and derive from tributary::sdk::Connector.

#include <new>

#include "tributary/sdk/abi.h"
#include "tributary/sdk/connector.h"

#define TRIBUTARY_EXPORT_CONNECTOR(ConnectorClass, plugin_name_literal, plugin_version_literal) \
  extern "C" __attribute__((visibility("default"))) const TributaryPluginInfo*                  \
  tributary_plugin_info() noexcept {                                                           \
    static const TributaryPluginInfo kInfo = {                                                 \
        sizeof(TributaryPluginInfo), TRIBUTARY_ABI_MAJOR,  TRIBUTARY_ABI_MINOR,               \
        TRIBUTARY_SDK_VERSION,       TRIBUTARY_COMPILER_TAG, TRIBUTARY_STDLIB_TAG,            \
        TRIBUTARY_BOOST_TAG,         plugin_name_literal,  plugin_version_literal};           \
    return &kInfo;                                                                             \
  }                                                                                            \
  extern "C" __attribute__((visibility("default"))) ::tributary::sdk::Connector*              \
  tributary_create_connector() noexcept {                                                      \
    try {                                                                                      \
      return new ConnectorClass();                                                             \
    } catch (...) {                                                                            \
      return nullptr;                                                                          \
    }                                                                                          \
  }                                                                                            \
  extern "C" __attribute__((visibility("default"))) void tributary_destroy_connector(         \
      ::tributary::sdk::Connector* connector) noexcept {                                       \
    delete connector;                                                                          \
  }
