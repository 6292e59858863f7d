/* src/core/obj_bytes_methods.c - the methods bytes and bytearray share
 * (Objects/bytes_methods.c, bytesobject.c, bytearrayobject.c and
 * Objects/stringlib), with CPython 3.11's argument rules and error texts,
 * and the two types' method tables.
 *
 * Each method works on self's bytes and makes results of self's kind: for
 * bytes, a result that leaves self unchanged is self itself where CPython
 * returns it (b.strip() is b when nothing is stripped), one-byte pieces cut
 * out of self are the cached singletons (PyBytes_FromStringAndSize with
 * data) and results built in place are new objects (b'A'.lower());
 * bytearray results are always new, exact-size bytearrays.  Lists built by
 * split() are pre-sized as stringlib's PREALLOC_SIZE does, because
 * sys.getsizeof shows it.  Classification and case mapping are ASCII's
 * (Py_ISUPPER, Py_TOLOWER ...). */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/codec.h"
#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_bytearray.h"
#include "core/obj_bytes_impl.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

typedef rv_obj_t *meth_t(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);

/******************************************************************************/
/* argument parsing                                                           */

/* "bytes.m" or "bytearray.m", for messages naming the method fully. */
static const char *qualname(const rv_obj_t *self, const char *name, char *buf, size_t size)
{
    snprintf(buf, size, "%s.%s", RV_TYPE_NAME(self), name);
    return buf;
}

/* Positional-only methods: keywords are refused with the qualified name,
 * then the count check of METH_O / METH_NOARGS (qualified) or Argument
 * Clinic's _PyArg_CheckPositional (bare name). */
static int posonly(const rv_obj_t *self, const char *name, size_t nargs, rv_obj_t *kw,
                   size_t min, size_t max)
{
    char q[48];
    qualname(self, name, q, sizeof q);
    if (rv_arg_no_kw(q, kw) < 0)
        return -1;
    bool meth_o_or_noargs = max == 0 || (min == 1 && max == 1);
    return rv_arg_count(meth_o_or_noargs ? q : name, nargs, min, max);
}

