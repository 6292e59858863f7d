/* tests/unit/check_bytes.c - bytes, bytearray and memoryview against
 * CPython 3.11: the cached singletons, sizes and reprs, hashes, the
 * over-allocation of PyByteArray_Resize seen by sys.getsizeof, exports that
 * forbid resizing, a write through a memoryview touching the bytearray,
 * the codecs' error positions, and int.to_bytes / int.from_bytes.
 *
 * Every expected value was produced by running the Python statement quoted
 * next to it with python3 3.11 (64-bit, PYTHONHASHSEED=0). */
#include "testutil.h"
#include "objutil.h"

#include <string.h>

#include "core/codec.h"
#include "core/obj_bytearray.h"
#include "core/obj_bytes.h"
#include "core/obj_int.h"
#include "core/obj_memoryview.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

static rv_obj_t *int_of(int64_t v)
{
    return rv_int_from_i64(v);
}

/* b.append(i) through the method, as the program calls it. */
static void append(rv_obj_t *b, int64_t v)
{
    rv_obj_t *x = int_of(v), *r = call_method(b, "append", 1, x);
    ck_assert_ptr_nonnull(r);
    rv_decref(r);
    rv_decref(x);
}

START_TEST(singletons)
{
    /* b'' is bytes(); b'A' is bytes([65]); b'AB'[::2] is not b'A' */
    rv_obj_t *e1 = rv_bytes_from("", 0), *e2 = rv_bytes_new(0);
    ck_assert_ptr_eq(e1, e2);
    rv_obj_t *a1 = rv_bytes_from("A", 1), *a2 = rv_bytes_from("A", 1), *a3 = rv_bytes_new(1);
    ck_assert_ptr_eq(a1, a2);
    ck_assert_ptr_ne(a1, a3);
    rv_obj_t *objs[] = { e1, e2, a1, a2, a3 };
    for (size_t i = 0; i < 5; i++)
        rv_decref(objs[i]);
}
END_TEST

START_TEST(sizes_and_reprs)
{
    /* sys.getsizeof(b''), (b'abc'), (bytearray()), (memoryview(b'abc')) */
    rv_obj_t *e = rv_bytes_from("", 0), *b = rv_bytes_from("abc", 3);
    rv_obj_t *ba = rv_bytearray_from(NULL, 0), *m = rv_memoryview_new(b);
    ck_assert_uint_eq(rv_sizeof(e), 33);
    ck_assert_uint_eq(rv_sizeof(b), 36);
    ck_assert_uint_eq(rv_sizeof(ba), 56);
    ck_assert_uint_eq(rv_sizeof(m), 184);
    assert_repr(b, "b'abc'");
    assert_repr(ba, "bytearray(b'')");
    /* repr(b'\x00\'"\\'), repr(b"it's"), repr(bytearray(b"it's")) */
    rv_obj_t *q = rv_bytes_from("\0'\"\\", 4), *s = rv_bytes_from("it's", 4);
    rv_obj_t *qs = rv_bytearray_from("it's", 4);
    assert_repr(q, "b'\\x00\\'\"\\\\'");
    assert_repr(s, "b\"it's\"");
    assert_repr(qs, "bytearray(b\"it\\'s\")");
    rv_obj_t *objs[] = { m, e, b, ba, q, s, qs };
    for (size_t i = 0; i < 7; i++)
        rv_decref(objs[i]);
}
END_TEST

START_TEST(hashes)
{
    /* hash(b'abc'), hash(b'\x00\xff' * 5), hash(b'') */
    int64_t h;
    rv_obj_t *b = rv_bytes_from("abc", 3), *s = rv_str_from_cstr("abc");
    ck_assert_int_eq(rv_hash(b, &h), 0);
    ck_assert_int_eq(h, -4594863902769663758LL);
    int64_t hs;
    rv_hash(s, &hs);
    ck_assert_int_eq(h, hs);
    ck_assert_int_eq(rv_hash_bytes("\0\xff\0\xff\0\xff\0\xff\0\xff", 10), -1568401645254435457LL);
    ck_assert_int_eq(rv_hash_bytes("", 0), 0);
    rv_obj_t *ba = rv_bytearray_from("abc", 3);
    ck_assert_int_eq(rv_hash(ba, &h), -1);
    assert_raised(NULL, &rv_exc_TypeError, "unhashable type: 'bytearray'");
    rv_decref(b);
    rv_decref(s);
    rv_decref(ba);
}
END_TEST

