/* src/core/obj_str_methods.c - the methods of str (Objects/unicodeobject.c
 * and Objects/stringlib/), with CPython 3.11's argument rules and error
 * texts, and its identity rules: a method that changes nothing returns an
 * exact str itself (s.strip() is s), and split/partition hand back the
 * string itself when there is nothing to split.
 *
 * Methods work on code points through a view (sview_t): ASCII strings are
 * used in place, others are decoded once.  Classification and case mapping
 * come from ucd.c, generated from CPython 3.11's own database, so they are
 * exact for every script.  Lists built by split() are pre-sized as
 * stringlib's PREALLOC_SIZE does, because sys.getsizeof shows it. */
#include "core/obj_str.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "core/codec.h"
#include "core/exc.h"
#include "core/format.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_slice.h"
#include "core/obj_str_impl.h"
#include "core/obj_tuple.h"
#include "core/ucd.h"

/******************************************************************************/
/* argument parsing                                                           */

static int find_kw(rv_obj_t *kwnames, rv_obj_t *const *kwvalues, const char *name,
                   rv_obj_t **out)
{
    size_t n = rv_tuple_len(kwnames);
    for (size_t i = 0; i < n; i++) {
        if (rv_str_eq_cstr(rv_tuple_get_borrow(kwnames, i), name)) {
            *out = kwvalues[i];
            return 1;
        }
    }
    return 0;
}

