/* src/lang/modules/mod_bisect.c - the bisect module (CPython's
 * Modules/_bisectmodule.c): bisect_left, bisect_right, insort_left,
 * insort_right, and bisect and insort, which are the _right ones.
 *
 * The search reads a[mid] through the sequence protocol at each step
 * (PySequence_GetItem: any sequence with items by index, a program class's
 * __getitem__ included), applies key to it (never to x, except that
 * insort compares key(x)), and compares with `<` only, the operands in
 * CPython's order: x < a[mid] for the _right functions, a[mid] < x for
 * the _left ones.  insort inserts with list.insert, or calls the
 * object's own insert method when it is not exactly a list. */
#include "core/exc.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "lang/modules/modargs.h"
#include "lang/modules/modules_int.h"
#include "lang/objects/class.h"

/* A dict (or a subclass without its own method) has mapping slots but no
 * sequence ones: "dict is not a sequence". */
static bool mapping_only(const rv_obj_t *o, const char *method)
{
    return rv_isinstance(o, &rv_dict_type) &&
           !(rv_is_heap_type(o->type) && rv_class_lookup_cstr(o->type, method));
}

/* PySequence_Size. */
static int seq_size(rv_obj_t *o, int64_t *out)
{
    if (mapping_only(o, "__len__")) {
        rv_err_format(&rv_exc_TypeError, "%s is not a sequence", o->type->name);
        return -1;
    }
    size_t n;
    if (rv_len(o, &n) < 0)
        return -1;
    *out = (int64_t)n;
    return 0;
}

/* PySequence_GetItem(o, i) for i >= 0. */
static rv_obj_t *seq_item(rv_obj_t *o, int64_t i)
{
    if (mapping_only(o, "__getitem__")) {
        rv_err_format(&rv_exc_TypeError, "%s is not a sequence", o->type->name);
        return NULL;
    }
    if (!o->type->getitem) {
        rv_err_format(&rv_exc_TypeError, "'%s' object does not support indexing",
                      o->type->name);
        return NULL;
    }
    rv_obj_t *index = rv_int_from_i64(i);
    rv_obj_t *r = rv_getitem(o, index);
    rv_decref(index);
    return r;
}

/* internal_bisect_right / internal_bisect_left; hi -1 means len(a). */
static int bisect(rv_obj_t *a, rv_obj_t *x, int64_t lo, int64_t hi, rv_obj_t *key, bool right,
                  int64_t *out)
{
    if (lo < 0) {
        rv_err_format(&rv_exc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1 && seq_size(a, &hi) < 0)
        return -1;
    while (lo < hi) {
        /* (size_t)lo + hi cannot overflow: both are at most PY_SSIZE_T_MAX. */
        int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) / 2);
        rv_obj_t *item = seq_item(a, mid);
        if (!item)
            return -1;
        if (key) {
            rv_obj_t *k = rv_call1(key, item);
            rv_decref(item);
            if (!k)
                return -1;
            item = k;
        }
        int lt = right ? rv_richcompare_bool(x, item, RV_LT)
                       : rv_richcompare_bool(item, x, RV_LT);
        rv_decref(item);
        if (lt < 0)
            return -1;
        if (lt == right)
            hi = mid;
        else
            lo = mid + 1;
    }
    *out = lo;
    return 0;
}

typedef struct bisect_args {
    rv_obj_t *a, *x, *key; /* key NULL: None */
    int64_t lo, hi;        /* hi -1: None */
} bisect_args_t;

/* The clinic signature (a, x, lo=0, hi=None, *, key=None): lo through
 * the Py_ssize_t converter, hi through _Py_convert_optional_to_ssize_t. */