START_TEST(bytearray_append_growth)
{
    /* b = bytearray(); getsizeof after each of 40 appends */
    static const size_t want[] = { 58,  61,  61,  61,  64,  64,  64,  68,  68,  68,
                                   68,  75,  75,  75,  75,  75,  75,  75,  83,  83,
                                   83,  83,  83,  83,  83,  83,  92,  92,  92,  92,
                                   92,  92,  92,  92,  92,  102, 102, 102, 102, 102 };
    rv_obj_t *b = rv_bytearray_from(NULL, 0);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        append(b, (int64_t)i);
        ck_assert_uint_eq(rv_sizeof(b), want[i]);
    }
    ck_assert_uint_eq(rv_bytearray_len(b), 40);
    ck_assert_int_eq(rv_bytearray_data(b)[39], 39);
    rv_decref(b);
}
END_TEST

START_TEST(bytearray_shrink)
{
    /* b = bytearray(b'x' * 40); getsizeof after each pop() */
    static const size_t want[] = { 97, 97, 97, 97, 97, 97, 97, 97, 97, 97, 97, 97, 97, 97,
                                   97, 97, 97, 97, 97, 97, 76, 76, 76, 76, 76, 76, 76, 76,
                                   76, 76, 66, 66, 66, 66, 66, 61, 61, 61, 58, 57 };
    rv_obj_t *b = rv_bytearray_from(NULL, 40);
    ck_assert_uint_eq(rv_sizeof(b), 97);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        rv_obj_t *r = call_method(b, "pop", 0);
        ck_assert_ptr_nonnull(r);
        rv_decref(r);
        ck_assert_uint_eq(rv_sizeof(b), want[i]);
    }
    rv_decref(b);
}
END_TEST

START_TEST(bytearray_front_deletion)
{
    /* b = bytearray(b'x' * 40); del b[:10]; b.extend(b'y' * 3);
     * b.extend(b'z' * 20); del b[:30] -> sizes 97, 99, 110, 80 */
    rv_obj_t *b = rv_bytearray_from(NULL, 40);
    memset(rv_bytearray_data(b), 'x', 40);
    rv_obj_t *lo = int_of(0), *ten = int_of(10), *thirty = int_of(30);
    rv_obj_t *s10 = rv_slice_new(NULL, ten, NULL), *s30 = rv_slice_new(NULL, thirty, NULL);
    ck_assert_int_eq(rv_delitem(b, s10), 0);
    ck_assert_uint_eq(rv_sizeof(b), 97);
    rv_obj_t *y = rv_bytes_from("yyy", 3), *z = rv_bytes_new(20);
    memset(rv_bytes_mut(z), 'z', 20);
    rv_decref(call_method(b, "extend", 1, y));
    ck_assert_uint_eq(rv_sizeof(b), 99);
    rv_decref(call_method(b, "extend", 1, z));
    ck_assert_uint_eq(rv_sizeof(b), 110);
    ck_assert_int_eq(rv_delitem(b, s30), 0);
    ck_assert_uint_eq(rv_sizeof(b), 80);
    assert_repr(b, "bytearray(b'yyyzzzzzzzzzzzzzzzzzzzz')");
    rv_obj_t *objs[] = { b, lo, ten, thirty, s10, s30, y, z };
    for (size_t i = 0; i < 8; i++)
        rv_decref(objs[i]);
}
END_TEST