/* _PyArg_UnpackKeywords and error_unexpected_keyword_arg. */
int rv_str_unpack_kw(const char *fname, rv_obj_t *const *args, size_t nargs,
                     rv_obj_t *kwnames, const char *const *names, size_t nnames,
                     size_t min, rv_obj_t **out)
{
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    /* A call without arguments may pass NULL (NULL + 0 is undefined). */
    rv_obj_t *const *kwvalues = args ? args + nargs : NULL;
    if (nargs + nkw > nnames) {
        rv_err_format(&rv_exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname,
                      nnames, nargs == 0 ? "keyword " : "", nnames == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    size_t left = nkw;
    for (size_t i = 0; i < nnames; i++) {
        out[i] = i < nargs ? args[i] : NULL;
        if (i >= nargs && left && find_kw(kwnames, kwvalues, names[i], &out[i]))
            left--;
        if (!out[i] && i < min) {
            rv_err_format(&rv_exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                          fname, names[i], i + 1);
            return -1;
        }
    }
    if (left == 0)
        return 0;
    rv_obj_t *dummy;
    for (size_t i = 0; i < nargs; i++) {
        if (find_kw(kwnames, kwvalues, names[i], &dummy)) {
            rv_err_format(&rv_exc_TypeError,
                          "argument for %s() given by name ('%s') and position (%zu)", fname,
                          names[i], i + 1);
            return -1;
        }
    }
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *key = rv_tuple_get_borrow(kwnames, k);
        bool known = false;
        for (size_t i = 0; i < nnames && !known; i++)
            known = rv_str_eq_cstr(key, names[i]);
        if (!known) {
            rv_err_format(&rv_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                          rv_str_utf8(key), fname);
            return -1;
        }
    }
    rv_err_format(&rv_exc_TypeError, "%s() got multiple values for an argument", fname);
    return -1;
}

/* The METH_VARARGS parsers of find() and friends (PyArg_ParseTuple "O|OO"). */
static int varargs_count(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        rv_err_format(&rv_exc_TypeError, "%s() takes at least %zu argument%s (%zu given)", fname,
                      min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        rv_err_format(&rv_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname,
                      max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* Positional-only methods: "str.m() takes no keyword arguments", then the
 * count check of _PyArg_CheckPositional or METH_O / METH_NOARGS. */
static int posonly(const char *qualname, const char *name, size_t nargs, rv_obj_t *kwnames,
                   size_t min, size_t max)
{
    if (rv_arg_no_kw(qualname, kwnames) < 0)
        return -1;
    bool meth_o_or_noargs = max == 0 || (min == 1 && max == 1);
    return rv_arg_count(meth_o_or_noargs ? qualname : name, nargs, min, max);
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

/* _PyEval_SliceIndex for an optional argument: absent or None keeps the
 * default, huge ints clamp. */
static int slice_index(rv_obj_t *o, intptr_t *out)
{
    return o ? rv_slice_index(o, out) : 0;
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

static bool is_str(const rv_obj_t *o)
{
    return rv_isinstance(o, &rv_str_type);
}

static int need_str(rv_obj_t *o, const char *what)
{
    if (is_str(o))
        return 0;
    rv_err_format(&rv_exc_TypeError, "%smust be str, not %s", what, RV_TYPE_NAME(o));
    return -1;
}

/******************************************************************************/
/* code-point views                                                           */

typedef struct sview {
    rv_obj_t *obj;
    const char *data;
    size_t len;
    bool ascii;
    uint32_t *cps;  /* non-ASCII: the code points */
    size_t *offs;   /* non-ASCII: byte offset of each code point, and the end */
} sview_t;

static void view_init(sview_t *v, rv_obj_t *s)
{
    const rv_str_t *o = RV_STR(s);
    v->obj = s;
    v->data = o->data;
    v->len = o->len;
    v->ascii = o->nbytes == o->len;
    v->cps = NULL;
    v->offs = NULL;
    if (v->ascii)
        return;
    v->cps = rv_malloc(rv_mul_size(o->len, sizeof *v->cps));
    v->offs = rv_malloc(rv_mul_size(o->len + 1, sizeof *v->offs));
    const char *p = o->data;
    for (size_t i = 0; i < o->len; i++) {
        v->offs[i] = (size_t)(p - o->data);
        v->cps[i] = rv_utf8_decode(&p);
    }
    v->offs[o->len] = o->nbytes;
}

static void view_free(sview_t *v)
{
    rv_free(v->cps);
    rv_free(v->offs);
}

static inline uint32_t view_at(const sview_t *v, size_t i)
{
    return v->ascii ? (unsigned char)v->data[i] : v->cps[i];
}

static inline size_t view_off(const sview_t *v, size_t i)
{
    return v->ascii ? i : v->offs[i];
}

/* Code points [i, j) as a new str (the whole string: itself). */
static rv_obj_t *view_sub(const sview_t *v, size_t i, size_t j)
{
    if (i == 0 && j == v->len)
        return rv_str_unchanged(v->obj);
    size_t a = view_off(v, i), b = view_off(v, j);
    return rv_str_from_utf8(v->data + a, b - a);
}

static rv_obj_t *str_from_buf_free(rv_buf_t *b)
{
    rv_obj_t *s = rv_str_from_buf(b);
    rv_buf_free(b);
    return s;
}

/* For results CPython builds with PyUnicode_New (see rv_str_new_uncached). */
static rv_obj_t *uncached_from_buf_free(rv_buf_t *b)
{
    rv_obj_t *s = rv_str_new_uncached(b->data ? b->data : "", b->len);
    rv_buf_free(b);
    return s;
}

static bool is_space(uint32_t c)
{
    return rv_ucd_has(c, RV_UCD_SPACE);
}

/* Py_UNICODE_ISLINEBREAK */
static bool is_linebreak(uint32_t c)
{
    switch (c) {
    case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e:
    case 0x85: case 0x2028: case 0x2029:
        return true;
    default:
        return false;
    }
}

/******************************************************************************/
/* byte-level search (UTF-8 is self-synchronising: a byte match of valid
 * UTF-8 is a code-point match)                                               */

static intptr_t bytes_find(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn == 0)
        return 0;
    if (nn > hn)
        return -1;
    const char *p = h, *last = h + hn - nn;
    while (p <= last) {
        p = memchr(p, n[0], (size_t)(last - p) + 1);
        if (!p)
            return -1;
        if (memcmp(p, n, nn) == 0)
            return p - h;
        p++;
    }
    return -1;
}

static intptr_t bytes_rfind(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn)
        return -1;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (memcmp(h + i, n, nn) == 0)
            return (intptr_t)i;
    return -1;
}

/* Non-overlapping occurrences of a non-empty needle, at most max. */
static size_t bytes_count(const char *h, size_t hn, const char *n, size_t nn, size_t max)
{
    size_t count = 0, pos = 0;
    while (count < max) {
        intptr_t f = bytes_find(h + pos, hn - pos, n, nn);
        if (f < 0)
            break;
        count++;
        pos += (size_t)f + nn;
    }
    return count;
}

/******************************************************************************/
/* find, rfind, index, rindex, count                                          */

static int parse_find(const char *fname, rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                      rv_obj_t *kwnames, intptr_t *start, intptr_t *end)
{
    /* METH_VARARGS in 3.11: the message names the bare method. */
    if (rv_arg_no_kw(fname, kwnames) < 0 || varargs_count(fname, nargs, 1, 3) < 0)
        return -1;
    *start = 0;
    *end = INTPTR_MAX;
    if (slice_index(nargs > 1 ? args[1] : NULL, start) < 0 ||
        slice_index(nargs > 2 ? args[2] : NULL, end) < 0)
        return -1;
    if (need_str(args[0], "") < 0)
        return -1;
    adjust_indices(start, end, rv_str_len(self));
    return 0;
}

/* any_find_slice: code-point index of sub in self[start:end], or -1. */
static intptr_t find_slice(rv_obj_t *self, rv_obj_t *sub, intptr_t start, intptr_t end, int dir)
{
    if (end - start < (intptr_t)rv_str_len(sub))
        return -1;
    size_t a = rv_str_offset(self, (size_t)start), b = rv_str_offset(self, (size_t)end);
    const char *h = rv_str_utf8(self) + a;
    intptr_t r = dir > 0 ? bytes_find(h, b - a, rv_str_utf8(sub), rv_str_nbytes(sub))
                         : bytes_rfind(h, b - a, rv_str_utf8(sub), rv_str_nbytes(sub));
    if (r < 0)
        return -1;
    return start + (intptr_t)rv_utf8_count(h, (size_t)r);
}

static rv_obj_t *find_common(const char *fname, int dir, bool raise, rv_obj_t *self,
                             rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    intptr_t start, end;
    if (parse_find(fname, self, args, nargs, kwnames, &start, &end) < 0)
        return NULL;
    intptr_t r = find_slice(self, args[0], start, end, dir);
    if (r < 0 && raise) {
        rv_err_format(&rv_exc_ValueError, "substring not found");
        return NULL;
    }
    return rv_int_from_i64(r);
}

static rv_obj_t *str_find(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return find_common("find", 1, false, self, args, nargs, kwnames);
}

static rv_obj_t *str_rfind(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return find_common("rfind", -1, false, self, args, nargs, kwnames);
}

static rv_obj_t *str_index(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return find_common("index", 1, true, self, args, nargs, kwnames);
}

static rv_obj_t *str_rindex(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    return find_common("rindex", -1, true, self, args, nargs, kwnames);
}

/* anylib_count over self[start:end]; the empty string occurs between
 * every two code points and at both ends. */
static rv_obj_t *str_count(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    intptr_t start, end;
    if (parse_find("count", self, args, nargs, kwnames, &start, &end) < 0)
        return NULL;
    rv_obj_t *sub = args[0];
    if (end - start < (intptr_t)rv_str_len(sub))
        return rv_int_from_i64(0);
    if (rv_str_len(sub) == 0)
        return rv_int_from_i64(end - start + 1);
    size_t a = rv_str_offset(self, (size_t)start), b = rv_str_offset(self, (size_t)end);
    size_t n = bytes_count(rv_str_utf8(self) + a, b - a, rv_str_utf8(sub), rv_str_nbytes(sub),
                           SIZE_MAX);
    return rv_int_from_i64((int64_t)n);
}

/******************************************************************************/
/* startswith, endswith                                                       */

/* tailmatch */
static bool tailmatch(rv_obj_t *self, rv_obj_t *sub, intptr_t start, intptr_t end, int dir)
{
    adjust_indices(&start, &end, rv_str_len(self));
    end -= (intptr_t)rv_str_len(sub);
    if (end < start)
        return false;
    if (rv_str_len(sub) == 0)
        return true;
    size_t at = rv_str_offset(self, (size_t)(dir > 0 ? end : start));
    size_t limit = rv_str_offset(self, (size_t)end + rv_str_len(sub));
    size_t n = rv_str_nbytes(sub);
    return at + n <= limit && memcmp(rv_str_utf8(self) + at, rv_str_utf8(sub), n) == 0;
}

static rv_obj_t *affix_common(const char *fname, int dir, rv_obj_t *self, rv_obj_t *const *args,
                              size_t nargs, rv_obj_t *kwnames)
{
    /* METH_VARARGS in 3.11: the message names the bare method. */
    if (rv_arg_no_kw(fname, kwnames) < 0 || varargs_count(fname, nargs, 1, 3) < 0)
        return NULL;
    intptr_t start = 0, end = INTPTR_MAX;
    if (slice_index(nargs > 1 ? args[1] : NULL, &start) < 0 ||
        slice_index(nargs > 2 ? args[2] : NULL, &end) < 0)
        return NULL;
    rv_obj_t *x = args[0];
    if (RV_IS(x, rv_tuple_type) || rv_isinstance(x, &rv_tuple_type)) {
        for (size_t i = 0; i < rv_tuple_len(x); i++) {
            rv_obj_t *sub = rv_tuple_get_borrow(x, i);
            if (!is_str(sub)) {
                rv_err_format(&rv_exc_TypeError, "tuple for %s must only contain str, not %s",
                              fname, RV_TYPE_NAME(sub));
                return NULL;
            }
            if (tailmatch(self, sub, start, end, dir))
                return rv_bool_from(true);
        }
        return rv_bool_from(false);
    }
    if (!is_str(x)) {
        rv_err_format(&rv_exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                      fname, RV_TYPE_NAME(x));
        return NULL;
    }
    return rv_bool_from(tailmatch(self, x, start, end, dir));
}

static rv_obj_t *str_startswith(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    return affix_common("startswith", -1, self, args, nargs, kwnames);
}

static rv_obj_t *str_endswith(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    return affix_common("endswith", 1, self, args, nargs, kwnames);
}

static rv_obj_t *affix_remove(const char *fname, bool suffix, rv_obj_t *self,
                              rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    char q[32], what[48];
    snprintf(q, sizeof q, "str.%s", fname);
    if (posonly(q, fname, nargs, kwnames, 1, 1) < 0)
        return NULL;
    snprintf(what, sizeof what, "%s() argument ", fname);
    if (need_str(args[0], what) < 0)
        return NULL;
    rv_obj_t *a = args[0];
    size_t n = rv_str_nbytes(a), sn = rv_str_nbytes(self);
    const char *d = rv_str_utf8(self);
    if (n == 0 || n > sn)
        return rv_str_unchanged(self);
    if (!suffix && memcmp(d, rv_str_utf8(a), n) == 0)
        return rv_str_from_utf8(d + n, sn - n);
    if (suffix && memcmp(d + sn - n, rv_str_utf8(a), n) == 0)
        return rv_str_from_utf8(d, sn - n);
    return rv_str_unchanged(self);
}

static rv_obj_t *str_removeprefix(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kwnames)
{
    return affix_remove("removeprefix", false, self, args, nargs, kwnames);
}

static rv_obj_t *str_removesuffix(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kwnames)
{
    return affix_remove("removesuffix", true, self, args, nargs, kwnames);
}

/******************************************************************************/
/* strip, lstrip, rstrip                                                      */

enum { LEFT = 1, RIGHT = 2, BOTH = 3 };

static bool in_chars(const sview_t *chars, uint32_t c)
{
    for (size_t k = 0; k < chars->len; k++)
        if (view_at(chars, k) == c)
            return true;
    return false;
}

/* do_strip / do_argstrip */
static rv_obj_t *strip_common(const char *fname, int where, rv_obj_t *self, rv_obj_t *const *args,
                              size_t nargs, rv_obj_t *kwnames)
{
    char q[32];
    snprintf(q, sizeof q, "str.%s", fname);
    if (posonly(q, fname, nargs, kwnames, 0, 1) < 0)
        return NULL;
    rv_obj_t *chars = nargs ? args[0] : NULL;
    if (chars == rv_None)
        chars = NULL;
    if (chars && !is_str(chars)) {
        rv_err_format(&rv_exc_TypeError, "%s arg must be None or str", fname);
        return NULL;
    }
    sview_t v, cv;
    view_init(&v, self);
    if (chars)
        view_init(&cv, chars);
    size_t i = 0, j = v.len;
    if (where & LEFT)
        while (i < j && (chars ? in_chars(&cv, view_at(&v, i)) : is_space(view_at(&v, i))))
            i++;
    if (where & RIGHT)
        while (j > i && (chars ? in_chars(&cv, view_at(&v, j - 1)) : is_space(view_at(&v, j - 1))))
            j--;
    rv_obj_t *r = view_sub(&v, i, j);
    view_free(&v);
    if (chars)
        view_free(&cv);
    return r;
}

static rv_obj_t *str_strip(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return strip_common("strip", BOTH, self, args, nargs, kwnames);
}

static rv_obj_t *str_lstrip(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return strip_common("lstrip", LEFT, self, args, nargs, kwnames);
}

static rv_obj_t *str_rstrip(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return strip_common("rstrip", RIGHT, self, args, nargs, kwnames);
}

/******************************************************************************/
/* split, rsplit, splitlines                                                  */

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
    if (!item)
        return -1;
    rv_list_t *o = RV_LIST(l);
    if (o->len < o->cap) {
        o->items[o->len++] = item;
        return 0;
    }
    int r = rv_list_append(l, item);
    rv_decref(item);
    return r;
}

static void list_reverse(rv_obj_t *l)
{
    rv_list_t *o = RV_LIST(l);
    for (size_t i = 0, j = o->len; i + 1 < j; i++, j--) {
        rv_obj_t *t = o->items[i];
        o->items[i] = o->items[j - 1];
        o->items[j - 1] = t;
    }
}

/* split_whitespace / rsplit_whitespace (stringlib/split.h). */
static int split_ws(rv_obj_t *l, const sview_t *v, intptr_t maxcount, bool reverse)
{
    size_t n = v->len;
    if (!reverse) {
        size_t i = 0, j;
        while (maxcount-- > 0) {
            while (i < n && is_space(view_at(v, i)))
                i++;
            if (i == n)
                break;
            j = i++;
            while (i < n && !is_space(view_at(v, i)))
                i++;
            if (split_add(l, view_sub(v, j, i)) < 0)
                return -1;
            if (j == 0 && i == n)
                break;
        }
        if (i < n) {
            while (i < n && is_space(view_at(v, i)))
                i++;
            if (i != n && split_add(l, view_sub(v, i, n)) < 0)
                return -1;
        }
        return 0;
    }
    size_t i = n, j; /* i: one past the character CPython's i points at */
    while (maxcount-- > 0) {
        while (i > 0 && is_space(view_at(v, i - 1)))
            i--;
        if (i == 0)
            break;
        j = i--;
        while (i > 0 && !is_space(view_at(v, i - 1)))
            i--;
        if (split_add(l, view_sub(v, i, j)) < 0)
            return -1;
        if (j == n && i == 0)
            break;
    }
    if (i > 0) {
        while (i > 0 && is_space(view_at(v, i - 1)))
            i--;
        if (i > 0 && split_add(l, view_sub(v, 0, i)) < 0)
            return -1;
    }
    list_reverse(l);
    return 0;
}

/* split / rsplit with a separator, on bytes. */
static int split_sep(rv_obj_t *l, rv_obj_t *self, rv_obj_t *sep, intptr_t maxcount, bool reverse)
{
    const char *d = rv_str_utf8(self), *s = rv_str_utf8(sep);
    size_t n = rv_str_nbytes(self), sn = rv_str_nbytes(sep);
    size_t count = 0;
    if (!reverse) {
        size_t i = 0;
        while (maxcount-- > 0) {
            intptr_t pos = bytes_find(d + i, n - i, s, sn);
            if (pos < 0)
                break;
            if (split_add(l, rv_str_from_utf8(d + i, (size_t)pos)) < 0)
                return -1;
            count++;
            i += (size_t)pos + sn;
        }
        if (count == 0)
            return split_add(l, rv_str_unchanged(self));
        return split_add(l, rv_str_from_utf8(d + i, n - i));
    }
    size_t j = n;
    while (maxcount-- > 0) {
        intptr_t pos = bytes_rfind(d, j, s, sn);
        if (pos < 0)
            break;
        size_t from = (size_t)pos + sn;
        if (split_add(l, rv_str_from_utf8(d + from, j - from)) < 0)
            return -1;
        count++;
        j = (size_t)pos;
    }
    if (count == 0)
        return split_add(l, rv_str_unchanged(self));
    if (split_add(l, rv_str_from_utf8(d, j)) < 0)
        return -1;
    list_reverse(l);
    return 0;
}

static rv_obj_t *split_common(const char *fname, bool reverse, rv_obj_t *self,
                              rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    static const char *const names[] = { "sep", "maxsplit" };
    rv_obj_t *a[2];
    if (rv_str_unpack_kw(fname, args, nargs, kwnames, names, 2, 0, a) < 0)
        return NULL;
    rv_obj_t *sep = a[0] == rv_None ? NULL : a[0];
    intptr_t maxcount = -1;
    if (sep && !is_str(sep)) {
        rv_err_format(&rv_exc_TypeError, "must be str or None, not %s", RV_TYPE_NAME(sep));
        return NULL;
    }
    if (a[1] && as_index(a[1], &maxcount, false) < 0)
        return NULL;
    if (maxcount < 0)
        maxcount = INTPTR_MAX;
    if (sep && rv_str_len(sep) == 0) {
        rv_err_format(&rv_exc_ValueError, "empty separator");
        return NULL;
    }
    if (sep && rv_str_len(self) < rv_str_len(sep)) {
        rv_obj_t *l = rv_list_new(1);
        rv_list_set_steal(l, 0, rv_str_unchanged(self));
        return l;
    }
    rv_obj_t *l = split_list(maxcount);
    int r;
    if (sep) {
        r = split_sep(l, self, sep, maxcount, reverse);
    } else {
        sview_t v;
        view_init(&v, self);
        r = split_ws(l, &v, maxcount, reverse);
        view_free(&v);
    }
    if (r < 0) {
        rv_decref(l);
        return NULL;
    }
    return l;
}

static rv_obj_t *str_split(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return split_common("split", false, self, args, nargs, kwnames);
}

static rv_obj_t *str_rsplit(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return split_common("rsplit", true, self, args, nargs, kwnames);
}

/* stringlib splitlines: \r\n is one break; the list grows by appends. */
static rv_obj_t *str_splitlines(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    static const char *const names[] = { "keepends" };
    rv_obj_t *a[1];
    intptr_t keepends = 0;
    if (rv_str_unpack_kw("splitlines", args, nargs, kwnames, names, 1, 0, a) < 0)
        return NULL;
    if (a[0] && as_index(a[0], &keepends, true) < 0)
        return NULL;
    rv_obj_t *l = rv_list_new(0);
    sview_t v;
    view_init(&v, self);
    size_t n = v.len;
    for (size_t i = 0, j = 0; i < n;) {
        while (i < n && !is_linebreak(view_at(&v, i)))
            i++;
        size_t eol = i;
        if (i < n) {
            if (view_at(&v, i) == '\r' && i + 1 < n && view_at(&v, i + 1) == '\n')
                i += 2;
            else
                i++;
            if (keepends)
                eol = i;
        }
        rv_obj_t *line = view_sub(&v, j, eol);
        int r = rv_list_append(l, line);
        rv_decref(line);
        if (r < 0) {
            rv_decref(l);
            l = NULL;
            break;
        }
        if (j == 0 && eol == n)
            break;
        j = i;
    }
    view_free(&v);
    return l;
}

/******************************************************************************/
/* partition, rpartition                                                      */

static rv_obj_t *partition_common(const char *fname, bool reverse, rv_obj_t *self,
                                  rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    char q[32];
    snprintf(q, sizeof q, "str.%s", fname);
    if (posonly(q, fname, nargs, kwnames, 1, 1) < 0 || need_str(args[0], "") < 0)
        return NULL;
    rv_obj_t *sep = args[0];
    if (rv_str_len(sep) == 0) {
        rv_err_format(&rv_exc_ValueError, "empty separator");
        return NULL;
    }
    const char *d = rv_str_utf8(self);
    size_t n = rv_str_nbytes(self), sn = rv_str_nbytes(sep);
    intptr_t pos = reverse ? bytes_rfind(d, n, rv_str_utf8(sep), sn)
                           : bytes_find(d, n, rv_str_utf8(sep), sn);
    rv_obj_t *t = rv_tuple_new(3);
    if (pos < 0) {
        rv_tuple_set_steal(t, reverse ? 2 : 0, rv_str_unchanged(self));
        rv_tuple_set_steal(t, 1, rv_str_from_parts("", 0, 0, 0));
        rv_tuple_set_steal(t, reverse ? 0 : 2, rv_str_from_parts("", 0, 0, 0));
        return t;
    }
    /* The separator itself is the middle item (stringlib partition). */
    rv_tuple_set_steal(t, 0, rv_str_from_utf8(d, (size_t)pos));
    rv_tuple_set_steal(t, 1, rv_incref(sep));
    rv_tuple_set_steal(t, 2, rv_str_from_utf8(d + pos + sn, n - (size_t)pos - sn));
    return t;
}

static rv_obj_t *str_partition(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    return partition_common("partition", false, self, args, nargs, kwnames);
}

static rv_obj_t *str_rpartition(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    return partition_common("rpartition", true, self, args, nargs, kwnames);
}

/******************************************************************************/
/* join                                                                       */

/* PyUnicode_Join: PySequence_Fast, then one copy.  A single exact str item
 * is returned itself; otherwise the result is a new object even when it is
 * one character long (''.join(['', 'b']) is not the cached 'b'). */
rv_obj_t *rv_str_join(rv_obj_t *sep, rv_obj_t *iterable)
{
    rv_obj_t *fseq = rv_sequence_fast(iterable, "can only join an iterable");
    if (!fseq)
        return NULL;
    size_t n;
    rv_obj_t *const *seq = rv_sequence_fast_items(fseq, &n);
    rv_obj_t *r = NULL;
    if (n == 0) {
        r = rv_str_from_parts("", 0, 0, 0);
        goto done;
    }
    if (n == 1 && RV_IS(seq[0], rv_str_type)) {
        r = rv_incref(seq[0]);
        goto done;
    }
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_str(seq[i])) {
            rv_err_format(&rv_exc_TypeError, "sequence item %zu: expected str instance, %s found",
                          i, RV_TYPE_NAME(seq[i]));
            goto done_fail;
        }
        total += rv_str_nbytes(seq[i]);
    }
    total += (n - 1) * rv_str_nbytes(sep);
    if (rv_str_check_size(total) < 0)
        goto done_fail;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_reserve(&b, total);
    for (size_t i = 0; i < n; i++) {
        if (i)
            rv_buf_add(&b, rv_str_utf8(sep), rv_str_nbytes(sep));
        rv_buf_add(&b, rv_str_utf8(seq[i]), rv_str_nbytes(seq[i]));
    }
    r = uncached_from_buf_free(&b);
done:
    rv_decref(fseq);
    return r;
done_fail:
    r = NULL;
    goto done;
}

static rv_obj_t *str_join(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    if (posonly("str.join", "join", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return rv_str_join(self, args[0]);
}

/******************************************************************************/
/* replace                                                                    */

/* replace() in unicodeobject.c, on bytes.  An empty `old` inserts `new`
 * before every code point and at the end, up to count times. */
static rv_obj_t *str_replace(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    if (posonly("str.replace", "replace", nargs, kwnames, 2, 3) < 0 ||
        need_str(args[0], "replace() argument 1 ") < 0 ||
        need_str(args[1], "replace() argument 2 ") < 0)
        return NULL;
    rv_obj_t *old = args[0], *new = args[1];
    intptr_t maxcount = -1;
    if (nargs > 2 && as_index(args[2], &maxcount, false) < 0)
        return NULL;
    size_t slen = rv_str_len(self), len1 = rv_str_len(old);
    if (slen < len1 || maxcount == 0 || old == new)
        return rv_str_unchanged(self);
    size_t max = maxcount < 0 ? SIZE_MAX : (size_t)maxcount;
    const char *d = rv_str_utf8(self), *o = rv_str_utf8(old), *w = rv_str_utf8(new);
    size_t n = rv_str_nbytes(self), on = rv_str_nbytes(old), wn = rv_str_nbytes(new);
    size_t count = len1 == 0 ? (slen + 1 < max ? slen + 1 : max) : bytes_count(d, n, o, on, max);
    if (count == 0 || (len1 == 0 && rv_str_len(new) == 0))
        return rv_str_unchanged(self);
    if (wn > on && rv_str_check_size(n + count * (wn - on)) < 0)
        return NULL;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_reserve(&b, n + (wn > on ? count * (wn - on) : 0));
    size_t i = 0;
    if (len1 == 0) {
        for (size_t k = 0; k < count; k++) {
            rv_buf_add(&b, w, wn);
            if (i < n) {
                size_t c = i + 1;
                while (c < n && ((unsigned char)d[c] & 0xC0) == 0x80)
                    c++;
                rv_buf_add(&b, d + i, c - i);
                i = c;
            }
        }
    } else {
        for (size_t k = 0; k < count; k++) {
            size_t pos = i + (size_t)bytes_find(d + i, n - i, o, on);
            rv_buf_add(&b, d + i, pos - i);
            rv_buf_add(&b, w, wn);
            i = pos + on;
        }
    }
    rv_buf_add(&b, d + i, n - i);
    return uncached_from_buf_free(&b);
}

/******************************************************************************/
/* padding: center, ljust, rjust, zfill                                       */

static rv_obj_t *pad(rv_obj_t *self, size_t left, size_t right, rv_obj_t *fill)
{
    size_t fn = rv_str_nbytes(fill), n = rv_str_nbytes(self);
    if (rv_str_check_size(n + (left + right) * fn) < 0)
        return NULL;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_reserve(&b, n + (left + right) * fn);
    for (size_t i = 0; i < left; i++)
        rv_buf_add(&b, rv_str_utf8(fill), fn);
    rv_buf_add(&b, rv_str_utf8(self), n);
    for (size_t i = 0; i < right; i++)
        rv_buf_add(&b, rv_str_utf8(fill), fn);
    return uncached_from_buf_free(&b);
}

enum { JUST_LEFT, JUST_RIGHT, JUST_CENTER };

static rv_obj_t *just_common(const char *fname, int how, rv_obj_t *self, rv_obj_t *const *args,
                             size_t nargs, rv_obj_t *kwnames)
{
    char q[32];
    snprintf(q, sizeof q, "str.%s", fname);
    if (posonly(q, fname, nargs, kwnames, 1, 2) < 0)
        return NULL;
    intptr_t width;
    if (as_index(args[0], &width, false) < 0)
        return NULL;
    rv_obj_t *fill = NULL;
    if (nargs > 1) {
        fill = args[1];
        if (!is_str(fill)) {
            rv_err_format(&rv_exc_TypeError,
                          "The fill character must be a unicode character, not %s",
                          RV_TYPE_NAME(fill));
            return NULL;
        }
        if (rv_str_len(fill) != 1) {
            rv_err_format(&rv_exc_TypeError,
                          "The fill character must be exactly one character long");
            return NULL;
        }
    }
    size_t len = rv_str_len(self);
    if (width <= (intptr_t)len)
        return rv_str_unchanged(self);
    size_t marg = (size_t)width - len, left;
    switch (how) {
    case JUST_LEFT: left = 0; break;
    case JUST_RIGHT: left = marg; break;
    default: left = marg / 2 + (marg & (size_t)width & 1); break;
    }
    rv_obj_t *space = fill ? NULL : rv_str_from_codepoint(' ');
    rv_obj_t *r = pad(self, left, marg - left, fill ? fill : space);
    rv_xdecref(space);
    return r;
}

static rv_obj_t *str_center(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    return just_common("center", JUST_CENTER, self, args, nargs, kwnames);
}

static rv_obj_t *str_ljust(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return just_common("ljust", JUST_LEFT, self, args, nargs, kwnames);
}

static rv_obj_t *str_rjust(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return just_common("rjust", JUST_RIGHT, self, args, nargs, kwnames);
}

/* unicode_zfill_impl: zeros go after a leading sign. */
static rv_obj_t *str_zfill(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    intptr_t width;
    if (posonly("str.zfill", "zfill", nargs, kwnames, 1, 1) < 0 ||
        as_index(args[0], &width, false) < 0)
        return NULL;
    size_t len = rv_str_len(self), n = rv_str_nbytes(self);
    if (width <= (intptr_t)len)
        return rv_str_unchanged(self);
    size_t fill = (size_t)width - len;
    if (rv_str_check_size(n + fill) < 0)
        return NULL;
    const char *d = rv_str_utf8(self);
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_reserve(&b, n + fill);
    size_t skip = 0;
    if (n && (d[0] == '+' || d[0] == '-')) {
        rv_buf_addc(&b, d[0]);
        skip = 1;
    }
    for (size_t i = 0; i < fill; i++)
        rv_buf_addc(&b, '0');
    rv_buf_add(&b, d + skip, n - skip);
    return uncached_from_buf_free(&b);
}

/******************************************************************************/
/* expandtabs                                                                 */

static rv_obj_t *str_expandtabs(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    static const char *const names[] = { "tabsize" };
    rv_obj_t *a[1];
    intptr_t tabsize = 8;
    if (rv_str_unpack_kw("expandtabs", args, nargs, kwnames, names, 1, 0, a) < 0)
        return NULL;
    if (a[0] && as_index(a[0], &tabsize, true) < 0)
        return NULL;
    const char *d = rv_str_utf8(self);
    size_t n = rv_str_nbytes(self);
    if (!memchr(d, '\t', n))
        return rv_str_unchanged(self);
    /* The size first, as stringlib does: a result past the str limit is
     * refused before any of it is written (filling gigabytes space by
     * space took minutes), and the buffer is then sized once. */
    size_t total = 0, col = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == '\t') {
            if (tabsize > 0) {
                size_t incr = (size_t)tabsize - col % (size_t)tabsize;
                col += incr;
                total += incr;
            }
        } else {
            total++;
            if ((c & 0xC0) != 0x80)
                col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        if (rv_str_check_size(total) < 0)
            return NULL;
    }
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_reserve(&b, total);
    size_t line_pos = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == '\t') {
            if (tabsize > 0) {
                size_t incr = (size_t)tabsize - line_pos % (size_t)tabsize;
                line_pos += incr;
                if (rv_str_check_size(b.len + incr) < 0) {
                    rv_buf_free(&b);
                    return NULL;
                }
                for (size_t k = 0; k < incr; k++)
                    rv_buf_addc(&b, ' ');
            }
            continue;
        }
        rv_buf_addc(&b, (char)c);
        if ((c & 0xC0) == 0x80)
            continue; /* a continuation byte: same code point */
        line_pos++;
        if (c == '\n' || c == '\r')
            line_pos = 0;
    }
    return str_from_buf_free(&b);
}

