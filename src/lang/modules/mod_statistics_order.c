/* src/lang/modules/mod_statistics_order.c - the statistics functions that
 * order or count the data rather than sum it (statistics.py's median,
 * median_low, median_high, mode, multimode and quantiles): sorted() and
 * Counter as CPython's code uses them, the data's own objects returned,
 * the arithmetic generic (median of two strs is TypeError, as there). */
#include <string.h>

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_str.h"
#include "lang/modules/mod_statistics.h"

/* sorted(data), or NULL. */
static rv_obj_t *sorted_list(rv_obj_t *data)
{
    rv_obj_t *l = rv_list_from_iterable(data);
    if (l && rv_list_sort(l, NULL, false) < 0)
        rv_clearref(&l);
    return l;
}

/* median (which 0), median_low (1), median_high (2). */
static rv_obj_t *median(const char *fname, int which, rv_obj_t *const *args, size_t nargs,
                        rv_obj_t *kw)
{
    static const char *const names[] = { "data", NULL };
    rv_obj_t *data;
    if (rv_statistics_bind(fname, names, 1, 1, args, nargs, kw, &data) < 0)
        return NULL;
    rv_obj_t *l = sorted_list(data);
    if (!l)
        return NULL;
    size_t n = rv_list_len(l);
    rv_obj_t *r = NULL;
    if (n == 0)
        rv_statistics_error("no median for empty data");
    else if (n % 2 == 1 || which == 2)
        r = rv_incref(rv_list_get_borrow(l, n / 2));
    else if (which == 1)
        r = rv_incref(rv_list_get_borrow(l, n / 2 - 1));
    else {
        rv_obj_t *sum = rv_binop(RV_OP_ADD, rv_list_get_borrow(l, n / 2 - 1),
                                 rv_list_get_borrow(l, n / 2));
        if (sum) {
            rv_obj_t *two = rv_int_from_i64(2);
            r = rv_binop(RV_OP_TRUEDIV, sum, two);
            rv_decref(two);
            rv_decref(sum);
        }
    }
    rv_decref(l);
    return r;
}

rv_obj_t *rv_statistics_median(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw)
{
    return median("median", 0, args, nargs, kw);
}

rv_obj_t *rv_statistics_median_low(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw)
{
    return median("median_low", 1, args, nargs, kw);
}

rv_obj_t *rv_statistics_median_high(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    return median("median_high", 2, args, nargs, kw);
}

/* Counter(iter(data)): value -> count, the first of equal values kept,
 * in first-seen order. */
static rv_obj_t *counts_of(rv_obj_t *data, int64_t *maxcount)
{
    rv_obj_t *it = rv_iter(data);
    if (!it)
        return NULL;
    rv_obj_t *counts = rv_dict_new(), *x;
    *maxcount = 0;
    while ((x = rv_next(it))) {
        rv_obj_t *c = rv_dict_get_borrow(counts, x);
        int64_t n = 0;
        if (!c && rv_err_occurred()) {
            rv_decref(x);
            break;
        }
        if (c)
            rv_int_fits_i64(c, &n);
        rv_obj_t *nc = rv_int_from_i64(n + 1);
        int rc = rv_dict_set(counts, x, nc);
        rv_decref(nc);
        rv_decref(x);
        if (rc < 0)
            break;
        if (n + 1 > *maxcount)
            *maxcount = n + 1;
    }
    rv_decref(it);
    if (rv_err_occurred())
        rv_clearref(&counts);
    return counts;
}

/* mode(data): Counter(...).most_common(1)[0][0], the first value seen of
 * those counted most often.  With no data the IndexError of [0] is the
 * StatisticsError's context (`raise ... from None`). */
rv_obj_t *rv_statistics_mode(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kw)
{
    static const char *const names[] = { "data", NULL };
    rv_obj_t *data;
    int64_t maxcount;
    if (rv_statistics_bind("mode", names, 1, 1, args, nargs, kw, &data) < 0)
        return NULL;
    rv_obj_t *counts = counts_of(data, &maxcount);
    if (!counts)
        return NULL;
    size_t pos = 0;
    rv_obj_t *k, *v, *r = NULL;
    while (!r && rv_dict_next(counts, &pos, &k, &v)) {
        int64_t n;
        if (rv_int_fits_i64(v, &n) && n == maxcount)
            r = rv_incref(k);
    }
    rv_decref(counts);
    if (!r) {
        rv_err_format(&rv_exc_IndexError, "list index out of range");
        rv_statistics_error_from_none("no mode for empty data");
    }
    return r;
}