/* The METH_VARARGS parsers (PyArg_ParseTuple "O|OO:name"). */
static int varargs(const rv_obj_t *self, const char *name, size_t nargs, rv_obj_t *kw,
                   size_t min, size_t max)
{
    char q[48];
    if (rv_arg_no_kw(qualname(self, name, q, sizeof q), kw) < 0)
        return -1;
    if (nargs < min || nargs > max) {
        bool few = nargs < min;
        size_t lim = few ? min : max;
        rv_err_format(&rv_exc_TypeError, "%s() takes at %s %zu argument%s (%zu given)", name,
                      few ? "least" : "most", lim, lim == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* PyNumber_AsSsize_t with OverflowError, or _PyLong_AsInt when c_int. */
static int as_index(rv_obj_t *o, intptr_t *out, bool c_int)
{
    if (!rv_isinstance(o, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      RV_TYPE_NAME(o));
        return -1;
    }
    int64_t v;
    bool fits = rv_int_fits_i64(o, &v) && v <= INTPTR_MAX && v >= INTPTR_MIN;
    if (fits && c_int)
        fits = v <= INT_MAX && v >= INT_MIN;
    if (!fits) {
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C %s",
                      c_int ? "int" : "ssize_t");
        return -1;
    }
    *out = (intptr_t)v;
    return 0;
}

/* ADJUST_INDICES */
static void adjust_indices(intptr_t *start, intptr_t *end, size_t len)
{
    intptr_t n = (intptr_t)len;
    if (*end > n)
        *end = n;
    else if (*end < 0 && (*end += n) < 0)
        *end = 0;
    if (*start < 0 && (*start += n) < 0)
        *start = 0;
}

/* self's bytes; p and n name them in every method. */
#define SELF_DATA                                                               \
    size_t n;                                                                   \
    const unsigned char *p = rv_byteslike_data(self, &n)

static bool is_bytes(const rv_obj_t *o)
{
    return RV_IS(o, rv_bytes_type);
}

/* return_self: an exact bytes itself, else a copy of self's kind. */
static rv_obj_t *unchanged(rv_obj_t *self)
{
    if (is_bytes(self))
        return rv_incref(self);
    SELF_DATA;
    return rv_bytearray_from(p, n);
}

/* Bytes [i, j) of self: self itself when that is all of an exact bytes. */
static rv_obj_t *sub(rv_obj_t *self, size_t i, size_t j)
{
    SELF_DATA;
    if (i == 0 && j == n)
        return unchanged(self);
    return rv_byteslike_new(self, p + i, j - i);
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }
static unsigned char to_upper(unsigned char c) { return is_lower(c) ? (unsigned char)(c - 32) : c; }
static unsigned char to_lower(unsigned char c) { return is_upper(c) ? (unsigned char)(c + 32) : c; }

/******************************************************************************/
/* search                                                                     */

static intptr_t rfind_in(const unsigned char *h, size_t hn, const unsigned char *s, size_t sn)
{
    if (sn > hn)
        return -1;
    for (size_t i = hn - sn + 1; i-- > 0;)
        if (memcmp(h + i, s, sn) == 0)
            return (intptr_t)i;
    return -1;
}

/* Non-overlapping occurrences of a non-empty needle, at most max. */
static size_t count_in(const unsigned char *h, size_t hn, const unsigned char *s, size_t sn,
                       size_t max)
{
    size_t count = 0, pos = 0;
    while (count < max) {
        intptr_t f = rv_bytes_find_in(h + pos, hn - pos, s, sn);
        if (f < 0)
            break;
        count++;
        pos += (size_t)f + sn;
    }
    return count;
}

/* parse_args_finds_byte: sub (a bytes-like or a byte value) and the
 * optional slice.  The needle goes to *v; for a byte, to byte. */
static int parse_finds(const char *name, rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                       rv_obj_t *kw, rv_buffer_t *v, unsigned char *byte, intptr_t *start,
                       intptr_t *end)
{
    if (varargs(self, name, nargs, kw, 1, 3) < 0)
        return -1;
    *start = 0;
    *end = INTPTR_MAX;
    if ((nargs > 1 && rv_slice_index(args[1], start) < 0) ||
        (nargs > 2 && rv_slice_index(args[2], end) < 0))
        return -1;
    rv_obj_t *x = args[0];
    if (rv_has_buffer(x))
        return rv_buffer_get(x, v) < 0 ? -1 : 0;
    if (!rv_isinstance(x, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError,
                      "argument should be integer or bytes-like object, not '%s'",
                      RV_TYPE_NAME(x));
        return -1;
    }
    if (rv_byte_value(x, byte) < 0)
        return -1;
    v->data = byte;
    v->len = 1;
    v->obj = NULL;
    return 0;
}

/* find_internal: the index of the needle in self[start:end], or -1. */
static rv_obj_t *find_common(const char *name, int dir, bool raise, rv_obj_t *self,
                             rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    rv_buffer_t v = { 0 };
    unsigned char byte;
    intptr_t start, end;
    if (parse_finds(name, self, args, nargs, kw, &v, &byte, &start, &end) < 0)
        return NULL;
    SELF_DATA;
    adjust_indices(&start, &end, n);
    intptr_t r = -1;
    if (end - start >= (intptr_t)v.len) {
        r = dir > 0 ? rv_bytes_find_in(p + start, (size_t)(end - start), v.data, v.len)
                    : rfind_in(p + start, (size_t)(end - start), v.data, v.len);
        if (r >= 0)
            r += start;
    }
    rv_buffer_release(&v);
    if (r < 0 && raise) {
        rv_err_format(&rv_exc_ValueError, "subsection not found");
        return NULL;
    }
    return rv_int_from_i64(r);
}

static rv_obj_t *b_find(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return find_common("find", 1, false, self, args, nargs, kw);
}

static rv_obj_t *b_rfind(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return find_common("rfind", -1, false, self, args, nargs, kw);
}

static rv_obj_t *b_index(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return find_common("index", 1, true, self, args, nargs, kw);
}

static rv_obj_t *b_rindex(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return find_common("rindex", -1, true, self, args, nargs, kw);
}

/* _Py_bytes_count: the empty needle occurs len + 1 times in the slice. */
static rv_obj_t *b_count(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    rv_buffer_t v = { 0 };
    unsigned char byte;
    intptr_t start, end;
    if (parse_finds("count", self, args, nargs, kw, &v, &byte, &start, &end) < 0)
        return NULL;
    SELF_DATA;
    adjust_indices(&start, &end, n);
    size_t c = 0;
    if (end - start >= (intptr_t)v.len)
        c = v.len == 0 ? (size_t)(end - start) + 1
                       : count_in(p + start, (size_t)(end - start), v.data, v.len, SIZE_MAX);
    rv_buffer_release(&v);
    return rv_int_from_u64(c);
}

/* tailmatch (bytes_methods.c) */
static int tailmatch(rv_obj_t *self, rv_obj_t *x, intptr_t start, intptr_t end, int dir)
{
    rv_buffer_t v;
    if (rv_buffer_need(x, &v) < 0)
        return -1;
    SELF_DATA;
    intptr_t len = (intptr_t)n, slen = (intptr_t)v.len;
    adjust_indices(&start, &end, n);
    int r = 0;
    if (dir < 0) {
        if (start > len - slen)
            goto done;
    } else {
        if (end - start < slen || start > len)
            goto done;
        if (end - slen > start)
            start = end - slen;
    }
    if (end - start < slen)
        goto done;
    r = slen == 0 || memcmp(p + start, v.data, (size_t)slen) == 0;
done:
    rv_buffer_release(&v);
    return r;
}

static rv_obj_t *affix_common(const char *name, int dir, rv_obj_t *self, rv_obj_t *const *args,
                              size_t nargs, rv_obj_t *kw)
{
    if (varargs(self, name, nargs, kw, 1, 3) < 0)
        return NULL;
    intptr_t start = 0, end = INTPTR_MAX;
    if ((nargs > 1 && rv_slice_index(args[1], &start) < 0) ||
        (nargs > 2 && rv_slice_index(args[2], &end) < 0))
        return NULL;
    rv_obj_t *x = args[0];
    if (RV_IS(x, rv_tuple_type)) {
        for (size_t i = 0; i < rv_tuple_len(x); i++) {
            int r = tailmatch(self, rv_tuple_get_borrow(x, i), start, end, dir);
            if (r != 0)
                return r < 0 ? NULL : rv_bool_from(true);
        }
        return rv_bool_from(false);
    }
    int r = tailmatch(self, x, start, end, dir);
    if (r < 0) {
        if (rv_err_matches(&rv_exc_TypeError)) {
            rv_err_clear();
            rv_err_format(&rv_exc_TypeError,
                          "%s first arg must be bytes or a tuple of bytes, not %s", name,
                          RV_TYPE_NAME(x));
        }
        return NULL;
    }
    return rv_bool_from(r);
}

static rv_obj_t *b_startswith(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return affix_common("startswith", -1, self, args, nargs, kw);
}

static rv_obj_t *b_endswith(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return affix_common("endswith", 1, self, args, nargs, kw);
}

/* removeprefix / removesuffix */
static rv_obj_t *affix_remove(const char *name, bool suffix, rv_obj_t *self,
                              rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    rv_buffer_t v;
    if (posonly(self, name, nargs, kw, 1, 1) < 0 || rv_buffer_need(args[0], &v) < 0)
        return NULL;
    SELF_DATA;
    rv_obj_t *r;
    if (v.len && v.len <= n && !suffix && memcmp(p, v.data, v.len) == 0)
        r = rv_byteslike_new(self, p + v.len, n - v.len);
    else if (v.len && v.len <= n && suffix && memcmp(p + n - v.len, v.data, v.len) == 0)
        r = rv_byteslike_new(self, p, n - v.len);
    else
        r = unchanged(self);
    rv_buffer_release(&v);
    return r;
}

static rv_obj_t *b_removeprefix(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    return affix_remove("removeprefix", false, self, args, nargs, kw);
}

static rv_obj_t *b_removesuffix(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    return affix_remove("removesuffix", true, self, args, nargs, kw);
}

/******************************************************************************/
/* strip, lstrip, rstrip                                                      */

enum { LEFT = 1, RIGHT = 2, BOTH = 3 };

/* do_xstrip / do_strip: white space, or the bytes of a bytes-like. */
static rv_obj_t *strip_common(const char *name, int where, rv_obj_t *self,
                              rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (posonly(self, name, nargs, kw, 0, 1) < 0)
        return NULL;
    rv_obj_t *chars = nargs && args[0] != rv_None ? args[0] : NULL;
    rv_buffer_t v = { 0 };
    if (chars && rv_buffer_need(chars, &v) < 0)
        return NULL;
    SELF_DATA;
    size_t i = 0, j = n;
#define STRIPPED(c) (chars ? v.len && memchr(v.data, (c), v.len) != NULL : is_space(c))
    if (where & LEFT)
        while (i < j && STRIPPED(p[i]))
            i++;
    if (where & RIGHT)
        while (j > i && STRIPPED(p[j - 1]))
            j--;
#undef STRIPPED
    rv_buffer_release(&v);
    return sub(self, i, j);
}

static rv_obj_t *b_strip(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return strip_common("strip", BOTH, self, args, nargs, kw);
}

static rv_obj_t *b_lstrip(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return strip_common("lstrip", LEFT, self, args, nargs, kw);
}

static rv_obj_t *b_rstrip(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return strip_common("rstrip", RIGHT, self, args, nargs, kw);
}

/******************************************************************************/
/* split, rsplit, splitlines, partition, rpartition                           */

/* PREALLOC_SIZE: split() lists start with room for 12 items (or
 * maxsplit + 1), visible in sys.getsizeof. */
static rv_obj_t *split_list(intptr_t maxcount)
{
    size_t n = maxcount >= 12 ? 12 : (size_t)maxcount + 1;
    rv_obj_t *l = rv_list_new(n);
    RV_LIST(l)->len = 0; /* FIX_PREALLOC_SIZE: the room stays allocated */
    return l;
}

/* SPLIT_ADD: fill the preallocated room, then append. Steals item. */
static int split_add(rv_obj_t *l, rv_obj_t *item)
{
    rv_list_t *o = RV_LIST(l);
    if (o->len < o->cap) {
        o->items[o->len++] = item;
        return 0;
    }
    int r = rv_list_append(l, item);
    rv_decref(item);
    return r;
}

/* split_whitespace / rsplit_whitespace; an exact bytes with no white space
 * to split at is the list's one item itself. */
static void split_ws(rv_obj_t *l, rv_obj_t *self, intptr_t maxcount, bool reverse)
{
    SELF_DATA;
    if (!reverse) {
        size_t i = 0, j;
        while (maxcount-- > 0) {
            while (i < n && is_space(p[i]))
                i++;
            if (i == n)
                break;
            j = i++;
            while (i < n && !is_space(p[i]))
                i++;
            if (j == 0 && i == n && is_bytes(self)) {
                split_add(l, rv_incref(self));
                return;
            }
            split_add(l, rv_byteslike_new(self, p + j, i - j));
        }
        if (i < n) {
            while (i < n && is_space(p[i]))
                i++;
            if (i != n)
                split_add(l, rv_byteslike_new(self, p + i, n - i));
        }
        return;
    }
    size_t i = n, j; /* i: one past the byte CPython's i points at */
    while (maxcount-- > 0) {
        while (i > 0 && is_space(p[i - 1]))
            i--;
        if (i == 0)
            break;
        j = i--;
        while (i > 0 && !is_space(p[i - 1]))
            i--;
        if (j == n && i == 0 && is_bytes(self)) {
            split_add(l, rv_incref(self));
            return;
        }
        split_add(l, rv_byteslike_new(self, p + i, j - i));
    }
    if (i > 0) {
        while (i > 0 && is_space(p[i - 1]))
            i--;
        if (i > 0)
            split_add(l, rv_byteslike_new(self, p, i));
    }
    rv_list_reverse(l);
}

/* split / rsplit with a separator. */
static void split_sep(rv_obj_t *l, rv_obj_t *self, const unsigned char *s, size_t sn,
                      intptr_t maxcount, bool reverse)
{
    SELF_DATA;
    size_t count = 0;
    if (!reverse) {
        size_t i = 0;
        while (maxcount-- > 0) {
            intptr_t pos = rv_bytes_find_in(p + i, n - i, s, sn);
            if (pos < 0)
                break;
            split_add(l, rv_byteslike_new(self, p + i, (size_t)pos));
            count++;
            i += (size_t)pos + sn;
        }
        if (count == 0 && is_bytes(self))
            split_add(l, rv_incref(self));
        else
            split_add(l, rv_byteslike_new(self, p + i, n - i));
        return;
    }
    size_t j = n;
    while (maxcount-- > 0) {
        intptr_t pos = rfind_in(p, j, s, sn);
        if (pos < 0)
            break;
        size_t from = (size_t)pos + sn;
        split_add(l, rv_byteslike_new(self, p + from, j - from));
        count++;
        j = (size_t)pos;
    }
    if (count == 0 && is_bytes(self)) {
        split_add(l, rv_incref(self));
        return;
    }
    split_add(l, rv_byteslike_new(self, p, j));
    rv_list_reverse(l);
}

static rv_obj_t *split_common(const char *name, bool reverse, rv_obj_t *self,
                              rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "sep", "maxsplit" };
    rv_obj_t *a[2];
    if (rv_str_unpack_kw(name, args, nargs, kw, names, 2, 0, a) < 0)
        return NULL;
    intptr_t maxcount = -1;
    if (a[1] && as_index(a[1], &maxcount, false) < 0)
        return NULL;
    if (maxcount < 0)
        maxcount = INTPTR_MAX;
    rv_obj_t *sep = a[0] == rv_None ? NULL : a[0];
    rv_buffer_t v = { 0 };
    if (sep && rv_buffer_need(sep, &v) < 0)
        return NULL;
    if (sep && v.len == 0) {
        rv_buffer_release(&v);
        rv_err_format(&rv_exc_ValueError, "empty separator");
        return NULL;
    }
    rv_obj_t *l = split_list(maxcount);
    if (sep)
        split_sep(l, self, v.data, v.len, maxcount, reverse);
    else
        split_ws(l, self, maxcount, reverse);
    rv_buffer_release(&v);
    return l;
}

static rv_obj_t *b_split(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return split_common("split", false, self, args, nargs, kw);
}

static rv_obj_t *b_rsplit(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return split_common("rsplit", true, self, args, nargs, kw);
}

/* stringlib splitlines: \n, \r and \r\n only; the list grows by appends. */
static rv_obj_t *b_splitlines(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "keepends" };
    rv_obj_t *a[1];
    intptr_t keepends = 0;
    if (rv_str_unpack_kw("splitlines", args, nargs, kw, names, 1, 0, a) < 0)
        return NULL;
    if (a[0] && as_index(a[0], &keepends, true) < 0)
        return NULL;
    SELF_DATA;
    rv_obj_t *l = rv_list_new(0);
    for (size_t i = 0, j = 0; i < n;) {
        while (i < n && p[i] != '\n' && p[i] != '\r')
            i++;
        size_t eol = i;
        if (i < n) {
            i += p[i] == '\r' && i + 1 < n && p[i + 1] == '\n' ? 2 : 1;
            if (keepends)
                eol = i;
        }
        rv_obj_t *line = j == 0 && eol == n ? unchanged(self)
                                            : rv_byteslike_new(self, p + j, eol - j);
        rv_list_append(l, line);
        rv_decref(line);
        if (j == 0 && eol == n)
            break;
        j = i;
    }
    return l;
}

