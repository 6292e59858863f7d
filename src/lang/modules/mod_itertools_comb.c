/* src/lang/modules/mod_itertools_comb.c - the combinatoric iterators of
 * itertools (CPython's Modules/itertoolsmodule.c): product, permutations,
 * combinations, combinations_with_replacement.
 *
 * Each copies its input into a tuple (the pool; product one per
 * iterable, repeated) when made, and keeps the last tuple it gave (x):
 * the next one is written into it in place if the program no longer
 * holds it, else into a copy (rv_itertool_result).  The indices advance
 * as in CPython, so the order of the results is CPython's.  Layout
 * (mod_itertools.h): it the pools or the pool, x the result (NULL before
 * the first), r the length of a result, indices (and permutations'
 * cycles) the arrays, flag set once exhausted. */
#include "lang/modules/mod_itertools.h"

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/modargs.h"

#define SLOTS                                                                      \
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE, .clear = rv_itertool_clear,  \
    .release = rv_itertool_release, .traverse = rv_itertool_traverse,              \
    .iter = rv_itertool_iter, .hash = rv_hash_pointer, .repr = rv_default_repr

/* An array of n indices; MemoryError where CPython's PyMem_New cannot
 * give one (past 2**32 of them: it would take 32 GB). */
static int new_indices(int64_t n, int64_t **out)
{
    if (n > ((int64_t)1 << 32)) {
        rv_err_nomem();
        return -1;
    }
    *out = rv_malloc((n > 0 ? (size_t)n : 1) * sizeof(int64_t));
    return 0;
}

/* The first result: pool[indices[i]] for each i. */
static rv_obj_t *first_result(rv_obj_t *o, rv_obj_t *pool)
{
    rv_itertool_t *c = ITT(o);
    rv_obj_t *result = rv_tuple_new((size_t)c->r);
    for (int64_t i = 0; i < c->r; i++)
        rv_tuple_set_steal(result, (size_t)i,
                           rv_incref(rv_tuple_get_borrow(pool, (size_t)c->indices[i])));
    c->x = result;
    return rv_incref(result);
}

/* result[i] = pool[indices[i]] for i from `from` on. */
static void refill(rv_obj_t *o, rv_obj_t *result, int64_t from)
{
    rv_itertool_t *c = ITT(o);
    for (int64_t i = from; i < c->r; i++)
        rv_itertool_result_set(result, (size_t)i,
                               rv_incref(rv_tuple_get_borrow(c->it, (size_t)c->indices[i])));
}

static rv_obj_t *stop(rv_obj_t *o)
{
    rv_touch(o);
    ITT(o)->flag = true;
    return NULL;
}

/* The pool of an iterable: PySequence_Tuple (a tuple is used as it is). */
#define pool_of rv_tuple_from_iterable

/******************************************************************************/
/* product(*iterables, repeat=1)                                             */

static rv_obj_t *product_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    int64_t repeat = 1;
    if (kwnames && rv_tuple_len(kwnames)) {
        static const char *const names[] = { "repeat", NULL };
        const rv_clinic_t c = { "product", names, 0, 1, 0 };
        rv_obj_t *p[1];
        if (rv_clinic_parse(&c, args + nargs, 0, kwnames, p) < 0 ||
            (p[0] && rv_arg_ssize(p[0], &repeat) < 0))
            return NULL;
        if (repeat < 0) {
            rv_err_format(&rv_exc_ValueError, "repeat argument cannot be negative");
            return NULL;
        }
    }
    /* With repeat=0 the iterables are not even read. */
    if (repeat == 0)
        nargs = 0;
    else if (nargs > (size_t)(INT64_MAX / 8 / repeat)) {
        rv_err_format(&rv_exc_OverflowError, "repeat argument too large");
        return NULL;
    }
    size_t npools = nargs * (size_t)repeat;
    int64_t *indices;
    if (new_indices((int64_t)npools, &indices) < 0)
        return NULL;
    rv_obj_t *pools = rv_tuple_new(npools);
    for (size_t i = 0; i < npools; i++)
        rv_tuple_set_steal(pools, i, rv_incref(rv_None));
    for (size_t i = 0; i < nargs; i++) {
        rv_obj_t *pool = pool_of(args[i]);
        if (!pool) {
            rv_decref(pools);
            rv_free(indices);
            return NULL;
        }
        rv_itertool_result_set(pools, i, pool);
    }
    for (size_t i = nargs; i < npools; i++)
        rv_itertool_result_set(pools, i, rv_incref(rv_tuple_get_borrow(pools, i - nargs)));
    rv_obj_t *o = rv_itertool_new(type);
    rv_itertool_t *p = ITT(o);
    p->it = pools;
    p->r = (int64_t)npools;
    p->indices = indices;
    for (int64_t i = 0; i < p->r; i++)
        p->indices[i] = 0;
    return o;
}

