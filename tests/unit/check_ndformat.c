/* tests/unit/check_ndformat.c - NumPy 1.24's array and scalar printing
 * (core/ndformat.c) against NumPy itself.
 *
 * Every expected string in ndformat_cases.h was printed by repr() and str()
 * of NumPy 1.24.2 under /usr/bin/python3 (tests/unit/ndformat_cases.py
 * regenerates the file).  An array case carries the bytes its elements
 * span in memory with the array's own strides and offset, so views with
 * negative, zero and unaligned strides are printed from the same bytes
 * NumPy printed. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "core/ndformat.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

typedef struct nd_case {
    rv_nd_dtype_t dtype;
    int ndim;
    int64_t shape[RV_ND_MAXDIMS];
    int64_t strides[RV_ND_MAXDIMS];
    size_t offset;      /* of element [0,...,0] in data */
    size_t nbytes;
    const char *data;
    const char *repr, *str;
} nd_case_t;

typedef struct nd_group {
    const char *name;
    int lo, hi;
} nd_group_t;

typedef struct nd_scalar_case {
    rv_nd_dtype_t dtype;
    const char *data;
    const char *repr, *str;
} nd_scalar_case_t;

#include "ndformat_cases.h"

/* The case's bytes in a buffer of their own, so that ASan sees any read
 * outside the elements the layout reaches. */
static unsigned char *case_bytes(const nd_case_t *c)
{
    unsigned char *bytes = malloc(c->nbytes ? c->nbytes : 1);
    ck_assert_ptr_nonnull(bytes);
    memcpy(bytes, c->data, c->nbytes);
    return bytes;
}

START_TEST(test_array_case)
{
    const nd_case_t *c = &nd_cases[_i];
    unsigned char *bytes = case_bytes(c);
    rv_nd_layout_t a = { c->dtype, c->ndim, c->shape, c->strides, bytes + c->offset };
    rv_buf_t out = RV_BUF_INIT;
    rv_ndformat_repr(&out, &a);
    ck_assert_msg(strcmp(rv_buf_cstr(&out), c->repr) == 0, "case %d repr:\n%s\nexpected:\n%s",
                  _i, rv_buf_cstr(&out), c->repr);
    rv_buf_truncate(&out, 0);
    rv_ndformat_str(&out, &a);
    ck_assert_msg(strcmp(rv_buf_cstr(&out), c->str) == 0, "case %d str:\n%s\nexpected:\n%s",
                  _i, rv_buf_cstr(&out), c->str);
    rv_buf_free(&out);
    free(bytes);
}
END_TEST

START_TEST(test_scalar_case)
{
    const nd_scalar_case_t *c = &nd_scalar_cases[_i];
    unsigned char elem[8];
    memcpy(elem, c->data, (size_t)rv_nd_dtype_itemsize(c->dtype));
    rv_buf_t out = RV_BUF_INIT;
    rv_ndformat_scalar(&out, c->dtype, elem, 1);
    ck_assert_msg(strcmp(rv_buf_cstr(&out), c->repr) == 0, "scalar %d repr: %s, expected %s",
                  _i, rv_buf_cstr(&out), c->repr);
    rv_buf_truncate(&out, 0);
    rv_ndformat_scalar(&out, c->dtype, elem, 0);
    ck_assert_msg(strcmp(rv_buf_cstr(&out), c->str) == 0, "scalar %d str: %s, expected %s",
                  _i, rv_buf_cstr(&out), c->str);
    rv_buf_free(&out);
}
END_TEST

/* Appending keeps what the buffer held. */
START_TEST(test_appends)
{
    int64_t shape[1] = { 2 }, strides[1] = { 8 };
    double data[2] = { 0.5, 1.0 };
    rv_nd_layout_t a = { RV_ND_FLOAT64, 1, shape, strides, (const unsigned char *)data };
    rv_buf_t out = RV_BUF_INIT;
    rv_buf_adds(&out, "x = ");
    rv_ndformat_repr(&out, &a);
    ck_assert_str_eq(rv_buf_cstr(&out), "x = array([0.5, 1. ])");
    rv_buf_free(&out);
}
END_TEST

START_TEST(test_dtype_names)
{
    static const char *const names[] = { "bool", "int8", "int16", "int32", "int64", "uint8",
                                         "uint16", "uint32", "uint64", "float32", "float64" };
    static const int sizes[] = { 1, 1, 2, 4, 8, 1, 2, 4, 8, 4, 8 };
    for (int t = RV_ND_BOOL; t <= RV_ND_FLOAT64; t++) {
        ck_assert_str_eq(rv_nd_dtype_name((rv_nd_dtype_t)t), names[t]);
        ck_assert_int_eq(rv_nd_dtype_itemsize((rv_nd_dtype_t)t), sizes[t]);
    }
}
END_TEST

static Suite *ndformat_suite(void)
{
    Suite *s = suite_create("ndformat");
    for (size_t g = 0; g < N_ELEMS(nd_groups); g++) {
        TCase *tc = tcase_create(nd_groups[g].name);
        tcase_add_loop_test(tc, test_array_case, nd_groups[g].lo, nd_groups[g].hi);
        suite_add_tcase(s, tc);
    }
    TCase *tc = tcase_create("scalars");
    tcase_add_loop_test(tc, test_scalar_case, 0, (int)N_ELEMS(nd_scalar_cases));
    suite_add_tcase(s, tc);
    tc = tcase_create("api");
    tcase_add_test(tc, test_appends);
    tcase_add_test(tc, test_dtype_names);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(ndformat_suite());
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