/******************************************************************************/
/* case mapping: upper, lower, capitalize, title, swapcase, casefold          */

/* handle_capital_sigma: a capital sigma at the end of a cased word
 * (\p{cased} \p{case-ignorable}* U+03A3 !(\p{case-ignorable}* \p{cased}))
 * lowers to the final form. */
static uint32_t capital_sigma(const sview_t *v, size_t i)
{
    size_t j = i;
    uint32_t c = 0;
    while (j > 0) {
        c = view_at(v, --j);
        if (!rv_ucd_has(c, RV_UCD_CASE_IGNORABLE))
            break;
    }
    bool final = i > 0 && !rv_ucd_has(c, RV_UCD_CASE_IGNORABLE) && rv_ucd_is_cased(c);
    if (final) {
        for (j = i + 1; j < v->len; j++) {
            c = view_at(v, j);
            if (!rv_ucd_has(c, RV_UCD_CASE_IGNORABLE))
                break;
        }
        final = j == v->len || !rv_ucd_is_cased(c);
    }
    return final ? 0x3C2 : 0x3C3;
}

/* lower_ucs4 */
static size_t lower_at(const sview_t *v, size_t i, uint32_t out[3])
{
    uint32_t c = view_at(v, i);
    if (c == 0x3A3) {
        out[0] = capital_sigma(v, i);
        return 1;
    }
    return rv_ucd_map_case(RV_UCD_TO_LOWER, c, out);
}

