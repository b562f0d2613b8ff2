#pragma once
// The smallest connector there is, shared by the loader's test plugins.
#include "tributary/sdk/sdk.h"

namespace fake {

class MinimalConnector : public tributary::sdk::Connector {
 public:
  MinimalConnector() {
    decl_.name = PLUGIN_NAME;
    decl_.version = "1.0.0";
    decl_.description = "test plugin";
    decl_.metric_types = {"email_quantity"};
    decl_.record_kinds = {tributary::sdk::RecordKind::kMetric};
  }
  const tributary::sdk::Declaration& declaration() const noexcept override { return decl_; }
  tributary::sdk::Result<tributary::sdk::FetchResult> fetch(
      const tributary::sdk::FetchContext&) noexcept override {
    return tributary::sdk::FetchResult{};
  }
  tributary::sdk::Result<tributary::sdk::NormalizeOutput> normalize(
      const tributary::sdk::NormalizeContext&,
      const tributary::sdk::FetchResult&) const noexcept override {
    return tributary::sdk::NormalizeOutput{};
  }

 private:
  tributary::sdk::Declaration decl_;
};

}  // namespace fake