/* The rightmost index advances; one that rolls over resets to 0 and the
 * index to its left advances. */
static rv_obj_t *product_next(rv_obj_t *o)
{
    rv_itertool_t *p = ITT(o);
    if (p->flag)
        return NULL;
    if (!p->x) {
        for (int64_t i = 0; i < p->r; i++)
            if (rv_tuple_len(rv_tuple_get_borrow(p->it, (size_t)i)) == 0)
                return stop(o);
        rv_touch(o);
        rv_obj_t *result = rv_tuple_new((size_t)p->r);
        for (int64_t i = 0; i < p->r; i++)
            rv_tuple_set_steal(result, (size_t)i,
                               rv_incref(rv_tuple_get_borrow(rv_tuple_get_borrow(p->it, (size_t)i), 0)));
        p->x = result;
        return rv_incref(result);
    }
    rv_touch(o);
    rv_obj_t *result = rv_itertool_result(&p->x);
    int64_t i;
    for (i = p->r - 1; i >= 0; i--) {
        rv_obj_t *pool = rv_tuple_get_borrow(p->it, (size_t)i);
        p->indices[i]++;
        if (p->indices[i] == (int64_t)rv_tuple_len(pool)) {
            p->indices[i] = 0;
            rv_itertool_result_set(result, (size_t)i, rv_incref(rv_tuple_get_borrow(pool, 0)));
        } else {
            rv_itertool_result_set(result, (size_t)i,
                                   rv_incref(rv_tuple_get_borrow(pool, (size_t)p->indices[i])));
            break;
        }
    }
    if (i < 0)
        return stop(o);
    return rv_incref(result);
}

/* product_sizeof: an index per pool. */
static size_t product_size(rv_obj_t *o)
{
    return 64 + 8 * (size_t)ITT(o)->r;
}

rv_type_t rv_itertools_product_type = {
    .name = "itertools.product", SLOTS, .make = product_make, .next = product_next,
    .size = product_size,
};

/******************************************************************************/
/* combinations(iterable, r)                                                 */

/* combinations and combinations_with_replacement: (iterable, r), r a
 * Py_ssize_t; the pool is made before r is checked. */
static rv_obj_t *combinations_new(const char *fname, rv_type_t *type, rv_obj_t *const *args,
                                  size_t nargs, rv_obj_t *kwnames)
{
    static const char *const names[] = { "iterable", "r", NULL };
    const rv_clinic_t c = { fname, names, 0, 2, 2 };
    rv_obj_t *p[2];
    int64_t r;
    if (rv_clinic_parse(&c, args, nargs, kwnames, p) < 0 || rv_arg_ssize(p[1], &r) < 0)
        return NULL;
    rv_obj_t *pool = pool_of(p[0]);
    if (!pool)
        return NULL;
    if (r < 0) {
        rv_decref(pool);
        rv_err_format(&rv_exc_ValueError, "r must be non-negative");
        return NULL;
    }
    int64_t *indices;
    if (new_indices(r, &indices) < 0) {
        rv_decref(pool);
        return NULL;
    }
    rv_obj_t *o = rv_itertool_new(type);
    ITT(o)->it = pool;
    ITT(o)->r = r;
    ITT(o)->indices = indices;
    return o;
}

static rv_obj_t *combinations_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kwnames)
{
    rv_obj_t *o = combinations_new("combinations", type, args, nargs, kwnames);
    if (!o)
        return NULL;
    rv_itertool_t *c = ITT(o);
    for (int64_t i = 0; i < c->r; i++)
        c->indices[i] = i;
    c->flag = c->r > (int64_t)rv_tuple_len(c->it);
    return o;
}

/* The rightmost index not at its maximum (i + n - r) advances, and those
 * to its right follow it in order. */
static rv_obj_t *combinations_next(rv_obj_t *o)
{
    rv_itertool_t *c = ITT(o);
    if (c->flag)
        return NULL;
    rv_touch(o);
    if (!c->x)
        return first_result(o, c->it);
    rv_obj_t *result = rv_itertool_result(&c->x);
    int64_t n = (int64_t)rv_tuple_len(c->it), r = c->r, i;
    for (i = r - 1; i >= 0 && c->indices[i] == i + n - r; i--)
        ;
    if (i < 0)
        return stop(o);
    c->indices[i]++;
    for (int64_t j = i + 1; j < r; j++)
        c->indices[j] = c->indices[j - 1] + 1;
    refill(o, result, i);
    return rv_incref(result);
}

/* combinations_sizeof: an index per item of a result. */
static size_t combinations_size(rv_obj_t *o)
{
    return 72 + 8 * (size_t)ITT(o)->r;
}

rv_type_t rv_itertools_combinations_type = {
    .name = "itertools.combinations", SLOTS, .make = combinations_make,
    .next = combinations_next, .size = combinations_size,
};

/******************************************************************************/
/* combinations_with_replacement(iterable, r)                                */