/* stringlib partition: the separator object itself is the middle item of
 * a bytes result; bytearray converts it into a bytearray first. */
static rv_obj_t *partition_common(const char *name, bool reverse, rv_obj_t *self,
                                  rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (posonly(self, name, nargs, kw, 1, 1) < 0)
        return NULL;
    rv_obj_t *sep;
    if (is_bytes(self)) {
        rv_buffer_t v;
        if (rv_buffer_need(args[0], &v) < 0)
            return NULL;
        rv_buffer_release(&v);
        sep = rv_incref(args[0]);
    } else {
        /* _PyByteArray_FromBufferObject: a bytearray copy of the buffer. */
        rv_buffer_t v;
        if (rv_buffer_need(args[0], &v) < 0)
            return NULL;
        sep = rv_bytearray_from(v.data, v.len);
        rv_buffer_release(&v);
    }
    rv_buffer_t v;
    rv_buffer_get(sep, &v);
    if (v.len == 0) {
        rv_buffer_release(&v);
        rv_decref(sep);
        rv_err_format(&rv_exc_ValueError, "empty separator");
        return NULL;
    }
    SELF_DATA;
    intptr_t pos = reverse ? rfind_in(p, n, v.data, v.len) : rv_bytes_find_in(p, n, v.data, v.len);
    size_t sn = v.len;
    rv_buffer_release(&v);
    rv_obj_t *t = rv_tuple_new(3);
    if (pos < 0) {
        rv_decref(sep);
        rv_tuple_set_steal(t, reverse ? 2 : 0, unchanged(self));
        rv_tuple_set_steal(t, 1, rv_byteslike_new(self, "", 0));
        rv_tuple_set_steal(t, reverse ? 0 : 2, rv_byteslike_new(self, "", 0));
        return t;
    }
    rv_tuple_set_steal(t, 0, rv_byteslike_new(self, p, (size_t)pos));
    rv_tuple_set_steal(t, 1, sep);
    rv_tuple_set_steal(t, 2, rv_byteslike_new(self, p + pos + sn, n - (size_t)pos - sn));
    return t;
}

