#pragma once
// What a correct Copper connector must report, per Copper user and ORGANISATION-local date of
// `zone`, zeros included: emails (system Email activities by user_id), phone calls (Phone Call
// activities; how many of them JustCall logged is given apart), entries into Fact Finding (A),
// Contact Stage (B) and Closing Stage (C) for the opportunity's assignee, and won sales by the
// Sale Type option on the day the opportunity entered Payment Received, exact in cents.
// Computed from the generated records' instants and `zone` alone, never from the served JSON;
// deleted activities do not count.

#include <boost/json/object.hpp>
#include <date/date.h>
#include <date/tz.h>

#include "tests/sandbox/copper/copper_data.h"

namespace tributary::sandbox::copper {

// Throws BadRequest when to < from or the range exceeds ten years.
boost::json::object expected_totals(const CopperData& data, date::local_days from, date::local_days to,
                                    const date::time_zone* zone);

// The connector config the totals assume, as it would appear in a pipeline file.
boost::json::object assumed_config();

}  // namespace tributary::sandbox::copper