static rv_obj_t *cwr_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    rv_obj_t *o = combinations_new("combinations_with_replacement", type, args, nargs, kwnames);
    if (!o)
        return NULL;
    rv_itertool_t *c = ITT(o);
    for (int64_t i = 0; i < c->r; i++)
        c->indices[i] = 0;
    c->flag = rv_tuple_len(c->it) == 0 && c->r > 0;
    return o;
}

/* The rightmost index not at n - 1 advances, and those to its right take
 * its value. */
static rv_obj_t *cwr_next(rv_obj_t *o)
{
    rv_itertool_t *c = ITT(o);
    if (c->flag)
        return NULL;
    rv_touch(o);
    if (!c->x)
        return first_result(o, c->it);
    rv_obj_t *result = rv_itertool_result(&c->x);
    int64_t n = (int64_t)rv_tuple_len(c->it), r = c->r, i;
    for (i = r - 1; i >= 0 && c->indices[i] == n - 1; i--)
        ;
    if (i < 0)
        return stop(o);
    int64_t index = c->indices[i] + 1;
    for (int64_t j = i; j < r; j++)
        c->indices[j] = index;
    refill(o, result, i);
    return rv_incref(result);
}

rv_type_t rv_itertools_cwr_type = {
    .name = "itertools.combinations_with_replacement", SLOTS, .make = cwr_make,
    .next = cwr_next, .size = combinations_size,
};

/******************************************************************************/
/* permutations(iterable, r=None)                                            */

/* r must be an int (a bool is one): "Expected int as r". */
static rv_obj_t *permutations_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kwnames)
{
    static const char *const names[] = { "iterable", "r", NULL };
    const rv_clinic_t c = { "permutations", names, 0, 2, 1 };
    rv_obj_t *p[2];
    if (rv_clinic_parse(&c, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_obj_t *pool = pool_of(p[0]);
    if (!pool)
        return NULL;
    int64_t n = (int64_t)rv_tuple_len(pool), r = n;
    if (p[1] && p[1] != rv_None) {
        if (!rv_isinstance(p[1], &rv_int_type)) {
            rv_decref(pool);
            rv_err_format(&rv_exc_TypeError, "Expected int as r");
            return NULL;
        }
        if (rv_arg_ssize(p[1], &r) < 0) {
            rv_decref(pool);
            return NULL;
        }
    }
    if (r < 0) {
        rv_decref(pool);
        rv_err_format(&rv_exc_ValueError, "r must be non-negative");
        return NULL;
    }
    int64_t *indices = NULL, *cycles = NULL;
    if (new_indices(n, &indices) < 0 || new_indices(r, &cycles) < 0) {
        rv_free(indices);
        rv_decref(pool);
        return NULL;
    }
    rv_obj_t *o = rv_itertool_new(type);
    rv_itertool_t *q = ITT(o);
    q->it = pool;
    q->r = r;
    q->indices = indices;
    q->cycles = cycles;
    for (int64_t i = 0; i < n; i++)
        q->indices[i] = i;
    for (int64_t i = 0; i < r; i++)
        q->cycles[i] = n - i;
    q->flag = r > n;
    return o;
}

/* The rightmost cycle counts down: at zero, indices[i:] rotate left by
 * one and the cycle resets (the one to its left counts down next); else
 * indices[i] swaps with indices[n - cycles[i]] and the result changes
 * from i on. */
static rv_obj_t *permutations_next(rv_obj_t *o)
{
    rv_itertool_t *q = ITT(o);
    if (q->flag)
        return NULL;
    rv_touch(o);
    if (!q->x)
        return first_result(o, q->it);
    int64_t n = (int64_t)rv_tuple_len(q->it), r = q->r, i;
    if (n == 0)
        return stop(o);
    rv_obj_t *result = rv_itertool_result(&q->x);
    int64_t *ix = q->indices, *cy = q->cycles;
    for (i = r - 1; i >= 0; i--) {
        if (--cy[i] == 0) {
            int64_t first = ix[i];
            for (int64_t j = i; j < n - 1; j++)
                ix[j] = ix[j + 1];
            ix[n - 1] = first;
            cy[i] = n - i;
        } else {
            int64_t j = cy[i], t = ix[i];
            ix[i] = ix[n - j];
            ix[n - j] = t;
            refill(o, result, i);
            break;
        }
    }
    if (i < 0)
        return stop(o);
    return rv_incref(result);
}

/* permutations_sizeof: the indices (n) and the cycles (r). */
static size_t permutations_size(rv_obj_t *o)
{
    return 80 + 8 * (rv_tuple_len(ITT(o)->it) + (size_t)ITT(o)->r);
}

rv_type_t rv_itertools_permutations_type = {
    .name = "itertools.permutations", SLOTS, .make = permutations_make,
    .next = permutations_next, .size = permutations_size,
};
