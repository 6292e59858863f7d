/* src/lang/modules/mod_random_seq.c - random.Random's integer and sequence
 * methods: randrange, randint, choice, shuffle, sample and choices, as
 * Lib/random.py (3.11) computes them.
 *
 * Every draw goes through _randbelow (getrandbits of n's bit length until
 * below n) or random(), in the order random.py makes them, so a seeded
 * program sees CPython's numbers.  The arguments are handled as random.py
 * handles them: through len(), indexing, item assignment, + and the
 * comparisons of whatever objects the program passes, so a program class
 * sees the same calls of its special methods.  Lists the methods return
 * are built as random.py builds them ([None] * k, or by appends in a
 * comprehension), which sys.getsizeof shows. */
#include <math.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/obj_array.h"
#include "core/obj_bool.h"
#include "core/obj_deque.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_range.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/mod_math.h"
#include "lang/modules/mod_random.h"
#include "lang/modules/pyargs.h"

/* The pending exception was raised while `handled` was being handled in
 * random.py (an `except TypeError:` block): it gets it as __context__, as
 * CPython's _PyErr_SetObject gives it.  Steals handled. */
static void chain_context(rv_obj_t *handled, bool suppress)
{
    rv_obj_t *e = rv_err_fetch();
    if (e != handled && rv_is_exc(e) && !((rv_exc_t *)e)->context) {
        rv_setref(&((rv_exc_t *)e)->context, handled);
        ((rv_exc_t *)e)->suppress_context = suppress;
    }
    rv_decref(handled);
    rv_err_restore(e);
}

static rv_obj_t *int_op(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    return rv_int_binop(op, a, b);
}

static rv_obj_t *decimal(rv_obj_t *i)
{
    return rv_str(i);
}

/******************************************************************************/
/* randrange, randint                                                         */

/* `_index(x)`, and on its TypeError `int(x)`, the deprecated path of a
 * float argument: `which` names the argument in the ValueError for one that
 * is not integral.  There random.py also warns (DeprecationWarning, at
 * stacklevel 2), which python3 prints when the program called randrange
 * itself, not through randint: refviz, which does not model warnings,
 * refuses that case (`direct`). */
static rv_obj_t *range_arg(rv_obj_t *x, const char *which, bool direct)
{
    rv_obj_t *r = rv_math_index(x);
    if (r || !rv_err_matches(&rv_exc_TypeError))
        return r;
    rv_obj_t *handled = rv_err_fetch();
    rv_obj_t *i = rv_call1(&rv_int_type.ob, x);
    if (i && direct) {
        rv_decref(i);
        rv_decref(handled);
        return rv_random_unsupported("random.randrange() of a non-integer (CPython prints a "
                                     "DeprecationWarning, and refviz does not model warnings)");
    }
    int ne = i ? rv_richcompare_bool(i, x, RV_NE) : -1;
    if (ne > 0) {
        rv_clearref(&i);
        rv_err_format(&rv_exc_ValueError, "non-integer %s for randrange()", which);
    }
    if (!i || ne < 0) {
        rv_xdecref(i);
        chain_context(handled, false);
        return NULL;
    }
    rv_decref(handled);
    return i;
}

static rv_obj_t *empty_range(void)
{
    rv_err_format(&rv_exc_ValueError, "empty range for randrange()");
    return NULL;
}

/* `istart + self._randbelow(width)`. */
static rv_obj_t *start_plus_below(rv_random_t *r, rv_obj_t *start, rv_obj_t *step,
                                  rv_obj_t *n)
{
    rv_obj_t *b = rv_random_below(r, n);
    if (step) {
        rv_obj_t *m = int_op(RV_OP_MUL, step, b);
        rv_decref(b);
        b = m;
    }
    rv_obj_t *res = int_op(RV_OP_ADD, start, b);
    rv_decref(b);
    return res;
}