static rv_obj_t *b_partition(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return partition_common("partition", false, self, args, nargs, kw);
}

static rv_obj_t *b_rpartition(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return partition_common("rpartition", true, self, args, nargs, kw);
}

/******************************************************************************/
/* join, replace                                                              */

/* stringlib join: a lone exact bytes item is the result itself; otherwise
 * a new object, also when it is one byte long. */
static rv_obj_t *b_join(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (posonly(self, "join", nargs, kw, 1, 1) < 0)
        return NULL;
    rv_obj_t *fseq = rv_sequence_fast(args[0], "can only join an iterable");
    if (!fseq)
        return NULL;
    size_t count;
    rv_obj_t *const *items = rv_sequence_fast_items(fseq, &count);
    rv_obj_t *r = NULL;
    if (count == 1 && is_bytes(self) && RV_IS(items[0], rv_bytes_type)) {
        r = rv_incref(items[0]);
        rv_decref(fseq);
        return r;
    }
    SELF_DATA;
    /* The size first, as stringlib does (its items' types checked on the
     * way): a join past the limit is refused before copying gigabytes, or
     * growing the buffer until the machine refuses (exit 3). */
    size_t total = 0;
    for (size_t i = 0; i < count; i++) {
        rv_buffer_t v;
        if (rv_buffer_get(items[i], &v) <= 0) {
            if (!rv_err_matches(&rv_exc_RefvizUnsupported)) {
                rv_err_clear();
                rv_err_format(&rv_exc_TypeError,
                              "sequence item %zu: expected a bytes-like object, %s found", i,
                              RV_TYPE_NAME(items[i]));
            }
            rv_decref(fseq);
            return NULL;
        }
        total += (i ? n : 0) + v.len;
        rv_buffer_release(&v);
        if (total > RV_BYTES_MAX) {
            rv_decref(fseq);
            rv_err_nomem();
            return NULL;
        }
    }
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_reserve(&b, total);
    for (size_t i = 0; i < count; i++) {
        rv_buffer_t v;
        if (rv_buffer_get(items[i], &v) <= 0) { /* checked above */
            rv_buf_free(&b);
            rv_decref(fseq);
            return NULL;
        }
        if (i)
            rv_buf_add(&b, p, n);
        rv_buf_add(&b, v.data, v.len);
        rv_buffer_release(&v);
    }
    rv_decref(fseq);
    r = rv_byteslike_new_uncached(self, b.data, b.len);
    rv_buf_free(&b);
    return r;
}