static int parse(const char *fname, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames,
                 bisect_args_t *b)
{
    static const char *const names[] = { "a", "x", "lo", "hi", "key", NULL };
    const rv_clinic_t c = { fname, names, 0, 4, 2 };
    rv_obj_t *p[5];
    if (rv_clinic_parse(&c, args, nargs, kwnames, p) < 0)
        return -1;
    b->a = p[0];
    b->x = p[1];
    b->lo = 0;
    b->hi = -1;
    b->key = p[4] && p[4] != rv_None ? p[4] : NULL;
    if (p[2] && rv_arg_ssize(p[2], &b->lo) < 0)
        return -1;
    if (p[3] && p[3] != rv_None) {
        if (!rv_arg_has_index(p[3])) {
            rv_err_format(&rv_exc_TypeError, "argument should be integer or None, not '%s'",
                          p[3]->type->name);
            return -1;
        }
        if (rv_arg_index_ssize(p[3], &b->hi) < 0)
            return -1;
    }
    return 0;
}

static rv_obj_t *do_bisect(const char *fname, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames, bool right)
{
    bisect_args_t b;
    int64_t index;
    if (parse(fname, args, nargs, kwnames, &b) < 0 ||
        bisect(b.a, b.x, b.lo, b.hi, b.key, right, &index) < 0)
        return NULL;
    return rv_int_from_i64(index);
}

/* insort: the position of key(x) (x without a key), then a.insert. */
static rv_obj_t *do_insort(const char *fname, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames, bool right)
{
    bisect_args_t b;
    if (parse(fname, args, nargs, kwnames, &b) < 0)
        return NULL;
    rv_obj_t *kx = b.key ? rv_call1(b.key, b.x) : rv_incref(b.x);
    if (!kx)
        return NULL;
    int64_t index;
    int rc = bisect(b.a, kx, b.lo, b.hi, b.key, right, &index);
    rv_decref(kx);
    if (rc < 0)
        return NULL;
    if (RV_IS(b.a, rv_list_type)) {
        if (rv_list_insert(b.a, (intptr_t)index, b.x) < 0)
            return NULL;
        return rv_incref(rv_None);
    }
    rv_obj_t *insert = rv_getattr_cstr(b.a, "insert");
    if (!insert)
        return NULL;
    rv_obj_t *i = rv_int_from_i64(index);
    rv_obj_t *cargs[] = { i, b.x };
    rv_obj_t *r = rv_call(insert, cargs, 2, NULL);
    rv_decref(i);
    rv_decref(insert);
    if (!r)
        return NULL;
    rv_decref(r);
    return rv_incref(rv_None);
}

static rv_obj_t *bisect_bisect_right(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kw)
{
    return do_bisect("bisect_right", args, nargs, kw, true);
}

static rv_obj_t *bisect_bisect_left(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                    rv_obj_t *kw)
{
    return do_bisect("bisect_left", args, nargs, kw, false);
}

static rv_obj_t *bisect_insort_right(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kw)
{
    return do_insort("insort_right", args, nargs, kw, true);
}

static rv_obj_t *bisect_insort_left(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                    rv_obj_t *kw)
{
    return do_insort("insort_left", args, nargs, kw, false);
}

/* In the order of bisect's dict (`from bisect import *` binds them so):
 * bisect.py's `from _bisect import *`, then bisect = bisect_right and
 * insort = insort_right (the same objects: their __name__ says _right). */
static const rv_method_t bisect_functions[] = {
    { "insort_right", bisect_insort_right, 0 },
    { "bisect_right", bisect_bisect_right, 0 },
    { "insort_left", bisect_insort_left, 0 },
    { "bisect_left", bisect_bisect_left, 0 },
    { NULL, NULL, 0 },
};

static const char *const bisect_values[] = { "bisect", "insort", NULL };

static void bisect_init(rv_obj_t *m)
{
    rv_obj_t *d = rv_module_dict_borrow(m);
    rv_module_set_value(m, "bisect", rv_dict_get_cstr_borrow(d, "bisect_right"));
    rv_module_set_value(m, "insort", rv_dict_get_cstr_borrow(d, "insort_right"));
}

const rv_module_def_t rv_mod_bisect = {
    .name = "bisect",
    .functions = bisect_functions,
    .values = bisect_values,
    .init = bisect_init,
};