/* istart and istop are ints; step is the argument (NULL: _ONE). */
static rv_obj_t *randrange_stop(rv_random_t *r, rv_obj_t *istart, rv_obj_t *istop,
                                rv_obj_t *step, bool direct)
{
    rv_obj_t *width = int_op(RV_OP_SUB, istop, istart);
    rv_obj_t *istep = step ? range_arg(step, "step", direct) : rv_int_from_i64(1), *res = NULL;
    if (!istep)
        goto done;
    int64_t s;
    if (rv_int_fits_i64(istep, &s) && s == 1) {
        if (rv_int_sign(width) > 0) {
            res = start_plus_below(r, istart, NULL, width);
            goto done;
        }
        rv_obj_t *a = decimal(istart), *b = decimal(istop), *c = decimal(width);
        if (a && b && c)
            rv_err_format(&rv_exc_ValueError, "empty range for randrange() (%s, %s, %s)",
                          rv_str_utf8(a), rv_str_utf8(b), rv_str_utf8(c));
        rv_xdecref(a);
        rv_xdecref(b);
        rv_xdecref(c);
        goto done;
    }
    int sign = rv_int_sign(istep);
    if (sign == 0) {
        rv_err_format(&rv_exc_ValueError, "zero step for randrange()");
        goto done;
    }
    /* n = (width + istep -+ 1) // istep */
    rv_obj_t *one = rv_int_from_i64(sign > 0 ? -1 : 1);
    rv_obj_t *t = int_op(RV_OP_ADD, width, istep);
    rv_obj_t *u = int_op(RV_OP_ADD, t, one);
    rv_obj_t *n = int_op(RV_OP_FLOORDIV, u, istep);
    rv_decref(one);
    rv_decref(t);
    rv_decref(u);
    if (rv_int_sign(n) <= 0)
        empty_range();
    else
        res = start_plus_below(r, istart, istep, n);
    rv_decref(n);
done:
    rv_decref(width);
    rv_xdecref(istep);
    return res;
}

/* Random.randrange(start, stop=None, step=1); direct: called by the
 * program, not by randint. */
static rv_obj_t *randrange(rv_random_t *r, rv_obj_t *start, rv_obj_t *stop, rv_obj_t *step,
                           bool direct)
{
    rv_obj_t *istart = range_arg(start, "arg 1", direct), *res = NULL;
    if (!istart)
        return NULL;
    if (!stop || stop == rv_None) {
        /* `step is not _ONE`: any int 1 is the cached one. */
        int64_t s;
        if (step && !(RV_IS(step, rv_int_type) && rv_int_fits_i64(step, &s) && s == 1))
            rv_err_format(&rv_exc_TypeError, "Missing a non-None stop argument");
        else if (rv_int_sign(istart) > 0)
            res = rv_random_below(r, istart);
        else
            empty_range();
        rv_decref(istart);
        return res;
    }
    rv_obj_t *istop = range_arg(stop, "stop", direct);
    if (istop) {
        res = randrange_stop(r, istart, istop, step, direct);
        rv_decref(istop);
    }
    rv_decref(istart);
    return res;
}