/* stringlib_replace: self itself (bytes) when nothing can change; a new
 * object otherwise (built in place, so a one-byte result is not cached;
 * an empty one is the singleton). */
static rv_obj_t *b_replace(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (posonly(self, "replace", nargs, kw, 2, 3) < 0)
        return NULL;
    rv_buffer_t vo, vn;
    if (rv_buffer_need(args[0], &vo) < 0)
        return NULL;
    if (rv_buffer_need(args[1], &vn) < 0) {
        rv_buffer_release(&vo);
        return NULL;
    }
    intptr_t maxcount = -1;
    rv_obj_t *r = NULL;
    if (nargs > 2 && as_index(args[2], &maxcount, false) < 0)
        goto done;
    SELF_DATA;
    size_t max = maxcount < 0 ? SIZE_MAX : (size_t)maxcount;
    const unsigned char *o = vo.data, *w = vn.data;
    size_t on = vo.len, wn = vn.len;
    if (n < on || max == 0 || (on == 0 && wn == 0)) {
        r = unchanged(self);
        goto done;
    }
    size_t count = on == 0 ? (n + 1 < max ? n + 1 : max) : count_in(p, n, o, on, max);
    if (count == 0) {
        r = unchanged(self);
        goto done;
    }
    if (wn > on && count > (RV_BYTES_MAX - n) / (wn - on)) {
        rv_err_nomem();
        goto done;
    }
    rv_buf_t b = RV_BUF_INIT;
    size_t i = 0;
    if (on == 0) {
        for (size_t k = 0; k < count; k++) {
            rv_buf_add(&b, w, wn);
            if (i < n)
                rv_buf_addc(&b, (char)p[i++]);
        }
    } else {
        for (size_t k = 0; k < count; k++) {
            size_t pos = i + (size_t)rv_bytes_find_in(p + i, n - i, o, on);
            rv_buf_add(&b, p + i, pos - i);
            rv_buf_add(&b, w, wn);
            i = pos + on;
        }
    }
    rv_buf_add(&b, p + i, n - i);
    r = rv_byteslike_new_uncached(self, b.data, b.len);
    rv_buf_free(&b);
done:
    rv_buffer_release(&vo);
    rv_buffer_release(&vn);
    return r;
}

/******************************************************************************/
/* case, padding, tabs                                                        */

typedef enum { C_UPPER, C_LOWER, C_SWAP, C_TITLE, C_CAPITALIZE } casing_t;

static rv_obj_t *casing(const char *name, casing_t how, rv_obj_t *self, size_t nargs,
                        rv_obj_t *kw)
{
    if (posonly(self, name, nargs, kw, 0, 0) < 0)
        return NULL;
    SELF_DATA;
    rv_obj_t *r = rv_byteslike_new_uncached(self, p, n);
    unsigned char *d = is_bytes(r) ? rv_bytes_mut(r) : rv_bytearray_data(r);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        switch (how) {
        case C_UPPER: d[i] = to_upper(c); break;
        case C_LOWER: d[i] = to_lower(c); break;
        case C_SWAP: d[i] = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case C_CAPITALIZE: d[i] = i == 0 ? to_upper(c) : to_lower(c); break;
        case C_TITLE:
            if (is_lower(c)) {
                if (!prev_cased)
                    d[i] = to_upper(c);
                prev_cased = true;
            } else if (is_upper(c)) {
                if (prev_cased)
                    d[i] = to_lower(c);
                prev_cased = true;
            } else {
                prev_cased = false;
            }
            break;
        }
    }
    return r;
}

static rv_obj_t *b_upper(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    return casing("upper", C_UPPER, self, nargs, kw);
}

static rv_obj_t *b_lower(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    return casing("lower", C_LOWER, self, nargs, kw);
}

static rv_obj_t *b_swapcase(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    return casing("swapcase", C_SWAP, self, nargs, kw);
}

static rv_obj_t *b_title(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    return casing("title", C_TITLE, self, nargs, kw);
}

static rv_obj_t *b_capitalize(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    return casing("capitalize", C_CAPITALIZE, self, nargs, kw);
}

/* pad(): unchanged when there is nothing to add, else built in place. */
static rv_obj_t *pad(rv_obj_t *self, size_t left, size_t right, unsigned char fill)
{
    SELF_DATA;
    if (left == 0 && right == 0)
        return unchanged(self);
    if (left + right > RV_BYTES_MAX - n) {
        rv_err_nomem();
        return NULL;
    }
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_reserve(&b, left + n + right);
    for (size_t i = 0; i < left; i++)
        rv_buf_addc(&b, (char)fill);
    rv_buf_add(&b, p, n);
    for (size_t i = 0; i < right; i++)
        rv_buf_addc(&b, (char)fill);
    rv_obj_t *r = rv_byteslike_new_uncached(self, b.data, b.len);
    rv_buf_free(&b);
    return r;
}

enum { JUST_LEFT, JUST_RIGHT, JUST_CENTER };