typedef enum { CASE_UPPER, CASE_LOWER, CASE_CAPITALIZE, CASE_TITLE, CASE_SWAP, CASE_FOLD } casing_t;

static size_t map_one(casing_t how, const sview_t *v, size_t i, bool *prev_cased, uint32_t out[3])
{
    uint32_t c = view_at(v, i);
    size_t n;
    switch (how) {
    case CASE_UPPER:
        return rv_ucd_map_case(RV_UCD_TO_UPPER, c, out);
    case CASE_LOWER:
        return lower_at(v, i, out);
    case CASE_FOLD:
        return rv_ucd_map_case(RV_UCD_TO_FOLD, c, out);
    case CASE_CAPITALIZE:
        return i == 0 ? rv_ucd_map_case(RV_UCD_TO_TITLE, c, out) : lower_at(v, i, out);
    case CASE_TITLE:
        n = *prev_cased ? lower_at(v, i, out) : rv_ucd_map_case(RV_UCD_TO_TITLE, c, out);
        *prev_cased = rv_ucd_is_cased(c);
        return n;
    default: /* CASE_SWAP */
        if (rv_ucd_has(c, RV_UCD_UPPER))
            return lower_at(v, i, out);
        if (rv_ucd_has(c, RV_UCD_LOWER))
            return rv_ucd_map_case(RV_UCD_TO_UPPER, c, out);
        out[0] = c;
        return 1;
    }
}

