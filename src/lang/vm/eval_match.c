/* src/lang/vm/eval_match.c - what the match statement's instructions do at
 * run time (CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and
 * MATCH_CLASS, with match_keys and match_class of Python/ceval.c).
 *
 * What counts as a sequence or a mapping to patterns is a type flag in
 * CPython (Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING), as is the self-matching
 * of int(x), str(s), list(l) ... (_Py_TPFLAGS_MATCH_SELF).  A class inherits
 * them from its base; here they are read off the first built-in type up the
 * base chain, by its tp_name. */
#include <string.h>

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_list.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "core/obj_weakdict.h"
#include "lang/objects/class.h"
#include "lang/vm/vm_int.h"

static const char *const sequence_types[] = {
    "list", "tuple", "range", "memoryview", "collections.deque", "array.array", NULL,
};
static const char *const mapping_types[] = { "dict", "mappingproxy", NULL };
static const char *const self_matching_types[] = {
    "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str",
    "tuple", NULL,
};

static bool listed(const char *const *names, const char *name)
{
    for (size_t i = 0; names[i]; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

/* The flag `names` stands for, as t has it: inherited from the nearest
 * built-in type among t and its bases (CPython's inherit_patma_flags). */
static bool has_flag(const rv_type_t *t, const char *const *names)
{
    while (t && rv_is_heap_type(t))
        t = t->base;
    for (; t; t = t->base)
        if (listed(names, t->name))
            return true;
    return false;
}

bool rv_vm_match_sequence(rv_obj_t *o)
{
    return has_flag(o->type, sequence_types);
}

int rv_vm_match_mapping(rv_obj_t *o)
{
    if (rv_isinstance(o, &rv_weakvaluedict_type)) {
        rv_err_format(&rv_exc_RefvizUnsupported, "mapping patterns on a WeakValueDictionary");
        return -1;
    }
    return has_flag(o->type, mapping_types);
}

/******************************************************************************/
/* MATCH_KEYS                                                                 */

/* Whether key equals one of keys[0..n): -1 on error (an unhashable key). */
static int seen_before(rv_obj_t *const *keys, size_t n, rv_obj_t *key)
{
    int64_t h, hk;
    if (rv_hash(key, &hk) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (rv_hash(keys[i], &h) < 0)
            return -1;
        if (h != hk)
            continue;
        int eq = rv_eq(keys[i], key);
        if (eq != 0)
            return eq;
    }
    return 0;
}

/* map.get(key, dummy) as match_keys asks it: a program subclass's own get
 * is called; a dict is read directly (no __missing__, as with get).  NULL
 * with no exception: missing. */
static rv_obj_t *get_value(rv_obj_t *map, rv_obj_t *key, rv_obj_t *get, rv_obj_t *dummy)
{
    if (!get) {
        rv_obj_t *v = rv_dict_get_borrow(map, key);
        return v ? rv_incref(v) : NULL;
    }
    rv_obj_t *args[2] = { key, dummy };
    rv_obj_t *v = rv_call(get, args, 2, NULL);
    if (v == dummy) {
        rv_decref(v);
        return NULL;
    }
    return v;
}

rv_obj_t *rv_vm_match_keys(rv_obj_t *map, rv_obj_t *keys)
{
    size_t n = rv_tuple_len(keys);
    if (!n)
        return rv_tuple_new(0);
    rv_obj_t *get = NULL, *dummy = NULL, *values = NULL;
    if (rv_is_heap_type(map->type) && rv_class_lookup_cstr(map->type, "get")) {
        get = rv_getattr_cstr(map, "get");
        dummy = get ? rv_call0((rv_obj_t *)&rv_object_type) : NULL;
        if (!dummy)
            goto fail;
    }
    values = rv_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *key = rv_tuple_get_borrow(keys, i);
        int seen = seen_before(RV_TUPLE(keys)->items, i, key);
        if (seen > 0) {
            rv_obj_t *r = rv_repr(key);
            if (r)
                rv_err_format(&rv_exc_ValueError, "mapping pattern checks duplicate key (%s)",
                              rv_str_utf8(r));
            rv_xdecref(r);
        }
        if (seen != 0)
            goto fail_items;
        rv_obj_t *v = get_value(map, key, get, dummy);
        if (!v) {
            if (rv_err_occurred())
                goto fail_items;
            for (size_t k = i; k < n; k++)
                rv_tuple_set_steal(values, k, rv_incref(rv_None));
            rv_decref(values);
            values = rv_incref(rv_None);
            break;
        }
        rv_tuple_set_steal(values, i, v);
        continue;
    fail_items:
        for (size_t k = i; k < n; k++)
            rv_tuple_set_steal(values, k, rv_incref(rv_None));
        goto fail;
    }
    rv_xdecref(get);
    rv_xdecref(dummy);
    return values;
fail:
    rv_xdecref(values);
    rv_xdecref(get);
    rv_xdecref(dummy);
    return NULL;
}

/******************************************************************************/
/* MATCH_CLASS                                                                */

/* One attribute for a sub-pattern (match_class_attr): NULL with no
 * exception when the subject lacks it. */
static rv_obj_t *class_attr(rv_obj_t *subject, const rv_type_t *type, rv_obj_t *name,
                            rv_obj_t *seen)
{
    for (size_t i = 0; i < rv_list_len(seen); i++) {
        int eq = rv_eq(rv_list_get_borrow(seen, i), name);
        if (eq < 0)
            return NULL;
        if (eq) {
            rv_obj_t *r = rv_repr(name);
            if (r)
                rv_err_format(&rv_exc_TypeError, "%s() got multiple sub-patterns for attribute %s",
                              type->name, rv_str_utf8(r));
            rv_xdecref(r);
            return NULL;
        }
    }
    if (rv_list_append(seen, name) < 0)
        return NULL;
    rv_obj_t *attr = rv_getattr(subject, name);
    if (!attr && rv_err_matches(&rv_exc_AttributeError))
        rv_err_clear();
    return attr;
}

/* The positional sub-patterns' attributes, appended to attrs: 0, 1 when
 * one is missing (no match), -1 on error. */
static int positional_attrs(rv_obj_t *subject, const rv_type_t *type, size_t nargs,
                            rv_obj_t *seen, rv_obj_t *attrs)
{
    bool match_self = false;
    rv_obj_t *match_args = rv_getattr_cstr((rv_obj_t *)type, "__match_args__");
    if (match_args) {
        if (!RV_IS(match_args, rv_tuple_type)) {
            rv_err_format(&rv_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                          type->name, match_args->type->name);
            rv_decref(match_args);
            return -1;
        }
    } else if (rv_err_matches(&rv_exc_AttributeError)) {
        /* The self-matching types count only without __match_args__. */
        rv_err_clear();
        match_args = rv_tuple_new(0);
        match_self = has_flag(type, self_matching_types);
    } else {
        return -1;
    }
    size_t allowed = match_self ? 1 : rv_tuple_len(match_args);
    int r = 0;
    if (allowed < nargs) {
        rv_err_format(&rv_exc_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)",
                      type->name, allowed, allowed == 1 ? "" : "s", nargs);
        r = -1;
    } else if (match_self) {
        r = rv_list_append(attrs, subject);
    } else {
        for (size_t i = 0; i < nargs && r == 0; i++) {
            rv_obj_t *name = rv_tuple_get_borrow(match_args, i);
            if (!RV_IS(name, rv_str_type)) {
                rv_err_format(&rv_exc_TypeError,
                              "__match_args__ elements must be strings (got %s)",
                              name->type->name);
                r = -1;
                break;
            }
            rv_obj_t *attr = class_attr(subject, type, name, seen);
            if (!attr) {
                r = rv_err_occurred() ? -1 : 1;
                break;
            }
            r = rv_list_append(attrs, attr);
            rv_decref(attr);
        }
    }
    rv_decref(match_args);
    return r;
}

rv_obj_t *rv_vm_match_class(rv_obj_t *subject, rv_obj_t *cls, size_t nargs, rv_obj_t *names)
{
    if (!rv_isinstance(cls, &rv_type_type)) {
        rv_err_format(&rv_exc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    const rv_type_t *type = (const rv_type_t *)cls;
    if (!rv_isinstance(subject, type))
        return rv_incref(rv_None);
    rv_obj_t *seen = rv_list_new(0), *attrs = rv_list_new(0);
    int r = nargs ? positional_attrs(subject, type, nargs, seen, attrs) : 0;
    for (size_t i = 0; r == 0 && i < rv_tuple_len(names); i++) {
        rv_obj_t *attr = class_attr(subject, type, rv_tuple_get_borrow(names, i), seen);
        if (!attr) {
            r = rv_err_occurred() ? -1 : 1;
            break;
        }
        r = rv_list_append(attrs, attr);
        rv_decref(attr);
    }
    rv_obj_t *result = r < 0   ? NULL
                       : r > 0 ? rv_incref(rv_None)
                               : rv_tuple_from_array(RV_LIST(attrs)->items, rv_list_len(attrs));
    rv_decref(seen);
    rv_decref(attrs);
    return result;
}
