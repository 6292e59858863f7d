/* src/lang/modules/mod_time.c - the clocks and sleep of the time module
 * (CPython's Modules/timemodule.c): time, time_ns, monotonic,
 * monotonic_ns, perf_counter, perf_counter_ns, process_time,
 * process_time_ns and sleep.  The calendar functions (localtime,
 * strftime ...) are not modelled: using one is refused, naming it.
 *
 * The clocks are the ones CPython reads on Linux (clock_gettime with
 * CLOCK_REALTIME, CLOCK_MONOTONIC for monotonic and perf_counter,
 * CLOCK_PROCESS_CPUTIME_ID), converted as _PyTime_AsSecondsDouble does;
 * their values differ from run to run, in refviz as in python3.  sleep
 * really sleeps. */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "core/exc.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "lang/modules/mod_math.h"
#include "lang/modules/modules_int.h"

#define NS_PER_SEC 1000000000LL

/* METH_NOARGS: "time.time() takes no arguments (1 given)". */
static int no_args(const char *qualname, size_t nargs, rv_obj_t *kwnames)
{
    if (rv_arg_no_kw(qualname, kwnames) < 0 || rv_arg_count(qualname, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

/* The clock in nanoseconds (CPython's _PyTime_t). */
static int64_t clock_ns(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

/* _PyTime_AsSecondsDouble: whole seconds exactly, else ns / 1e9. */
static rv_obj_t *seconds(int64_t ns)
{
    double d = ns % NS_PER_SEC == 0 ? (double)(ns / NS_PER_SEC) : (double)ns / 1e9;
    return rv_float_from_double(d);
}

#define CLOCK(name, clock)                                                                 \
    static rv_obj_t *time_##name(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,      \
                                 rv_obj_t *kw)                                             \
    {                                                                                      \
        if (no_args("time." #name, nargs, kw) < 0)                                         \
            return NULL;                                                                   \
        return seconds(clock_ns(clock));                                                   \
    }                                                                                      \
    static rv_obj_t *time_##name##_ns(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, \
                                      rv_obj_t *kw)                                        \
    {                                                                                      \
        if (no_args("time." #name "_ns", nargs, kw) < 0)                                   \
            return NULL;                                                                   \
        return rv_int_from_i64(clock_ns(clock));                                           \
    }

CLOCK(time, CLOCK_REALTIME)
CLOCK(monotonic, CLOCK_MONOTONIC)
CLOCK(perf_counter, CLOCK_MONOTONIC)
CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID)

/* _PyTime_FromSecondsObject(secs, _PyTime_ROUND_TIMEOUT): a float is
 * rounded away from zero to whole nanoseconds (so -1e-10 is negative);
 * anything else goes through __index__. */
static int seconds_to_ns(rv_obj_t *secs, int64_t *out)
{
    if (RV_IS(secs, rv_float_type)) {
        double d = rv_float_value(secs);
        if (isnan(d)) {
            rv_err_format(&rv_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = d >= 0 ? ceil(d * 1e9) : floor(d * 1e9);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            rv_err_format(&rv_exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (int64_t)d;
        return 0;
    }
    rv_obj_t *i = rv_math_index(secs);
    if (!i)
        return -1;
    int64_t s;
    bool fits = rv_int_fits_i64(i, &s);
    rv_decref(i);
    if (!fits || s > INT64_MAX / NS_PER_SEC || s < INT64_MIN / NS_PER_SEC) {
        rv_err_format(&rv_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *out = s * NS_PER_SEC;
    return 0;
}

/* pysleep: until a deadline on the monotonic clock, resuming after a
 * signal. */
static rv_obj_t *time_sleep(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    int64_t ns;
    if (rv_arg_no_kw("time.sleep", kw) < 0 || rv_arg_count("time.sleep", nargs, 1, 1) < 0 ||
        seconds_to_ns(args[0], &ns) < 0)
        return NULL;
    if (ns < 0) {
        rv_err_format(&rv_exc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    int64_t deadline = clock_ns(CLOCK_MONOTONIC) + ns;
    for (;;) {
        int64_t left = deadline - clock_ns(CLOCK_MONOTONIC);
        if (left <= 0)
            break;
        struct timespec ts = { .tv_sec = left / NS_PER_SEC, .tv_nsec = left % NS_PER_SEC };
        if (nanosleep(&ts, NULL) == 0)
            break;
        if (errno != EINTR)
            break;
    }
    return rv_incref(rv_None);
}

/* In the order of CPython's time module's dict. */
static const rv_method_t time_functions[] = {
    { "time", time_time, 0 },
    { "time_ns", time_time_ns, 0 },
    { "sleep", time_sleep, 0 },
    { "monotonic", time_monotonic, 0 },
    { "monotonic_ns", time_monotonic_ns, 0 },
    { "process_time", time_process_time, 0 },
    { "process_time_ns", time_process_time_ns, 0 },
    { "perf_counter", time_perf_counter, 0 },
    { "perf_counter_ns", time_perf_counter_ns, 0 },
    { NULL, NULL, 0 },
};

const rv_module_def_t rv_mod_time = {
    .name = "time",
    .functions = time_functions,
};