/* Always a new object, as case_operation's PyUnicode_New makes one: even
 * 'A'.lower() is not the cached 'a'. */
static rv_obj_t *case_common(const char *qualname, casing_t how, rv_obj_t *self, size_t nargs,
                             rv_obj_t *kwnames)
{
    if (posonly(qualname, qualname, nargs, kwnames, 0, 0) < 0)
        return NULL;
    sview_t v;
    view_init(&v, self);
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_reserve(&b, rv_str_nbytes(self));
    bool prev_cased = false;
    for (size_t i = 0; i < v.len; i++) {
        uint32_t out[3];
        size_t n = map_one(how, &v, i, &prev_cased, out);
        for (size_t k = 0; k < n; k++)
            rv_buf_add_utf8(&b, out[k]);
    }
    view_free(&v);
    return uncached_from_buf_free(&b);
}

#define CASE_METHOD(fn, qual, how)                                                          \
    static rv_obj_t *fn(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,               \
                        rv_obj_t *kwnames)                                                  \
    {                                                                                       \
        (void)args;                                                                         \
        return case_common(qual, how, self, nargs, kwnames);                                \
    }

CASE_METHOD(str_upper, "str.upper", CASE_UPPER)
CASE_METHOD(str_lower, "str.lower", CASE_LOWER)
CASE_METHOD(str_capitalize, "str.capitalize", CASE_CAPITALIZE)
CASE_METHOD(str_title, "str.title", CASE_TITLE)
CASE_METHOD(str_swapcase, "str.swapcase", CASE_SWAP)
CASE_METHOD(str_casefold, "str.casefold", CASE_FOLD)

