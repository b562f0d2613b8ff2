#pragma once
// Deterministic activities. A person's day is hashed from (seed, person id, account-local date):
// emails, calls, notes, now and then a call of a disabled type and a deleted activity (served
// only as a stub). Besides these, about half of each rep's JustCall calls are logged into
// Copper as Phone Call activities at the same instant, as JustCall's Copper integration does:
// the same call then exists in both sources, which is what the goal source policy is for.

#include <vector>

#include <date/tz.h>

#include "tests/sandbox/copper/account.h"
#include "tests/sandbox/copper/model.h"
#include "tests/sandbox/dataset_options.h"

namespace tributary::sandbox::copper {

// One person's activities on one account-local date (JustCall copies not included).
std::vector<Activity> generate_person_day(const Person& person, date::local_days day,
                                          const date::time_zone* zone, const DatasetOptions& options);

// Phone Call activities copied from the JustCall fake's calls of the reps with the same email.
std::vector<Activity> justcall_copies(const std::vector<Person>& people, const DatasetOptions& options);

// Everything above for every person and date of the data range.
std::vector<Activity> generate_activities(const std::vector<Person>& people,
                                          const date::time_zone* zone, const DatasetOptions& options);

}  // namespace tributary::sandbox::copper