START_TEST(exports_forbid_resizing)
{
    rv_obj_t *b = rv_bytearray_from("abc", 3);
    rv_obj_t *m = rv_memoryview_new(b), *part = rv_getitem(m, rv_None);
    ck_assert_ptr_null(part);
    assert_raised(NULL, &rv_exc_TypeError, "memoryview: invalid slice key");
    ck_assert_int_eq(rv_bytearray_resize(b, 4), -1);
    assert_raised(NULL, &rv_exc_BufferError,
                  "Existing exports of data: object cannot be re-sized");
    /* the same size is no resize */
    ck_assert_int_eq(rv_bytearray_resize(b, 3), 0);
    rv_obj_t *r = call_method(m, "release", 0);
    rv_decref(r);
    ck_assert_int_eq(rv_bytearray_resize(b, 4), 0);
    /* a view that dies unreleased gives its export back too */
    rv_obj_t *m2 = rv_memoryview_new(b);
    ck_assert_uint_eq(RV_BYTEARRAY(b)->exports, 1);
    rv_decref(m2);
    ck_assert_uint_eq(RV_BYTEARRAY(b)->exports, 0);
    rv_decref(m);
    rv_decref(b);
}
END_TEST

/* Counts drawn and hidden edges. */
static void count_edges(rv_obj_t *child, const rv_edge_t *e, void *ctx)
{
    (void)child;
    size_t *n = ctx;
    n[e->kind == RV_EDGE_HIDDEN]++;
}

static rv_obj_t *touched;

static void on_touch(rv_obj_t *o, void *ctx)
{
    (void)ctx;
    touched = o;
}

START_TEST(write_through_view_touches_exporter)
{
    rv_obj_t *b = rv_bytearray_from("abc", 3), *m = rv_memoryview_new(b);
    rv_obj_t *zero = int_of(0), *v = int_of(66);
    touched = NULL;
    rv_heap_set_touch_hook(on_touch, NULL);
    ck_assert_int_eq(rv_setitem(m, zero, v), 0);
    rv_heap_set_touch_hook(NULL, NULL);
    ck_assert_ptr_eq(touched, b);
    b->flags &= ~RV_F_DIRTY;
    assert_repr(b, "bytearray(b'Bbc')");
    rv_obj_t *first = rv_getitem(m, zero);
    ck_assert_int_eq(RV_INT(first)->small, 66);
    /* a memoryview holds its exporter, but draws no reference to it; the
     * bytearray holds nothing */
    size_t edges[2] = { 0, 0 };
    rv_traverse(m, count_edges, edges);
    ck_assert_uint_eq(edges[0], 0);
    ck_assert_uint_eq(edges[1], 1);
    rv_traverse(b, count_edges, edges);
    ck_assert_uint_eq(edges[0] + edges[1], 1);
    rv_obj_t *objs[] = { first, zero, v, m, b };
    for (size_t i = 0; i < 5; i++)
        rv_decref(objs[i]);
}
END_TEST

/* b.decode() must fail with UnicodeDecodeError (start, end, reason). */
static void assert_decode_error(const char *data, size_t n, size_t start, size_t end,
                                const char *reason)
{
    rv_obj_t *r = rv_codec_decode((const unsigned char *)data, n, NULL, NULL);
    ck_assert_ptr_null(r);
    rv_obj_t *exc = rv_err_fetch();
    ck_assert_ptr_eq(exc->type, &rv_exc_UnicodeDecodeError);
    rv_obj_t *args = ((rv_exc_t *)exc)->args;
    ck_assert_int_eq(RV_INT(rv_tuple_get_borrow(args, 2))->small, (int64_t)start);
    ck_assert_int_eq(RV_INT(rv_tuple_get_borrow(args, 3))->small, (int64_t)end);
    ck_assert_str_eq(rv_str_utf8(rv_tuple_get_borrow(args, 4)), reason);
    rv_decref(exc);
}