/******************************************************************************/
/* predicates: isalpha, isdigit, ... , isidentifier, istitle                  */

/* "Every character has the property, and there is one" (isprintable and
 * isascii: no character needed). */
static rv_obj_t *all_have(const char *qualname, unsigned flags, bool empty_ok, rv_obj_t *self,
                          size_t nargs, rv_obj_t *kwnames)
{
    if (posonly(qualname, qualname, nargs, kwnames, 0, 0) < 0)
        return NULL;
    sview_t v;
    view_init(&v, self);
    bool ok = v.len > 0 || empty_ok;
    for (size_t i = 0; ok && i < v.len; i++)
        ok = (rv_ucd_flags(view_at(&v, i)) & flags) != 0;
    view_free(&v);
    return rv_bool_from(ok);
}

#define PRED_METHOD(fn, qual, flags, empty_ok)                                              \
    static rv_obj_t *fn(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,               \
                        rv_obj_t *kwnames)                                                  \
    {                                                                                       \
        (void)args;                                                                         \
        return all_have(qual, flags, empty_ok, self, nargs, kwnames);                       \
    }

PRED_METHOD(str_isalpha, "str.isalpha", RV_UCD_ALPHA, false)
PRED_METHOD(str_isdecimal, "str.isdecimal", RV_UCD_DECIMAL, false)
PRED_METHOD(str_isdigit, "str.isdigit", RV_UCD_DIGIT, false)
PRED_METHOD(str_isnumeric, "str.isnumeric", RV_UCD_NUMERIC, false)
PRED_METHOD(str_isspace, "str.isspace", RV_UCD_SPACE, false)
PRED_METHOD(str_isprintable, "str.isprintable", RV_UCD_PRINTABLE, true)
PRED_METHOD(str_isalnum, "str.isalnum",
            RV_UCD_ALPHA | RV_UCD_DECIMAL | RV_UCD_DIGIT | RV_UCD_NUMERIC, false)

