/* tests/unit/check_ndarray.c - the core of refviz's NumPy arrays
 * (obj_ndarray, obj_ndbuffer, obj_nddtype, obj_ndscalar): views share the
 * buffer and collapse their base to the owner, sys.getsizeof as NumPy 1.24
 * reports it, C order iteration through strides, casts, and the refs the
 * trace draws.
 *
 * Every expected value was produced by running the Python statement quoted
 * next to it with /usr/bin/python3 3.11 and NumPy 1.24. */
#include "testutil.h"
#include "objutil.h"

#include "core/obj_ndarray.h"
#include "core/obj_nddtype.h"
#include "core/obj_ndscalar.h"
#include "core/obj_str.h"

static void collect(rv_obj_t *child, const rv_edge_t *e, void *ctx)
{
    rv_obj_t **out = ctx;
    if (strcmp(e->name, "data") == 0)
        out[0] = child;
    else if (strcmp(e->name, "base") == 0)
        out[1] = child;
}

static rv_obj_t *arange(int64_t n)
{
    rv_obj_t *a = rv_ndarray_new(RV_ND_INT64, 1, &n);
    for (int64_t i = 0; i < n; i++)
        rv_nd_store(RV_ND_INT64, rv_ndarray_data(a) + 8 * i, rv_nd_int(i));
    return a;
}

START_TEST(view_shares_buffer)
{
    /* a = np.arange(10); b = a[::2]; c = b[1:] */
    rv_obj_t *a = arange(10);
    int64_t shape = 5, stride = 16;
    rv_obj_t *b = rv_ndarray_view(a, 1, &shape, &stride, 0);
    shape = 4;
    rv_obj_t *c = rv_ndarray_view(b, 1, &shape, &stride, 16);
    ck_assert_ptr_eq(RV_NDARRAY(b)->buffer, RV_NDARRAY(a)->buffer);
    ck_assert_ptr_eq(RV_NDARRAY(c)->base, a); /* c.base is a */
    rv_obj_t *refs[2] = { NULL, NULL };
    rv_traverse(c, collect, refs);
    ck_assert_ptr_eq(refs[0], RV_NDARRAY(a)->buffer);
    ck_assert_ptr_eq(refs[1], a);
    ck_assert_int_eq(rv_nd_load(RV_ND_INT64, rv_ndarray_data(c)).i, 2); /* c[0] */
    ck_assert(!rv_ndarray_c_contiguous(c));
    rv_decref(a); /* the views keep the owner and the buffer alive */
    ck_assert_int_eq(rv_nd_load(RV_ND_INT64, rv_ndarray_data(c) + 16).i, 4); /* c[1] */
    rv_decref(b);
    rv_decref(c);
}
END_TEST

START_TEST(sizes)
{
    /* sys.getsizeof(np.arange(5)) 152; of np.arange(5)[::2] 112;
     * np.zeros((2, 3, 4)) 336; np.int64(3) 32, np.bool_ 25, np.float32 28 */
    rv_obj_t *a = arange(5);
    ck_assert_uint_eq(rv_sizeof(a), 152);
    ck_assert_uint_eq(rv_sizeof(RV_NDARRAY(a)->buffer), 40);
    int64_t shape = 3, stride = 16;
    rv_obj_t *v = rv_ndarray_view(a, 1, &shape, &stride, 0);
    ck_assert_uint_eq(rv_sizeof(v), 112);
    int64_t s3[3] = { 2, 3, 4 };
    rv_obj_t *z = rv_ndarray_new(RV_ND_FLOAT64, 3, s3);
    ck_assert_uint_eq(rv_sizeof(z), 336);
    rv_obj_t *i = rv_ndscalar_from_val(RV_ND_INT64, rv_nd_int(3));
    rv_obj_t *t = rv_ndscalar_from_val(RV_ND_BOOL, rv_nd_int(1));
    rv_obj_t *f = rv_ndscalar_from_val(RV_ND_FLOAT32, rv_nd_float(1.5));
    ck_assert_uint_eq(rv_sizeof(i), 32);
    ck_assert_uint_eq(rv_sizeof(t), 25);
    ck_assert_uint_eq(rv_sizeof(f), 28);
    rv_decref(a);
    rv_decref(v);
    rv_decref(z);
    rv_decref(i);
    rv_decref(t);
    rv_decref(f);
}
END_TEST

