#pragma once
// Everything the scheduler and `tributary schedule next` need from this component.

#include "host/schedule/cron_expression.h"
#include "host/schedule/cron_parse_error.h"
#include "host/schedule/iso8601.h"
#include "host/schedule/jitter.h"
#include "host/schedule/next_fire.h"