static rv_obj_t *str_isascii(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    (void)args;
    if (posonly("str.isascii", "", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return rv_bool_from(RV_STR(self)->maxchar < 0x80);
}

/* unicode_isupper_impl / unicode_islower_impl: no character of the other
 * case or titlecase, and at least one of this case. */
static rv_obj_t *case_pred(const char *qualname, unsigned want, unsigned reject, rv_obj_t *self,
                           size_t nargs, rv_obj_t *kwnames)
{
    if (posonly(qualname, qualname, nargs, kwnames, 0, 0) < 0)
        return NULL;
    sview_t v;
    view_init(&v, self);
    bool cased = false, ok = true;
    for (size_t i = 0; ok && i < v.len; i++) {
        unsigned f = rv_ucd_flags(view_at(&v, i));
        if (f & reject)
            ok = false;
        else if (f & want)
            cased = true;
    }
    view_free(&v);
    return rv_bool_from(ok && cased);
}

static rv_obj_t *str_isupper(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    (void)args;
    return case_pred("str.isupper", RV_UCD_UPPER, RV_UCD_LOWER | RV_UCD_TITLE, self, nargs,
                     kwnames);
}

static rv_obj_t *str_islower(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    (void)args;
    return case_pred("str.islower", RV_UCD_LOWER, RV_UCD_UPPER | RV_UCD_TITLE, self, nargs,
                     kwnames);
}

/* unicode_istitle_impl: uppercase/titlecase only after uncased characters,
 * lowercase only after cased ones. */
static rv_obj_t *str_istitle(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    (void)args;
    if (posonly("str.istitle", "", nargs, kwnames, 0, 0) < 0)
        return NULL;
    sview_t v;
    view_init(&v, self);
    bool cased = false, prev = false, ok = true;
    for (size_t i = 0; ok && i < v.len; i++) {
        unsigned f = rv_ucd_flags(view_at(&v, i));
        if (f & (RV_UCD_UPPER | RV_UCD_TITLE)) {
            ok = !prev;
            prev = cased = true;
        } else if (f & RV_UCD_LOWER) {
            ok = prev;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    view_free(&v);
    return rv_bool_from(ok && cased);
}

/* PyUnicode_IsIdentifier: XID_Start or '_', then XID_Continue. */
static rv_obj_t *str_isidentifier(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kwnames)
{
    (void)args;
    if (posonly("str.isidentifier", "", nargs, kwnames, 0, 0) < 0)
        return NULL;
    sview_t v;
    view_init(&v, self);
    bool ok = v.len > 0 && rv_ucd_has(view_at(&v, 0), RV_UCD_XID_START);
    for (size_t i = 1; ok && i < v.len; i++)
        ok = rv_ucd_has(view_at(&v, i), RV_UCD_XID_CONTINUE);
    view_free(&v);
    return rv_bool_from(ok);
}

/******************************************************************************/
/* format, format_map, encode                                                 */

static rv_obj_t *str_format(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    return rv_str_dot_format(self, args, nargs, kwnames);
}

/* A dict's str keys become keyword arguments (other keys cannot be named by
 * a replacement field).  Deviation: '{0}'.format_map(d) reports the
 * positional field as str.format does, not CPython's "Format string
 * contains positional fields"; mappings other than dict are not supported. */
static rv_obj_t *str_format_map(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    if (posonly("str.format_map", "", nargs, kwnames, 1, 1) < 0)
        return NULL;
    rv_obj_t *m = args[0];
    if (!rv_isinstance(m, &rv_dict_type)) {
        rv_err_format(&rv_exc_RefvizUnsupported, "format_map() with a '%s' mapping",
                      RV_TYPE_NAME(m));
        return NULL;
    }
    size_t n = 0, pos = 0;
    rv_obj_t *k, *val;
    while (rv_dict_next(m, &pos, &k, &val))
        n += is_str(k);
    rv_obj_t *names = rv_tuple_new(n);
    rv_obj_t **values = rv_malloc(rv_mul_size(n ? n : 1, sizeof *values));
    size_t i = 0;
    pos = 0;
    while (rv_dict_next(m, &pos, &k, &val)) {
        if (is_str(k) && i < n) {
            rv_tuple_set_steal(names, i, rv_incref(k));
            values[i++] = val;
        }
    }
    rv_obj_t *r = rv_str_dot_format(self, values, 0, n ? names : NULL);
    rv_free(values);
    rv_decref(names);
    return r;
}

/* str.encode(encoding='utf-8', errors='strict') */
static rv_obj_t *str_encode(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    static const char *const names[] = { "encoding", "errors" };
    rv_obj_t *a[2];
    if (rv_str_unpack_kw("encode", args, nargs, kwnames, names, 2, 0, a) < 0)
        return NULL;
    for (int i = 0; i < 2; i++) {
        if (a[i] && !is_str(a[i])) {
            rv_err_format(&rv_exc_TypeError, "encode() argument '%s' must be str, not %s",
                          names[i], rv_arg_type_name(a[i]));
            return NULL;
        }
    }
    return rv_codec_encode(self, a[0], a[1]);
}

/******************************************************************************/
/* maketrans, translate                                                       */

/* One character's code point as an int key of a translation table. */
static rv_obj_t *ord_key(rv_obj_t *s)
{
    const char *p = rv_str_utf8(s);
    return rv_int_from_i64(rv_utf8_decode(&p));
}

/* maketrans({char or int: value}): the keys as code points. */
static rv_obj_t *maketrans_dict(rv_obj_t *x)
{
    if (x->type != &rv_dict_type) {
        rv_err_format(&rv_exc_TypeError,
                      "if you give only one argument to maketrans it must be a dict");
        return NULL;
    }
    rv_obj_t *r = rv_dict_new();
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(x, &pos, &k, &v)) {
        rv_obj_t *key;
        if (is_str(k)) {
            if (rv_str_len(k) != 1) {
                rv_err_format(&rv_exc_ValueError,
                              "string keys in translate table must be of length 1");
                rv_decref(r);
                return NULL;
            }
            key = ord_key(k);
        } else if (rv_isinstance(k, &rv_int_type)) {
            key = rv_incref(k); /* as given: True stays True */
        } else {
            rv_err_format(&rv_exc_TypeError, "keys in translate table must be strings or integers");
            rv_decref(r);
            return NULL;
        }
        int e = rv_dict_set(r, key, v);
        rv_decref(key);
        if (e < 0) {
            rv_decref(r);
            return NULL;
        }
    }
    return r;
}

/* str.maketrans(x[, y[, z]]): a static method (bound to the type here, as
 * bytes.maketrans is; CPython's repr is the same). */
static rv_obj_t *str_maketrans(rv_obj_t *cls, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    (void)cls;
    if (rv_arg_no_kw("str.maketrans", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 3) {
        rv_err_format(&rv_exc_TypeError, "maketrans expected at %s %d argument%s, got %zu",
                      nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s",
                      nargs);
        return NULL;
    }
    /* Argument Clinic checks y and z before the body looks at x. */
    for (size_t i = 1; i < nargs; i++)
        if (!is_str(args[i])) {
            rv_err_format(&rv_exc_TypeError, "maketrans() argument %zu must be str, not %s",
                          i + 1, rv_arg_type_name(args[i]));
            return NULL;
        }
    if (nargs == 1)
        return maketrans_dict(args[0]);
    rv_obj_t *x = args[0], *y = args[1];
    if (!is_str(x)) {
        rv_err_format(&rv_exc_TypeError,
                      "first maketrans argument must be a string if there is a second argument");
        return NULL;
    }
    if (rv_str_len(x) != rv_str_len(y)) {
        rv_err_format(&rv_exc_ValueError,
                      "the first two maketrans arguments must have equal length");
        return NULL;
    }
    rv_obj_t *r = rv_dict_new();
    const char *px = rv_str_utf8(x), *py = rv_str_utf8(y);
    for (size_t i = 0; i < rv_str_len(x); i++) {
        rv_obj_t *k = rv_int_from_i64(rv_utf8_decode(&px));
        rv_obj_t *v = rv_int_from_i64(rv_utf8_decode(&py));
        int e = rv_dict_set(r, k, v);
        rv_decref(k);
        rv_decref(v);
        if (e < 0) {
            rv_decref(r);
            return NULL;
        }
    }
    if (nargs == 3) {
        const char *pz = rv_str_utf8(args[2]);
        for (size_t i = 0; i < rv_str_len(args[2]); i++) {
            rv_obj_t *k = rv_int_from_i64(rv_utf8_decode(&pz));
            int e = rv_dict_set(r, k, rv_None);
            rv_decref(k);
            if (e < 0) {
                rv_decref(r);
                return NULL;
            }
        }
    }
    return r;
}

/* One character through the table: appended to out (or left out for None,
 * kept for a LookupError).  Returns 0, or -1 with an exception set. */
static int translate_char(rv_obj_t *table, uint32_t cp, rv_buf_t *out)
{
    rv_obj_t *key = rv_int_from_i64(cp);
    rv_obj_t *v = rv_getitem(table, key);
    rv_decref(key);
    if (!v) {
        if (!rv_err_matches(&rv_exc_LookupError))
            return -1;
        rv_err_clear();
        rv_buf_add_utf8(out, cp);
        return 0;
    }
    int r = 0;
    int64_t n;
    if (v == rv_None) {
        /* deleted */
    } else if (rv_isinstance(v, &rv_int_type)) {
        if (!rv_int_fits_i64(v, &n) || n < 0 || n > 0x10FFFF) {
            rv_err_format(&rv_exc_ValueError, "character mapping must be in range(0x110000)");
            r = -1;
        } else {
            rv_buf_add_utf8(out, (unsigned long)n);
        }
    } else if (is_str(v)) {
        rv_buf_adds(out, rv_str_utf8(v));
    } else {
        rv_err_format(&rv_exc_TypeError, "character mapping must return integer, None or str");
        r = -1;
    }
    rv_decref(v);
    return r;
}

/* str.translate(table): each character looked up by code point with
 * table[ord(c)], as any mapping or sequence answers it.  The result is
 * always a new exact str, as CPython's is. */
static rv_obj_t *str_translate(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    if (posonly("str.translate", "", nargs, kwnames, 1, 1) < 0)
        return NULL;
    rv_buf_t out = RV_BUF_INIT;
    const char *p = rv_str_utf8(self);
    for (size_t i = 0; i < rv_str_len(self); i++) {
        if (translate_char(args[0], rv_utf8_decode(&p), &out) < 0) {
            rv_buf_free(&out);
            return NULL;
        }
    }
    rv_obj_t *r = rv_str_from_buf(&out);
    rv_buf_free(&out);
    return r;
}

/******************************************************************************/

const rv_method_t rv_str_methods[] = {
    { "capitalize", str_capitalize, 0 },
    { "casefold", str_casefold, 0 },
    { "center", str_center, 0 },
    { "count", str_count, 0 },
    { "encode", str_encode, 0 },
    { "endswith", str_endswith, 0 },
    { "expandtabs", str_expandtabs, 0 },
    { "find", str_find, 0 },
    { "format", str_format, 0 },
    { "format_map", str_format_map, 0 },
    { "index", str_index, 0 },
    { "isalnum", str_isalnum, 0 },
    { "isalpha", str_isalpha, 0 },
    { "isascii", str_isascii, 0 },
    { "isdecimal", str_isdecimal, 0 },
    { "isdigit", str_isdigit, 0 },
    { "isidentifier", str_isidentifier, 0 },
    { "islower", str_islower, 0 },
    { "isnumeric", str_isnumeric, 0 },
    { "isprintable", str_isprintable, 0 },
    { "isspace", str_isspace, 0 },
    { "istitle", str_istitle, 0 },
    { "isupper", str_isupper, 0 },
    { "join", str_join, 0 },
    { "ljust", str_ljust, 0 },
    { "lower", str_lower, 0 },
    { "lstrip", str_lstrip, 0 },
    { "maketrans", str_maketrans, RV_METH_CLASS },
    { "partition", str_partition, 0 },
    { "removeprefix", str_removeprefix, 0 },
    { "removesuffix", str_removesuffix, 0 },
    { "replace", str_replace, 0 },
    { "rfind", str_rfind, 0 },
    { "rindex", str_rindex, 0 },
    { "rjust", str_rjust, 0 },
    { "rpartition", str_rpartition, 0 },
    { "rsplit", str_rsplit, 0 },
    { "rstrip", str_rstrip, 0 },
    { "split", str_split, 0 },
    { "splitlines", str_splitlines, 0 },
    { "startswith", str_startswith, 0 },
    { "strip", str_strip, 0 },
    { "swapcase", str_swapcase, 0 },
    { "title", str_title, 0 },
    { "translate", str_translate, 0 },
    { "upper", str_upper, 0 },
    { "zfill", str_zfill, 0 },
    { NULL, NULL, 0 },
};