START_TEST(transposed_copy_is_c_order)
{
    /* np.arange(6).reshape(2, 3).T.copy().tolist() == [[0, 3], [1, 4], [2, 5]] */
    rv_obj_t *a = arange(6);
    int64_t shape[2] = { 3, 2 }, strides[2] = { 8, 24 };
    rv_obj_t *t = rv_ndarray_view(a, 2, shape, strides, 0);
    ck_assert(rv_ndarray_f_contiguous(t));
    rv_obj_t *c = rv_ndarray_copy_as(t, RV_ND_FLOAT64);
    static const double want[] = { 0, 3, 1, 4, 2, 5 };
    for (int k = 0; k < 6; k++)
        ck_assert(rv_nd_load(RV_ND_FLOAT64, rv_ndarray_data(c) + 8 * k).f == want[k]);
    ck_assert_ptr_null(RV_NDARRAY(c)->base);
    ck_assert(rv_ndarray_c_contiguous(c));
    rv_decref(a);
    rv_decref(t);
    rv_decref(c);
}
END_TEST

START_TEST(casts)
{
    /* np.array([300, -1.7, 2.9]).astype(np.int8) -> [44, -1, 2];
     * .astype(np.uint8) of -1 -> 255; bool of 0.5 -> True */
    unsigned char p[8];
    rv_nd_store(RV_ND_INT8, p, rv_nd_int(300));
    ck_assert_int_eq(rv_nd_load(RV_ND_INT8, p).i, 44);
    rv_nd_store(RV_ND_INT8, p, rv_nd_float(-1.7));
    ck_assert_int_eq(rv_nd_load(RV_ND_INT8, p).i, -1);
    rv_nd_store(RV_ND_INT8, p, rv_nd_float(2.9));
    ck_assert_int_eq(rv_nd_load(RV_ND_INT8, p).i, 2);
    rv_nd_store(RV_ND_UINT8, p, rv_nd_int(-1));
    ck_assert_int_eq(rv_nd_load(RV_ND_UINT8, p).i, 255);
    rv_nd_store(RV_ND_BOOL, p, rv_nd_float(0.5));
    ck_assert_int_eq(rv_nd_load(RV_ND_BOOL, p).i, 1);
}
END_TEST

START_TEST(dtype_objects)
{
    /* repr(np.dtype('int64')) "dtype('int64')", str 'int64';
     * type(np.dtype('bool')).__name__ 'dtype[bool_]' */
    rv_obj_t *d = rv_nddtype_get_borrow(RV_ND_INT64);
    ck_assert_ptr_eq(d, rv_nddtype_get_borrow(RV_ND_INT64)); /* a singleton */
    rv_obj_t *r = rv_repr(d), *s = rv_str(d);
    ck_assert_str_eq(rv_str_utf8(r), "dtype('int64')");
    ck_assert_str_eq(rv_str_utf8(s), "int64");
    ck_assert_str_eq(rv_obj_type_name(rv_nddtype_get_borrow(RV_ND_BOOL)), "dtype[bool_]");
    rv_nd_dtype_t t;
    ck_assert(rv_nd_dtype_from_name("f8", &t) && t == RV_ND_FLOAT64);
    ck_assert(!rv_nd_dtype_from_name("int9", &t));
    rv_decref(r);
    rv_decref(s);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ndarray");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "views", view_shares_buffer },   { "sizes", sizes },
        { "transpose", transposed_copy_is_c_order }, { "casts", casts },
        { "dtypes", dtype_objects },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_add_checked_fixture(tc, rv_test_setup, rv_test_teardown);
        tcase_set_timeout(tc, 60);
        tcase_add_test(tc, cases[i].test);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    return rv_test_run(suite());
}
