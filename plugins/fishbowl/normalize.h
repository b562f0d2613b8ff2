#pragma once
// normalize: recorded data-query pages or a CSV export to new_sales_wholesale and
// new_sales_distribution per user and organisation-local day. Pure: the same pages, config and
// users give the same records and summary.

#include "tributary/sdk/context.h"
#include "tributary/sdk/records.h"

namespace tributary::fishbowl {

// Covered users: every unit user some salesman maps to (their window is replaced, so a day that
// lost its orders disappears). Users nothing maps to get a kNotFound note and are untouched.
// Rows that cannot be read are listed in summary.bad_rows as "where: reason"; they never fail the
// unit, and every other row still counts.
sdk::Result<sdk::NormalizeOutput> normalize_orders(const sdk::NormalizeContext& ctx,
                                                   const sdk::FetchResult& fetched);

}  // namespace tributary::fishbowl