static rv_obj_t *just_common(const char *name, int how, rv_obj_t *self, rv_obj_t *const *args,
                             size_t nargs, rv_obj_t *kw)
{
    if (posonly(self, name, nargs, kw, 1, 2) < 0)
        return NULL;
    intptr_t width;
    if (as_index(args[0], &width, false) < 0)
        return NULL;
    unsigned char fill = ' ';
    if (nargs > 1) {
        rv_obj_t *f = args[1];
        bool ok = (RV_IS(f, rv_bytes_type) && rv_bytes_len(f) == 1) ||
                  (RV_IS(f, rv_bytearray_type) && rv_bytearray_len(f) == 1);
        if (!ok) {
            rv_err_format(&rv_exc_TypeError,
                          "%s() argument 2 must be a byte string of length 1, not %s", name,
                          rv_arg_type_name(f));
            return NULL;
        }
        size_t fn;
        fill = rv_byteslike_data(f, &fn)[0];
    }
    size_t n;
    rv_byteslike_data(self, &n);
    if (width <= (intptr_t)n)
        return unchanged(self);
    size_t marg = (size_t)width - n, left;
    switch (how) {
    case JUST_LEFT: left = 0; break;
    case JUST_RIGHT: left = marg; break;
    default: left = marg / 2 + (marg & (size_t)width & 1); break;
    }
    return pad(self, left, marg - left, fill);
}

static rv_obj_t *b_center(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return just_common("center", JUST_CENTER, self, args, nargs, kw);
}

static rv_obj_t *b_ljust(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return just_common("ljust", JUST_LEFT, self, args, nargs, kw);
}

static rv_obj_t *b_rjust(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return just_common("rjust", JUST_RIGHT, self, args, nargs, kw);
}

/* zfill: zeros on the left, and a sign moved in front of them. */
static rv_obj_t *b_zfill(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    intptr_t width;
    if (posonly(self, "zfill", nargs, kw, 1, 1) < 0 || as_index(args[0], &width, false) < 0)
        return NULL;
    size_t n;
    rv_byteslike_data(self, &n);
    if (width <= (intptr_t)n)
        return unchanged(self);
    size_t fill = (size_t)width - n;
    rv_obj_t *r = pad(self, fill, 0, '0');
    if (!r)
        return NULL;
    unsigned char *d = is_bytes(r) ? rv_bytes_mut(r) : rv_bytearray_data(r);
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

/* stringlib expandtabs: always a new object. */
static rv_obj_t *b_expandtabs(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kw)
{
    static const char *const names[] = { "tabsize" };
    rv_obj_t *a[1];
    intptr_t tabsize = 8;
    if (rv_str_unpack_kw("expandtabs", args, nargs, kw, names, 1, 0, a) < 0)
        return NULL;
    if (a[0] && as_index(a[0], &tabsize, true) < 0)
        return NULL;
    SELF_DATA;
    /* The size first, as stringlib does: past the limit nothing is written
     * (filling gigabytes byte by byte took minutes). */
    size_t total = 0, col = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (tabsize > 0) {
                size_t incr = (size_t)tabsize - col % (size_t)tabsize;
                col += incr;
                total += incr;
            }
        } else {
            total++;
            col = p[i] == '\n' || p[i] == '\r' ? 0 : col + 1;
        }
        if (total > RV_BYTES_MAX) {
            rv_err_nomem();
            return NULL;
        }
    }
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_reserve(&b, total);
    col = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (tabsize > 0) {
                size_t incr = (size_t)tabsize - col % (size_t)tabsize;
                if (b.len + incr > RV_BYTES_MAX) {
                    rv_buf_free(&b);
                    rv_err_nomem();
                    return NULL;
                }
                for (size_t k = 0; k < incr; k++)
                    rv_buf_addc(&b, ' ');
                col += incr;
            }
        } else {
            rv_buf_addc(&b, (char)p[i]);
            col++;
            if (p[i] == '\n' || p[i] == '\r')
                col = 0;
        }
    }
    rv_obj_t *r = rv_byteslike_new_uncached(self, b.data, b.len);
    rv_buf_free(&b);
    return r;
}

/******************************************************************************/
/* predicates                                                                 */

typedef enum { P_ALNUM, P_ALPHA, P_ASCII, P_DIGIT, P_LOWER, P_SPACE, P_TITLE, P_UPPER } pred_t;

static bool predicate(pred_t what, const unsigned char *p, size_t n)
{
    bool cased = false, prev_cased = false;
    switch (what) {
    case P_ASCII:
        for (size_t i = 0; i < n; i++)
            if (p[i] >= 0x80)
                return false;
        return true;
    case P_LOWER:
    case P_UPPER:
        for (size_t i = 0; i < n; i++) {
            if (what == P_LOWER ? is_upper(p[i]) : is_lower(p[i]))
                return false;
            cased |= what == P_LOWER ? is_lower(p[i]) : is_upper(p[i]);
        }
        return cased;
    case P_TITLE:
        for (size_t i = 0; i < n; i++) {
            if (is_upper(p[i])) {
                if (prev_cased)
                    return false;
                prev_cased = cased = true;
            } else if (is_lower(p[i])) {
                if (!prev_cased)
                    return false;
                prev_cased = cased = true;
            } else {
                prev_cased = false;
            }
        }
        return cased;
    default:
        if (n == 0)
            return false;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = p[i];
            bool ok = what == P_ALNUM   ? is_alpha(c) || is_digit(c)
                      : what == P_ALPHA ? is_alpha(c)
                      : what == P_DIGIT ? is_digit(c)
                                        : is_space(c);
            if (!ok)
                return false;
        }
        return true;
    }
}

#define PREDICATE(fn, name, what)                                                       \
    static rv_obj_t *fn(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw) \
    {                                                                                   \
        (void)args;                                                                     \
        if (posonly(self, name, nargs, kw, 0, 0) < 0)                                   \
            return NULL;                                                                \
        SELF_DATA;                                                                      \
        return rv_bool_from(predicate(what, p, n));                                     \
    }
PREDICATE(b_isalnum, "isalnum", P_ALNUM)
PREDICATE(b_isalpha, "isalpha", P_ALPHA)
PREDICATE(b_isascii, "isascii", P_ASCII)
PREDICATE(b_isdigit, "isdigit", P_DIGIT)
PREDICATE(b_islower, "islower", P_LOWER)
PREDICATE(b_isspace, "isspace", P_SPACE)
PREDICATE(b_istitle, "istitle", P_TITLE)
PREDICATE(b_isupper, "isupper", P_UPPER)
#undef PREDICATE

