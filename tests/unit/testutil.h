/* tests/unit/testutil.h - shared fixture for the Check suites: every test
 * starts with a fresh core and must end with an empty heap (no leaked
 * object, no missing reference). */
#ifndef RV_TESTS_TESTUTIL_H
#define RV_TESTS_TESTUTIL_H

#include <check.h>
#include <stdlib.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/object.h"

static inline void rv_test_setup(void)
{
    rv_core_init();
}

static inline void rv_test_teardown(void)
{
    ck_assert_msg(rv_err_occurred() == NULL, "an exception was left pending");
    rv_core_finalize();
    ck_assert_msg(rv_heap_count() == 0, "heap not empty at teardown: %zu objects",
                  rv_heap_count());
}

/* Runs one suite and returns the process exit status. */
static inline int rv_test_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