/* multimode(data): the values counted most often, in first-seen order. */
rv_obj_t *rv_statistics_multimode(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kw)
{
    static const char *const names[] = { "data", NULL };
    rv_obj_t *data;
    int64_t maxcount;
    if (rv_statistics_bind("multimode", names, 1, 1, args, nargs, kw, &data) < 0)
        return NULL;
    rv_obj_t *counts = counts_of(data, &maxcount);
    if (!counts)
        return NULL;
    rv_obj_t *r = rv_list_new(0);
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(counts, &pos, &k, &v)) {
        int64_t n;
        if (rv_int_fits_i64(v, &n) && n == maxcount)
            rv_list_append(r, k);
    }
    rv_decref(counts);
    return r;
}

/* (data[a] * (n - delta) + data[b] * delta) / n, generic arithmetic. */
static rv_obj_t *interpolate(rv_obj_t *l, size_t a, size_t b, int64_t n, int64_t delta)
{
    rv_obj_t *w1 = rv_int_from_i64(n - delta), *w2 = rv_int_from_i64(delta);
    rv_obj_t *nn = rv_int_from_i64(n);
    rv_obj_t *x = rv_binop(RV_OP_MUL, rv_list_get_borrow(l, a), w1);
    rv_obj_t *y = x ? rv_binop(RV_OP_MUL, rv_list_get_borrow(l, b), w2) : NULL;
    rv_obj_t *s = y ? rv_binop(RV_OP_ADD, x, y) : NULL;
    rv_obj_t *r = s ? rv_binop(RV_OP_TRUEDIV, s, nn) : NULL;
    rv_xdecref(x);
    rv_xdecref(y);
    rv_xdecref(s);
    rv_decref(w1);
    rv_decref(w2);
    rv_decref(nn);
    return r;
}

/* quantiles(data, *, n=4, method='exclusive'): n - 1 cut points, linearly
 * interpolated (R6 exclusive, R7 inclusive). */
rv_obj_t *rv_statistics_quantiles(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kw)
{
    static const char *const names[] = { "data", "n", "method", NULL };
    rv_obj_t *p[3];
    if (rv_statistics_bind("quantiles", names, 1, 1, args, nargs, kw, p) < 0)
        return NULL;
    int64_t n = 4;
    if (p[1] && (!(RV_IS(p[1], rv_int_type) || RV_IS(p[1], rv_bool_type)) ||
                 !rv_int_fits_i64(p[1], &n) || n > (int64_t)1 << 31))
        return rv_statistics_unsupported("statistics.quantiles() with an n that is not a "
                                         "small int");
    if (n < 1)
        return rv_statistics_error("n must be at least 1");
    rv_obj_t *l = sorted_list(p[0]);
    if (!l)
        return NULL;
    int64_t ld = (int64_t)rv_list_len(l);
    rv_obj_t *r = NULL;
    if (ld < 2) {
        rv_statistics_error("must have at least two data points");
        goto done;
    }
    /* method == 'inclusive', then method == 'exclusive', as written. */
    int inclusive = 0;
    if (p[2]) {
        rv_obj_t *inc = rv_str_from_cstr("inclusive"), *exc = rv_str_from_cstr("exclusive");
        int is_inc = rv_eq(p[2], inc), is_exc = is_inc == 0 ? rv_eq(p[2], exc) : 0;
        rv_decref(inc);
        rv_decref(exc);
        if (is_inc < 0 || is_exc < 0)
            goto done;
        if (!is_inc && !is_exc) {
            rv_obj_t *rep = rv_repr(p[2]);
            if (rep) {
                rv_err_format(&rv_exc_ValueError, "Unknown method: %s", rv_str_utf8(rep));
                rv_decref(rep);
            }
            goto done;
        }
        inclusive = is_inc;
    }
    r = rv_list_new(0);
    for (int64_t i = 1; i < n; i++) {
        rv_obj_t *v;
        if (inclusive) {
            int64_t m = ld - 1, j = i * m / n, delta = i * m % n;
            v = interpolate(l, (size_t)j, (size_t)j + 1, n, delta);
        } else {
            int64_t m = ld + 1, j = i * m / n;
            j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
            v = interpolate(l, (size_t)j - 1, (size_t)j, n, i * m - j * n);
        }
        if (!v) {
            rv_clearref(&r);
            break;
        }
        rv_list_append(r, v);
        rv_decref(v);
    }
done:
    rv_decref(l);
    return r;
}