/******************************************************************************/
/* decode, hex, fromhex, translate, maketrans                                 */

static rv_obj_t *b_decode(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "encoding", "errors" };
    rv_obj_t *a[2];
    if (rv_str_unpack_kw("decode", args, nargs, kw, names, 2, 0, a) < 0)
        return NULL;
    for (int i = 0; i < 2; i++) {
        if (a[i] && !RV_IS(a[i], rv_str_type)) {
            rv_err_format(&rv_exc_TypeError, "decode() argument '%s' must be str, not %s",
                          names[i], rv_arg_type_name(a[i]));
            return NULL;
        }
    }
    SELF_DATA;
    return rv_codec_decode(p, n, a[0], a[1]);
}

/* _Py_strhex_with_sep: hex digits, grouped by bytes_per_sep from the right
 * (positive) or the left (negative) when a separator is given. */
rv_obj_t *rv_bytes_hex(const unsigned char *p, size_t n, const char *fname,
                       rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "sep", "bytes_per_sep" };
    rv_obj_t *a[2];
    if (rv_str_unpack_kw(fname, args, nargs, kw, names, 2, 0, a) < 0)
        return NULL;
    intptr_t per = 1;
    if (a[1] && as_index(a[1], &per, true) < 0)
        return NULL;
    char sep = 0;
    if (a[0]) {
        size_t seplen;
        if (RV_IS(a[0], rv_str_type))
            seplen = rv_str_len(a[0]);
        else if (rv_len(a[0], &seplen) < 0)
            return NULL;
        if (seplen != 1) {
            rv_err_format(&rv_exc_ValueError, "sep must be length 1.");
            return NULL;
        }
        if (RV_IS(a[0], rv_str_type)) {
            if (rv_str_nbytes(a[0]) != 1) {
                rv_err_format(&rv_exc_ValueError, "sep must be ASCII.");
                return NULL;
            }
            sep = rv_str_utf8(a[0])[0];
        } else if (RV_IS(a[0], rv_bytes_type)) {
            sep = (char)rv_bytes_data(a[0])[0];
            if ((unsigned char)sep > 127) {
                rv_err_format(&rv_exc_ValueError, "sep must be ASCII.");
                return NULL;
            }
        } else {
            rv_err_format(&rv_exc_TypeError, "sep must be str or bytes.");
            return NULL;
        }
    } else {
        per = 0;
    }
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    if (group >= n)
        group = 0;
    static const char digits[] = "0123456789abcdef";
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_reserve(&b, 3 * n);
    for (size_t i = 0; i < n; i++) {
        /* A separator goes before byte i when a group ends there: counted
         * from the left for a negative bytes_per_sep, else from the right. */
        if (group && i && (per < 0 ? i % group == 0 : (n - i) % group == 0))
            rv_buf_addc(&b, sep);
        rv_buf_addc(&b, digits[p[i] >> 4]);
        rv_buf_addc(&b, digits[p[i] & 15]);
    }
    rv_obj_t *r = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return r;
}