START_TEST(utf8_decode_errors)
{
    /* b'...'.decode() for each: start, end, reason of the error */
    assert_decode_error("\xff", 1, 0, 1, "invalid start byte");
    assert_decode_error("a\xc0\x80", 3, 1, 2, "invalid start byte");
    assert_decode_error("a\xe9" "b", 3, 1, 2, "invalid continuation byte");
    assert_decode_error("a\xe2\x82", 3, 1, 3, "unexpected end of data");
    assert_decode_error("\xed\xa0\x80", 3, 0, 1, "invalid continuation byte");
    assert_decode_error("\xf0\x9f\x98", 3, 0, 3, "unexpected end of data");
    assert_decode_error("\xf0\x9f\x98" "z", 4, 0, 3, "invalid continuation byte");
    assert_decode_error("\xf4\x90\x80\x80", 4, 0, 1, "invalid continuation byte");
    /* b'caf\xc3\xa9'.decode() == 'café' */
    rv_obj_t *r = rv_codec_decode((const unsigned char *)"caf\xc3\xa9", 5, NULL, NULL);
    ck_assert_str_eq(rv_str_utf8(r), "caf\xc3\xa9");
    ck_assert_uint_eq(rv_str_len(r), 4);
    rv_decref(r);
}
END_TEST

START_TEST(encode_error_ranges)
{
    /* 'aሴስb'.encode('latin-1'): characters 1-2 in one error */
    rv_obj_t *s = rv_str_from_cstr("a\xe1\x88\xb4\xe1\x88\xb5" "b"), *codec = rv_str_from_cstr("latin-1");
    assert_raised(rv_codec_encode(s, codec, NULL), &rv_exc_UnicodeEncodeError,
                  "'latin-1' codec can't encode characters in position 1-2: ordinal not in "
                  "range(256)");
    /* '\ud800'.encode() */
    rv_obj_t *sur = rv_str_from_utf8("\xed\xa0\x80", 3);
    assert_raised(rv_codec_encode(sur, NULL, NULL), &rv_exc_UnicodeEncodeError,
                  "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not "
                  "allowed");
    /* 'aሴስb'.encode('latin-1', 'replace') == b'a??b' */
    rv_obj_t *repl = rv_str_from_cstr("replace"), *r = rv_codec_encode(s, codec, repl);
    assert_repr(r, "b'a??b'");
    rv_obj_t *objs[] = { s, codec, sur, repl, r };
    for (size_t i = 0; i < 5; i++)
        rv_decref(objs[i]);
}
END_TEST

START_TEST(int_bytes_round_trip)
{
    /* (-2**70).to_bytes(10, 'little', signed=True)
     * == b'\x00' * 8 + b'\xc0\xff' */
    rv_obj_t *two = int_of(2), *seventy = int_of(70), *p = rv_binop(RV_OP_POW, two, seventy);
    rv_obj_t *n = rv_unop(RV_UOP_NEG, p);
    unsigned char out[10];
    ck_assert_int_eq(rv_int_to_bytes(n, out, 10, true, true), 0);
    static const unsigned char want[10] = { 0, 0, 0, 0, 0, 0, 0, 0, 0xc0, 0xff };
    ck_assert_int_eq(memcmp(out, want, 10), 0);
    rv_obj_t *back = rv_int_from_bytes(out, 10, true, true);
    ck_assert_int_eq(rv_int_cmp(back, n), 0);
    /* (256).to_bytes(1, 'big') raises; (-1).to_bytes(1, 'big') too */
    rv_obj_t *big = int_of(256), *neg = int_of(-1);
    assert_failed(rv_int_to_bytes(big, out, 1, false, false), &rv_exc_OverflowError,
                  "int too big to convert");
    assert_failed(rv_int_to_bytes(neg, out, 1, false, false), &rv_exc_OverflowError,
                  "can't convert negative int to unsigned");
    rv_obj_t *objs[] = { two, seventy, p, n, back, big, neg };
    for (size_t i = 0; i < 7; i++)
        rv_decref(objs[i]);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("bytes");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "singletons", singletons },
        { "sizes reprs", sizes_and_reprs },
        { "hashes", hashes },
        { "append growth", bytearray_append_growth },
        { "shrink", bytearray_shrink },
        { "front deletion", bytearray_front_deletion },
        { "exports", exports_forbid_resizing },
        { "view writes", write_through_view_touches_exporter },
        { "utf-8 errors", utf8_decode_errors },
        { "encode ranges", encode_error_ranges },
        { "int bytes", int_bytes_round_trip },
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