RV_RANDOM_METHOD(randrange)
{
    static const char *const names[] = { "self", "start", "stop", "step" };
    static const rv_pysig_t sig = { "Random.randrange", names, 4, 2, 0 };
    rv_obj_t *p[4];
    if (rv_pyargs_bind(&sig, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_random_t *r = rv_random_self(sig.qualname, p[0]);
    return r ? randrange(r, p[1], p[2], p[3], true) : NULL;
}

/* randint(a, b): self.randrange(a, b+1). */
RV_RANDOM_METHOD(randint)
{
    static const char *const names[] = { "self", "a", "b" };
    static const rv_pysig_t sig = { "Random.randint", names, 3, 3, 0 };
    rv_obj_t *p[3];
    if (rv_pyargs_bind(&sig, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_random_t *r = rv_random_self(sig.qualname, p[0]);
    if (!r)
        return NULL;
    rv_obj_t *one = rv_int_from_i64(1);
    rv_obj_t *stop = rv_binop(RV_OP_ADD, p[2], one);
    rv_decref(one);
    if (!stop)
        return NULL;
    rv_obj_t *res = randrange(r, p[1], stop, NULL, false);
    rv_decref(stop);
    return res;
}

/******************************************************************************/
/* choice, shuffle                                                            */

static rv_obj_t *getitem_at(rv_obj_t *seq, uint64_t i)
{
    rv_obj_t *idx = rv_int_from_u64(i);
    rv_obj_t *v = rv_getitem(seq, idx);
    rv_decref(idx);
    return v;
}

static int setitem_at(rv_obj_t *seq, uint64_t i, rv_obj_t *v)
{
    rv_obj_t *idx = rv_int_from_u64(i);
    int rc = rv_setitem(seq, idx, v);
    rv_decref(idx);
    return rc;
}

/* choice(seq): len() is asked twice, as random.py asks it. */
RV_RANDOM_METHOD(choice)
{
    static const char *const names[] = { "self", "seq" };
    static const rv_pysig_t sig = { "Random.choice", names, 2, 2, 0 };
    rv_obj_t *p[2];
    if (rv_pyargs_bind(&sig, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_random_t *r = rv_random_self(sig.qualname, p[0]);
    size_t n;
    if (!r || rv_len(p[1], &n) < 0)
        return NULL;
    if (n == 0) {
        rv_err_format(&rv_exc_IndexError, "Cannot choose from an empty sequence");
        return NULL;
    }
    if (rv_len(p[1], &n) < 0)
        return NULL;
    return getitem_at(p[1], rv_random_below_u64(r, n));
}

/* Fisher-Yates from the end: x[i] is swapped with x[randbelow(i + 1)].  A
 * list is swapped in place directly (no program code can run); any other
 * object through its items, as `x[i], x[j] = x[j], x[i]` does. */
static int shuffle(rv_random_t *r, rv_obj_t *x)
{
    size_t n;
    if (rv_len(x, &n) < 0)
        return -1;
    if (RV_IS(x, rv_list_type)) {
        if (n > 1)
            rv_list_touch(x, 0);
        rv_obj_t **items = RV_LIST(x)->items;
        for (size_t i = n - (n > 0); i >= 1; i--) {
            uint64_t j = rv_random_below_u64(r, i + 1);
            rv_obj_t *t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
        return 0;
    }
    for (size_t i = n - (n > 0); i >= 1; i--) {
        uint64_t j = rv_random_below_u64(r, i + 1);
        rv_obj_t *xj = getitem_at(x, j);
        rv_obj_t *xi = xj ? getitem_at(x, i) : NULL;
        int rc = xi && setitem_at(x, i, xj) == 0 && setitem_at(x, j, xi) == 0 ? 0 : -1;
        rv_xdecref(xj);
        rv_xdecref(xi);
        if (rc < 0)
            return -1;
    }
    return 0;
}

RV_RANDOM_METHOD(shuffle)
{
    static const char *const names[] = { "self", "x" };
    static const rv_pysig_t sig = { "Random.shuffle", names, 2, 2, 0 };
    rv_obj_t *p[2];
    if (rv_pyargs_bind(&sig, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_random_t *r = rv_random_self(sig.qualname, p[0]);
    if (!r || shuffle(r, p[1]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

/******************************************************************************/
/* sample                                                                     */

/* isinstance(x, collections.abc.Sequence) for the types refviz has. */
static bool is_sequence(rv_obj_t *x)
{
    return rv_isinstance(x, &rv_list_type) || rv_isinstance(x, &rv_tuple_type) ||
           rv_isinstance(x, &rv_str_type) || rv_isinstance(x, &rv_range_type) ||
           rv_isinstance(x, &rv_deque_type) || rv_isinstance(x, &rv_array_type);
}

/* list(itertools.accumulate(iterable)): running sums by +. */
static rv_obj_t *accumulate(rv_obj_t *iterable)
{
    rv_obj_t *it = rv_iter(iterable);
    if (!it)
        return NULL;
    rv_obj_t *list = rv_list_new(0), *total = NULL, *x;
    while ((x = rv_next(it))) {
        rv_obj_t *t = total ? rv_binop(RV_OP_ADD, total, x) : rv_incref(x);
        rv_decref(x);
        rv_xdecref(total);
        total = t;
        if (!total)
            break;
        rv_list_append(list, total);
    }
    rv_xdecref(total);
    rv_decref(it);
    if (rv_err_occurred())
        rv_clearref(&list);
    return list;
}

/* bisect.bisect_right(a, x, lo, hi), comparing x < a[mid]; -1 on error. */
static intptr_t bisect_right(rv_obj_t *a, rv_obj_t *x, size_t lo, size_t hi)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        rv_obj_t *item = getitem_at(a, mid);
        int lt = item ? rv_richcompare_bool(x, item, RV_LT) : -1;
        rv_xdecref(item);
        if (lt < 0)
            return -1;
        if (lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    return (intptr_t)lo;
}

static rv_obj_t *sample(rv_random_t *r, rv_obj_t *population, rv_obj_t *k, rv_obj_t *counts);

/* The counts= form: a sample of range(total) mapped back through the
 * cumulative counts. */
static rv_obj_t *sample_counts(rv_random_t *r, rv_obj_t *population, size_t n, rv_obj_t *k,
                               rv_obj_t *counts)
{
    rv_obj_t *cum = accumulate(counts), *total = NULL, *sel = NULL, *res = NULL;
    if (!cum)
        return NULL;
    if (rv_list_len(cum) != n) {
        rv_err_format(&rv_exc_ValueError, "The number of counts does not match the population");
        goto done;
    }
    if (n == 0) {
        rv_err_format(&rv_exc_IndexError, "pop from empty list");
        goto done;
    }
    total = rv_incref(rv_list_get_borrow(cum, n - 1));
    if (rv_list_set_slice(cum, (intptr_t)n - 1, (intptr_t)n, NULL) < 0)
        goto done;
    if (!rv_isinstance(total, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "Counts must be integers");
        goto done;
    }
    if (rv_int_sign(total) <= 0) {
        rv_err_format(&rv_exc_ValueError, "Total of counts must be greater than zero");
        goto done;
    }
    rv_obj_t *range = rv_range_new(NULL, total, NULL);
    sel = range ? sample(r, range, k, NULL) : NULL;
    rv_xdecref(range);
    if (!sel)
        goto done;
    res = rv_list_new(0);
    for (size_t i = 0; i < rv_list_len(sel); i++) {
        intptr_t at = bisect_right(cum, rv_list_get_borrow(sel, i), 0, rv_list_len(cum));
        rv_obj_t *item = at < 0 ? NULL : getitem_at(population, (uint64_t)at);
        if (!item || rv_list_append(res, item) < 0) {
            rv_xdecref(item);
            rv_clearref(&res);
            break;
        }
        rv_decref(item);
    }
done:
    rv_decref(cum);
    rv_xdecref(total);
    rv_xdecref(sel);
    return res;
}

/* The indices already taken by the set-based selection (random.py's
 * `selected` set): open addressing, sized for k. */
typedef struct index_set {
    uint64_t *slots; /* index + 1; 0 is empty */
    size_t mask;
} index_set_t;

static bool index_set_add(index_set_t *s, uint64_t j)
{
    size_t h = (size_t)(j * 0x9E3779B97F4A7C15ull) & s->mask;
    while (s->slots[h]) {
        if (s->slots[h] == j + 1)
            return false;
        h = (h + 1) & s->mask;
    }
    s->slots[h] = j + 1;
    return true;
}

/* Fills result[0..k) from the population: from a pool list when the list
 * would be smaller than the set of selected indices, else by drawing
 * indices until an unselected one comes (random.py's setsize rule). */
static int sample_fill(rv_random_t *r, rv_obj_t *population, size_t n, rv_obj_t *result)
{
    size_t k = rv_list_len(result);
    rv_obj_t **res = RV_LIST(result)->items;
    uint64_t setsize = 21; /* size of a small set minus size of an empty list */
    if (k > 5)
        setsize += (uint64_t)pow(4.0, ceil(log((double)k * 3) / log(4.0)));
    if (n <= setsize) {
        rv_obj_t *pool = rv_list_from_iterable(population);
        if (!pool)
            return -1;
        if (rv_list_len(pool) != n) {
            rv_decref(pool);
            rv_random_unsupported("random.sample() of a sequence whose len() differs from "
                                  "the number of its items");
            return -1;
        }
        /* Invariant: the unselected items are pool[0 : n-i]. */
        rv_obj_t **items = RV_LIST(pool)->items;
        for (size_t i = 0; i < k; i++) {
            uint64_t j = rv_random_below_u64(r, n - i);
            rv_obj_t *old = res[i];
            res[i] = rv_incref(items[j]);
            rv_decref(old);
            items[j] = items[n - i - 1];
            items[n - i - 1] = res[i];
        }
        rv_decref(pool);
        return 0;
    }
    size_t cap = 8;
    while (cap < 2 * k)
        cap *= 2;
    index_set_t sel = { rv_calloc(cap, sizeof *sel.slots), cap - 1 };
    int rc = 0;
    for (size_t i = 0; i < k && rc == 0; i++) {
        uint64_t j = rv_random_below_u64(r, n);
        while (!index_set_add(&sel, j))
            j = rv_random_below_u64(r, n);
        rv_obj_t *item = getitem_at(population, j);
        if (!item) {
            rc = -1;
            break;
        }
        rv_obj_t *old = res[i];
        res[i] = item;
        rv_decref(old);
    }
    rv_free(sel.slots);
    return rc;
}

static rv_obj_t *sample(rv_random_t *r, rv_obj_t *population, rv_obj_t *k, rv_obj_t *counts)
{
    if (!is_sequence(population)) {
        rv_err_format(&rv_exc_TypeError,
                      "Population must be a sequence.  For dicts or sets, use sorted(d).");
        return NULL;
    }
    size_t n;
    if (rv_len(population, &n) < 0)
        return NULL;
    if (counts && counts != rv_None)
        return sample_counts(r, population, n, k, counts);
    /* `if not 0 <= k <= n` */
    rv_obj_t *zero = rv_int_from_i64(0), *nobj = rv_int_from_u64(n);
    int ok = rv_richcompare_bool(zero, k, RV_LE);
    if (ok > 0)
        ok = rv_richcompare_bool(k, nobj, RV_LE);
    rv_decref(zero);
    rv_decref(nobj);
    if (ok < 0)
        return NULL;
    if (!ok) {
        rv_err_format(&rv_exc_ValueError, "Sample larger than population or is negative");
        return NULL;
    }
    rv_obj_t *none = rv_list_new(1);
    rv_list_set_steal(none, 0, rv_incref(rv_None));
    rv_obj_t *result = rv_binop(RV_OP_MUL, none, k);
    rv_decref(none);
    if (!result)
        return NULL;
    if (!rv_isinstance(k, &rv_int_type)) {
        /* random.py then computes with k itself (k > 5, k * 3). */
        rv_decref(result);
        rv_obj_t *msg = rv_str_printf("random.sample() with k of type %s", k->type->name);
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return NULL;
    }
    if (sample_fill(r, population, n, result) < 0)
        rv_clearref(&result);
    return result;
}

RV_RANDOM_METHOD(sample)
{
    static const char *const names[] = { "self", "population", "k", "counts" };
    static const rv_pysig_t sig = { "Random.sample", names, 3, 3, 1 };
    rv_obj_t *p[4];
    if (rv_pyargs_bind(&sig, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_random_t *r = rv_random_self(sig.qualname, p[0]);
    return r ? sample(r, p[1], p[2], p[3]) : NULL;
}

/******************************************************************************/
/* choices                                                                    */

/* itertools.repeat(None, k)'s count: an index (Py_ssize_t), negative as 0. */
static int repeat_count(rv_obj_t *k, size_t *out)
{
    rv_obj_t *i = rv_math_index(k);
    if (!i)
        return -1;
    int64_t v;
    bool fits = rv_int_fits_i64(i, &v);
    rv_decref(i);
    if (!fits) {
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = v < 0 ? 0 : (size_t)v;
    return 0;
}

/* [population[floor(random() * n)] for i in _repeat(None, k)] */
static rv_obj_t *choices_equal(rv_random_t *r, rv_obj_t *population, size_t n, rv_obj_t *k)
{
    size_t count;
    if (repeat_count(k, &count) < 0)
        return NULL;
    double nf = (double)n;
    rv_obj_t *res = rv_list_new(0);
    for (size_t i = 0; i < count; i++) {
        double f = floor(rv_mt_random(&r->mt) * nf);
        rv_obj_t *item = getitem_at(population, (uint64_t)f);
        if (!item || rv_list_append(res, item) < 0) {
            rv_xdecref(item);
            rv_clearref(&res);
            break;
        }
        rv_decref(item);
    }
    return res;
}

/* cum_weights = list(_accumulate(weights)), with random.py's message for
 * a k passed by position. */
static rv_obj_t *cumulative(rv_obj_t *weights)
{
    rv_obj_t *cum = accumulate(weights);
    if (cum || !rv_err_matches(&rv_exc_TypeError) || !rv_isinstance(weights, &rv_int_type))
        return cum;
    rv_obj_t *handled = rv_err_fetch();
    rv_obj_t *rep = rv_repr(weights);
    if (rep) {
        rv_err_format(&rv_exc_TypeError,
                      "The number of choices must be a keyword argument: k=%s", rv_str_utf8(rep));
        rv_decref(rep);
    }
    /* `raise ... from None`: the context stays, suppressed. */
    chain_context(handled, true);
    return NULL;
}

static rv_obj_t *choices_weighted(rv_random_t *r, rv_obj_t *population, size_t n,
                                  rv_obj_t *cum, rv_obj_t *k)
{
    size_t len;
    if (rv_len(cum, &len) < 0)
        return NULL;
    if (len != n) {
        rv_err_format(&rv_exc_ValueError, "The number of weights does not match the population");
        return NULL;
    }
    rv_obj_t *minus1 = rv_int_from_i64(-1), *last = rv_getitem(cum, minus1);
    rv_decref(minus1);
    if (!last)
        return NULL;
    rv_obj_t *fzero = rv_float_from_double(0.0), *res = NULL;
    rv_obj_t *total = rv_binop(RV_OP_ADD, last, fzero);
    rv_decref(last);
    int positive = total ? rv_richcompare_bool(total, fzero, RV_LE) : -1;
    rv_decref(fzero);
    double t;
    size_t count;
    if (positive < 0)
        goto done;
    if (positive) {
        rv_err_format(&rv_exc_ValueError, "Total of weights must be greater than zero");
        goto done;
    }
    if (rv_math_as_double(total, &t) < 0)
        goto done;
    if (!isfinite(t)) {
        rv_err_format(&rv_exc_ValueError, "Total of weights must be finite");
        goto done;
    }
    if (repeat_count(k, &count) < 0)
        goto done;
    /* bisect's hi = n - 1; -1 (n == 0) means len(cum_weights). */
    size_t hi = n ? n - 1 : len;
    res = rv_list_new(0);
    for (size_t i = 0; i < count; i++) {
        rv_obj_t *u = rv_float_from_double(rv_mt_random(&r->mt));
        rv_obj_t *x = rv_binop(RV_OP_MUL, u, total);
        rv_decref(u);
        intptr_t at = x ? bisect_right(cum, x, 0, hi) : -1;
        rv_xdecref(x);
        rv_obj_t *item = at < 0 ? NULL : getitem_at(population, (uint64_t)at);
        if (!item || rv_list_append(res, item) < 0) {
            rv_xdecref(item);
            rv_clearref(&res);
            break;
        }
        rv_decref(item);
    }
done:
    rv_xdecref(total);
    return res;
}

/* choices(population, weights=None, *, cum_weights=None, k=1) */
RV_RANDOM_METHOD(choices)
{
    static const char *const names[] = { "self", "population", "weights", "cum_weights", "k" };
    static const rv_pysig_t sig = { "Random.choices", names, 3, 2, 2 };
    rv_obj_t *p[5];
    if (rv_pyargs_bind(&sig, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_random_t *r = rv_random_self(sig.qualname, p[0]);
    size_t n;
    if (!r || rv_len(p[1], &n) < 0)
        return NULL;
    rv_obj_t *weights = p[2] && p[2] != rv_None ? p[2] : NULL;
    rv_obj_t *cum = p[3] && p[3] != rv_None ? p[3] : NULL;
    rv_obj_t *k = p[4], *one = NULL;
    if (!k)
        k = one = rv_int_from_i64(1);
    rv_obj_t *res = NULL;
    if (!cum && !weights) {
        res = choices_equal(r, p[1], n, k);
    } else if (!cum) {
        cum = cumulative(weights);
        res = cum ? choices_weighted(r, p[1], n, cum, k) : NULL;
        rv_xdecref(cum);
    } else if (weights) {
        rv_err_format(&rv_exc_TypeError, "Cannot specify both weights and cumulative weights");
    } else {
        res = choices_weighted(r, p[1], n, cum, k);
    }
    rv_xdecref(one);
    return res;
}