static rv_obj_t *b_hex(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    SELF_DATA;
    return rv_bytes_hex(p, n, "hex", args, nargs, kw);
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* _PyBytes_FromHex: pairs of hex digits, white space between pairs; the
 * error names the position of the first character that does not fit. */
static rv_obj_t *b_fromhex(rv_obj_t *cls, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    bool bytearray = cls == &rv_bytearray_type.ob;
    const char *q = bytearray ? "bytearray.fromhex" : "bytes.fromhex";
    if (rv_arg_no_kw(q, kw) < 0 || rv_arg_count(q, nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *s = args[0];
    if (!RV_IS(s, rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "fromhex() argument must be str, not %s",
                      rv_arg_type_name(s));
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)rv_str_utf8(s);
    size_t n = rv_str_nbytes(s), bad = SIZE_MAX;
    /* A non-ASCII character is found first, wherever it is (its index is
     * its byte offset: what precedes it is ASCII). */
    for (size_t i = 0; i < n && bad == SIZE_MAX; i++)
        if (p[i] >= 0x80)
            bad = i;
    rv_buf_t b = RV_BUF_INIT;
    for (size_t i = 0; i < n && bad == SIZE_MAX;) {
        if (is_space(p[i])) {
            i++;
            continue;
        }
        int top = hexval(p[i]);
        if (top < 0) {
            bad = i;
            break;
        }
        int bot = i + 1 < n ? hexval(p[i + 1]) : -1;
        if (bot < 0) {
            bad = i + 1;
            break;
        }
        rv_buf_addc(&b, (char)(top << 4 | bot));
        i += 2;
    }
    if (bad != SIZE_MAX) {
        rv_buf_free(&b);
        rv_err_format(&rv_exc_ValueError,
                      "non-hexadecimal number found in fromhex() arg at position %zu", bad);
        return NULL;
    }
    rv_obj_t *r;
    if (!bytearray) {
        r = rv_bytes_from_buf(&b);
    } else if (n / 2 > 512) {
        /* _PyBytesWriter past its small buffer: a bytearray of the
         * estimate, resized to what was written. */
        r = rv_bytearray_from(NULL, n / 2);
        if (b.len)
            memcpy(rv_bytearray_data(r), b.data, b.len);
        rv_bytearray_resize(r, b.len);
    } else {
        r = rv_bytearray_from(b.data, b.len);
    }
    rv_buf_free(&b);
    return r;
}

/* bytes_translate_impl / bytearray_translate_impl */
static rv_obj_t *b_translate(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    size_t nkw = kw ? rv_tuple_len(kw) : 0;
    if (nargs == 0) {
        rv_err_format(&rv_exc_TypeError,
                      "translate() takes at least 1 positional argument (0 given)");
        return NULL;
    }
    static const char *const names[] = { "table", "delete" };
    rv_obj_t *a[2];
    if (nargs + nkw > 2) {
        rv_err_format(&rv_exc_TypeError, "translate() takes at most 2 arguments (%zu given)",
                      nargs + nkw);
        return NULL;
    }
    if (rv_str_unpack_kw("translate", args, nargs, kw, names, 2, 1, a) < 0)
        return NULL;
    rv_buffer_t vt = { 0 }, vd = { 0 };
    if (a[0] != rv_None && rv_buffer_need(a[0], &vt) < 0)
        return NULL;
    rv_obj_t *r = NULL;
    if (a[0] != rv_None && vt.len != 256) {
        rv_err_format(&rv_exc_ValueError, "translation table must be 256 characters long");
        goto done;
    }
    if (a[1] && rv_buffer_need(a[1], &vd) < 0)
        goto done;
    int table[256];
    for (int i = 0; i < 256; i++)
        table[i] = a[0] == rv_None ? i : vt.data[i];
    for (size_t i = 0; i < vd.len; i++)
        table[vd.data[i]] = -1;
    SELF_DATA;
    rv_buf_t b = RV_BUF_INIT;
    bool changed = false;
    for (size_t i = 0; i < n; i++) {
        int t = table[p[i]];
        if (t >= 0)
            rv_buf_addc(&b, (char)t);
        changed |= t != p[i];
    }
    if (!changed && is_bytes(self)) {
        r = rv_incref(self);
    } else if (is_bytes(self)) {
        r = rv_bytes_new(b.len);
        if (b.len)
            memcpy(rv_bytes_mut(r), b.data, b.len);
    } else {
        /* A bytearray of the input's length, then resized to the result. */
        r = rv_bytearray_from(NULL, n);
        if (b.len)
            memcpy(rv_bytearray_data(r), b.data, b.len);
        rv_bytearray_resize(r, b.len);
    }
    rv_buf_free(&b);
done:
    rv_buffer_release(&vt);
    rv_buffer_release(&vd);
    return r;
}

/* bytes.maketrans(frm, to): a static method; either type's makes bytes. */
static rv_obj_t *b_maketrans(rv_obj_t *cls, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)cls;
    if (rv_arg_no_kw("maketrans", kw) < 0 || rv_arg_count("maketrans", nargs, 2, 2) < 0)
        return NULL;
    rv_buffer_t vf, vt;
    if (rv_buffer_need(args[0], &vf) < 0)
        return NULL;
    if (rv_buffer_need(args[1], &vt) < 0) {
        rv_buffer_release(&vf);
        return NULL;
    }
    rv_obj_t *r = NULL;
    if (vf.len != vt.len) {
        rv_err_format(&rv_exc_ValueError, "maketrans arguments must have same length");
    } else {
        r = rv_bytes_new(256);
        for (int i = 0; i < 256; i++)
            rv_bytes_mut(r)[i] = (unsigned char)i;
        for (size_t i = 0; i < vf.len; i++)
            rv_bytes_mut(r)[vf.data[i]] = vt.data[i];
    }
    rv_buffer_release(&vf);
    rv_buffer_release(&vt);
    return r;
}

/******************************************************************************/
/* the tables                                                                 */

#define SHARED_METHODS                                                                     \
    { "capitalize", b_capitalize, 0 }, { "center", b_center, 0 },                          \
    { "count", b_count, 0 },           { "decode", b_decode, 0 },                          \
    { "endswith", b_endswith, 0 },     { "expandtabs", b_expandtabs, 0 },                  \
    { "find", b_find, 0 },             { "fromhex", b_fromhex, RV_METH_CLASS },            \
    { "hex", b_hex, 0 },               { "index", b_index, 0 },                            \
    { "isalnum", b_isalnum, 0 },       { "isalpha", b_isalpha, 0 },                        \
    { "isascii", b_isascii, 0 },       { "isdigit", b_isdigit, 0 },                        \
    { "islower", b_islower, 0 },       { "isspace", b_isspace, 0 },                        \
    { "istitle", b_istitle, 0 },       { "isupper", b_isupper, 0 },                        \
    { "join", b_join, 0 },             { "ljust", b_ljust, 0 },                            \
    { "lower", b_lower, 0 },           { "lstrip", b_lstrip, 0 },                          \
    { "maketrans", b_maketrans, RV_METH_CLASS }, { "partition", b_partition, 0 },          \
    { "removeprefix", b_removeprefix, 0 }, { "removesuffix", b_removesuffix, 0 },          \
    { "replace", b_replace, 0 },       { "rfind", b_rfind, 0 },                            \
    { "rindex", b_rindex, 0 },         { "rjust", b_rjust, 0 },                            \
    { "rpartition", b_rpartition, 0 }, { "rsplit", b_rsplit, 0 },                          \
    { "rstrip", b_rstrip, 0 },         { "split", b_split, 0 },                            \
    { "splitlines", b_splitlines, 0 }, { "startswith", b_startswith, 0 },                  \
    { "strip", b_strip, 0 },           { "swapcase", b_swapcase, 0 },                      \
    { "title", b_title, 0 },           { "translate", b_translate, 0 },                    \
    { "upper", b_upper, 0 },           { "zfill", b_zfill, 0 }

const rv_method_t rv_bytes_methods[] = {
    SHARED_METHODS,
    { NULL, NULL, 0 },
};

const rv_method_t rv_bytearray_methods[] = {
    SHARED_METHODS,
    { "__alloc__", rv_bytearray_m_alloc, 0 },
    { "append", rv_bytearray_m_append, 0 },
    { "clear", rv_bytearray_m_clear, 0 },
    { "copy", rv_bytearray_m_copy, 0 },
    { "extend", rv_bytearray_m_extend, 0 },
    { "insert", rv_bytearray_m_insert, 0 },
    { "pop", rv_bytearray_m_pop, 0 },
    { "remove", rv_bytearray_m_remove, 0 },
    { "reverse", rv_bytearray_m_reverse, 0 },
    { NULL, NULL, 0 },
};
