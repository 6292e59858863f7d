/* src/core/object.c - the generic object protocol: every operation the
 * interpreter performs on a value goes through one of these functions, which
 * dispatch on the type slots and raise CPython's TypeError texts when a type
 * lacks the slot (Objects/abstract.c and Objects/object.c). */
#include "core/object.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

int rv_recursion_limit = 1000;
int rv_recursion_depth = 0;

bool rv_type_is_subtype(const rv_type_t *t, const rv_type_t *base)
{
    for (; t; t = t->base)
        if (t == base)
            return true;
    return false;
}

void rv_type_inherit_slots(rv_type_t *t)
{
    const rv_type_t *b = t->base;
    if (!b || b == &rv_object_type)
        return;
#define INHERIT(slot)          \
    if (!t->slot)              \
        t->slot = b->slot
    INHERIT(richcompare);
    INHERIT(truth);
    INHERIT(len);
    INHERIT(binop);
    INHERIT(inplace);
    INHERIT(unop);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(iter);
    INHERIT(next);
    INHERIT(format);
#undef INHERIT
}

/* The C stack the evaluator runs on (rv_stack_guard_set): Python calls
 * nest C calls, so a high recursion limit must not outrun it. */
static uintptr_t stack_base;
static size_t stack_room;

void rv_stack_guard_set(const void *base, size_t room)
{
    stack_base = (uintptr_t)base;
    stack_room = room;
}

static bool stack_exhausted(void)
{
    char here = 0;
    uintptr_t at = (uintptr_t)&here;
    size_t used = stack_base > at ? stack_base - at : at - stack_base;
    return stack_base && used > stack_room;
}

int rv_enter_recursive(const char *where)
{
    if (++rv_recursion_depth > rv_recursion_limit || stack_exhausted()) {
        rv_recursion_depth--;
        rv_err_format(&rv_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void rv_leave_recursive(void)
{
    rv_recursion_depth--;
}

/******************************************************************************/
/* recursive repr guard (Py_ReprEnter)                                        */

static rv_obj_t **repr_stack;
static size_t repr_len, repr_cap;

int rv_repr_enter(rv_obj_t *o)
{
    for (size_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_len == repr_cap) {
        repr_cap = repr_cap ? repr_cap * 2 : 32;
        repr_stack = rv_realloc(repr_stack, repr_cap * sizeof *repr_stack);
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void rv_repr_leave(rv_obj_t *o)
{
    for (size_t i = repr_len; i-- > 0;) {
        if (repr_stack[i] == o) {
            memmove(repr_stack + i, repr_stack + i + 1, (repr_len - i - 1) * sizeof *repr_stack);
            repr_len--;
            break;
        }
    }
    if (repr_len == 0) {
        rv_free(repr_stack);
        repr_stack = NULL;
        repr_cap = 0;
    }
}

/******************************************************************************/
/* presentation                                                               */

rv_obj_t *rv_repr(rv_obj_t *o)
{
    if (!o->type->repr)
        return rv_default_repr(o);
    if (rv_enter_recursive(" while getting the repr of an object") < 0)
        return NULL;
    rv_obj_t *r = o->type->repr(o);
    rv_leave_recursive();
    return r;
}

rv_obj_t *rv_str(rv_obj_t *o)
{
    if (RV_IS(o, rv_str_type))
        return rv_incref(o);
    if (!o->type->str)
        return rv_repr(o);
    if (rv_enter_recursive(" while getting the str of an object") < 0)
        return NULL;
    rv_obj_t *r = o->type->str(o);
    rv_leave_recursive();
    return r;
}

/* PyObject_ASCII: the repr, itself when it is all ASCII, else with every
 * other character escaped as \xhh, \uhhhh or \Uhhhhhhhh. */
rv_obj_t *rv_ascii(rv_obj_t *o)
{
    rv_obj_t *r = rv_repr(o);
    if (!r || rv_str_len(r) == rv_str_nbytes(r))
        return r;
    rv_buf_t b = RV_BUF_INIT;
    const char *p = rv_str_utf8(r), *end = p + rv_str_nbytes(r);
    while (p < end) {
        uint32_t cp = rv_utf8_decode(&p);
        if (cp < 0x80)
            rv_buf_addc(&b, (char)cp);
        else if (cp < 0x100)
            rv_buf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000)
            rv_buf_printf(&b, "\\u%04x", cp);
        else
            rv_buf_printf(&b, "\\U%08x", cp);
    }
    rv_decref(r);
    rv_obj_t *out = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return out;
}

rv_obj_t *rv_format(rv_obj_t *o, rv_obj_t *spec)
{
    /* PyObject_Format's fast paths: an empty spec gives a str itself and an
     * int's str(), a new object even for one digit. */
    if (rv_str_len(spec) == 0) {
        if (RV_IS(o, rv_str_type))
            return rv_incref(o);
        if (RV_IS(o, rv_int_type))
            return rv_str(o);
    }
    if (o->type->format)
        return o->type->format(o, spec);
    if (rv_str_len(spec) == 0)
        return rv_str(o);
    rv_err_format(&rv_exc_TypeError, "unsupported format string passed to %s.__format__",
                  o->type->name);
    return NULL;
}

size_t rv_sizeof(rv_obj_t *o)
{
    return o->type->size ? o->type->size(o) : sizeof(rv_obj_t);
}

bool rv_is_mutable(const rv_obj_t *o)
{
    if (o->type == &rv_type_type) {
        /* Py_TPFLAGS_IMMUTABLETYPE: set on static types and on the heap
         * types C extensions make; classes written in Python lack it. */
        const rv_type_t *t = (const rv_type_t *)o;
        return (t->flags & (RV_TF_HEAPTYPE | RV_TF_PYCLASS | RV_TF_PYCLASS_NODICT)) != 0;
    }
    return (o->type->flags & RV_TF_MUTABLE) != 0;
}

const char *rv_type_name(const rv_type_t *t)
{
    /* type_name() in typeobject.c: a static type's tp_name may carry its
     * module; a heap type's __name__ is kept apart from it. */
    const char *dot = (t->flags & RV_TF_HEAPTYPE) ? NULL : strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

const char *(*rv_metatype_name)(const rv_type_t *t);
rv_obj_t *(*rv_metatype_of)(const rv_type_t *t);

const rv_type_t *rv_slots_of(const rv_obj_t *o)
{
    const rv_type_t *t = (const rv_type_t *)o;
    if (o->type == &rv_type_type && (t->flags & RV_TF_METATYPE) && rv_metatype_of &&
        rv_metatype_of(t))
        return (const rv_type_t *)rv_metatype_of(t);
    return o->type;
}

const char *rv_obj_type_name(const rv_obj_t *o)
{
    if (o->type == &rv_type_type && (((const rv_type_t *)o)->flags & RV_TF_ABCMETA))
        return "ABCMeta";
    if (o->type == &rv_type_type && (((const rv_type_t *)o)->flags & RV_TF_METATYPE) &&
        rv_metatype_name)
        return rv_metatype_name((const rv_type_t *)o);
    return rv_type_name(o->type);
}

void rv_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    if (o->type->traverse)
        o->type->traverse(o, visit, ctx);
}

/******************************************************************************/
/* hashing, truth, comparison                                                 */

int rv_hash(rv_obj_t *o, int64_t *out)
{
    if (!o->type->hash) {
        rv_err_format(&rv_exc_TypeError, "unhashable type: '%s'", o->type->name);
        return -1;
    }
    return o->type->hash(o, out);
}

int rv_truth(rv_obj_t *o)
{
    if (o == rv_True)
        return 1;
    if (o == rv_False || o == rv_None)
        return 0;
    if (o->type->truth)
        return o->type->truth(o);
    if (o->type->len) {
        size_t n;
        if (o->type->len(o, &n) < 0)
            return -1;
        return n > 0;
    }
    return 1;
}

int rv_len(rv_obj_t *o, size_t *out)
{
    if (!rv_slots_of(o)->len) {
        rv_err_format(&rv_exc_TypeError, "object of type '%s' has no len()", o->type->name);
        return -1;
    }
    return rv_slots_of(o)->len(o, out);
}

static const char *const cmp_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };
static const rv_cmpop_t swapped_cmp[] = { RV_GT, RV_GE, RV_EQ, RV_NE, RV_LT, RV_LE };

/* do_richcompare: the reflected operation of a subtype goes first. */
rv_obj_t *rv_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (rv_enter_recursive(" in comparison") < 0)
        return NULL;
    rv_obj_t *r = NULL;
    bool reflected_first = a->type != b->type && rv_type_is_subtype(b->type, a->type) &&
                           b->type->richcompare;
    if (reflected_first) {
        r = b->type->richcompare(b, a, swapped_cmp[op]);
        if (!r || r != rv_NotImplemented)
            goto done;
        rv_decref(r);
    }
    if (a->type->richcompare) {
        r = a->type->richcompare(a, b, op);
        if (!r || r != rv_NotImplemented)
            goto done;
        rv_decref(r);
    }
    if (!reflected_first && b->type->richcompare) {
        r = b->type->richcompare(b, a, swapped_cmp[op]);
        if (!r || r != rv_NotImplemented)
            goto done;
        rv_decref(r);
    }
    if (op == RV_EQ || op == RV_NE) {
        r = rv_bool_from((a == b) == (op == RV_EQ));
        goto done;
    }
    rv_err_format(&rv_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                  cmp_symbols[op], a->type->name, b->type->name);
    r = NULL;
done:
    rv_leave_recursive();
    return r;
}

int rv_richcompare_bool(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (a == b) {
        if (op == RV_EQ)
            return 1;
        if (op == RV_NE)
            return 0;
    }
    rv_obj_t *r = rv_richcompare(a, b, op);
    if (!r)
        return -1;
    int t = rv_truth(r);
    rv_decref(r);
    return t;
}

/******************************************************************************/
/* arithmetic                                                                 */

static const char *const binop_symbols[] = {
    "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@",
};
static const char *const inplace_symbols[] = {
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=",
};

/* binary_op1: the left operand's slot first, unless the right operand's
 * type is a proper subtype (then it gets the first chance). */
static rv_obj_t *binop1(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    rv_obj_t *(*sa)(rv_binop_t, rv_obj_t *, rv_obj_t *) = a->type->binop;
    rv_obj_t *(*sb)(rv_binop_t, rv_obj_t *, rv_obj_t *) = b->type->binop;
    if (sb == sa)
        sb = NULL;
    rv_obj_t *r;
    if (sa) {
        if (sb && rv_type_is_subtype(b->type, a->type)) {
            r = sb(op, a, b);
            if (r != rv_NotImplemented)
                return r;
            rv_decref(r);
            sb = NULL;
        }
        r = sa(op, a, b);
        if (r != rv_NotImplemented)
            return r;
        rv_decref(r);
    }
    if (sb)
        return sb(op, a, b);
    return rv_incref(rv_NotImplemented);
}

rv_obj_t *rv_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    rv_obj_t *r = binop1(op, a, b);
    if (r != rv_NotImplemented)
        return r;
    rv_decref(r);
    rv_err_format(&rv_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                  binop_symbols[op], a->type->name, b->type->name);
    return NULL;
}

rv_obj_t *rv_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (a->type->inplace) {
        rv_obj_t *r = a->type->inplace(op, a, b);
        if (r != rv_NotImplemented)
            return r;
        rv_decref(r);
    }
    rv_obj_t *r = binop1(op, a, b);
    if (r != rv_NotImplemented)
        return r;
    rv_decref(r);
    rv_err_format(&rv_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                  inplace_symbols[op], a->type->name, b->type->name);
    return NULL;
}

rv_obj_t *rv_unop(rv_unop_t op, rv_obj_t *a)
{
    static const char *const names[] = { "unary -", "unary +", "unary ~" };
    if (a->type->unop) {
        rv_obj_t *r = a->type->unop(op, a);
        if (r != rv_NotImplemented)
            return r;
        rv_decref(r);
    }
    rv_err_format(&rv_exc_TypeError, "bad operand type for %s: '%s'", names[op], a->type->name);
    return NULL;
}

/******************************************************************************/
/* containers                                                                 */

rv_obj_t *rv_getitem(rv_obj_t *o, rv_obj_t *key)
{
    if (rv_slots_of(o)->getitem)
        return rv_slots_of(o)->getitem(o, key);
    if (rv_isinstance(o, &rv_type_type))
        rv_err_format(&rv_exc_RefvizUnsupported, "subscripting the type '%s'",
                      ((rv_type_t *)o)->name);
    else
        rv_err_format(&rv_exc_TypeError, "'%s' object is not subscriptable", o->type->name);
    return NULL;
}

int rv_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    if (!o->type->setitem) {
        rv_err_format(&rv_exc_TypeError, "'%s' object does not support item assignment",
                      o->type->name);
        return -1;
    }
    return o->type->setitem(o, key, value);
}

int rv_delitem(rv_obj_t *o, rv_obj_t *key)
{
    if (!o->type->setitem) {
        rv_err_format(&rv_exc_TypeError, "'%s' object doesn't support item deletion",
                      o->type->name);
        return -1;
    }
    return o->type->setitem(o, key, NULL);
}

int rv_contains(rv_obj_t *o, rv_obj_t *item)
{
    if (rv_slots_of(o)->contains)
        return rv_slots_of(o)->contains(o, item);
    if (!o->type->iter) {
        rv_err_format(&rv_exc_TypeError, "argument of type '%s' is not iterable",
                      o->type->name);
        return -1;
    }
    rv_obj_t *it = rv_iter(o);
    if (!it)
        return -1;
    int found = 0;
    rv_obj_t *x;
    while ((x = rv_next(it)) != NULL) {
        int eq = rv_eq(x, item);
        rv_decref(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    rv_decref(it);
    if (found == 0 && rv_err_occurred())
        return -1;
    return found;
}

rv_obj_t *rv_iter(rv_obj_t *o)
{
    if (!rv_slots_of(o)->iter) {
        rv_err_format(&rv_exc_TypeError, "'%s' object is not iterable", o->type->name);
        return NULL;
    }
    return rv_slots_of(o)->iter(o);
}

rv_obj_t *rv_next(rv_obj_t *it)
{
    if (!it->type->next) {
        rv_err_format(&rv_exc_TypeError, "'%s' object is not an iterator", it->type->name);
        return NULL;
    }
    return it->type->next(it);
}

/******************************************************************************/
/* calls and attributes                                                       */

rv_obj_t *rv_call(rv_obj_t *callable, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    if (!callable->type->call) {
        rv_err_format(&rv_exc_TypeError, "'%s' object is not callable", callable->type->name);
        return NULL;
    }
    return callable->type->call(callable, args, nargs, kwnames);
}

rv_obj_t *rv_call0(rv_obj_t *callable)
{
    return rv_call(callable, NULL, 0, NULL);
}

rv_obj_t *rv_call1(rv_obj_t *callable, rv_obj_t *arg)
{
    return rv_call(callable, &arg, 1, NULL);
}

const rv_method_t *rv_type_find_method(const rv_type_t *t, const char *name)
{
    for (; t; t = t->base) {
        if (!t->methods)
            continue;
        for (const rv_method_t *m = t->methods; m->name; m++)
            if (strcmp(m->name, name) == 0)
                return m;
    }
    return NULL;
}

static rv_obj_t *lookup_attr(rv_obj_t *o, rv_obj_t *name)
{
    if (o->type->getattr) {
        rv_obj_t *r = o->type->getattr(o, name);
        /* Every object has object.__class__, whatever its own lookup knows. */
        if (!r && rv_err_matches(&rv_exc_AttributeError) && rv_str_eq_cstr(name, "__class__")) {
            rv_err_clear();
            return rv_incref((rv_obj_t *)o->type);
        }
        return r;
    }
    const char *n = rv_str_utf8(name);
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m) {
        if (m->flags & RV_METH_CLASS)
            return rv_builtin_new(m, (rv_obj_t *)o->type);
        return rv_builtin_new(m, o);
    }
    if (strcmp(n, "__class__") == 0)
        return rv_incref((rv_obj_t *)o->type);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

rv_obj_t *rv_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_obj_t *r = lookup_attr(o, name);
    if (!r)
        rv_err_attribute_context(o, name);
    return r;
}

rv_obj_t *rv_getattr_cstr(rv_obj_t *o, const char *name)
{
    rv_obj_t *n = rv_str_from_cstr(name);
    rv_obj_t *r = rv_getattr(o, n);
    rv_decref(n);
    return r;
}

int rv_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    if (o->type->setattr)
        return o->type->setattr(o, name, value);
    const char *n = rv_str_utf8(name);
    if (rv_type_find_method(o->type, n))
        rv_err_format(&rv_exc_AttributeError, "'%s' object attribute '%s' is read-only",
                      o->type->name, n);
    else
        rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'",
                      o->type->name, n);
    return -1;
}

rv_obj_t *rv_index_value(rv_obj_t *o)
{
    if (rv_isinstance(o, &rv_int_type))
        return rv_incref(o);
    rv_obj_t *v;
    if (o->type->pynumber) {
        v = o->type->pynumber(o);
        if (RV_IS(v, rv_int_type))
            return v;
        rv_decref(v);
        return NULL;
    }
    if (!o->type->index)
        return NULL;
    v = o->type->index(o);
    if (v && !rv_isinstance(v, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "__index__ returned non-int (type %s)", v->type->name);
        rv_clearref(&v);
    }
    return v;
}

int rv_index_to_ssize(rv_obj_t *o, intptr_t *out, bool *is_int)
{
    if (o->type->index) { /* a class's __index__: its errors are the caller's */
        rv_obj_t *v = rv_index_value(o);
        *is_int = true;
        if (!v)
            return -1;
        int r = rv_index_to_ssize(v, out, is_int);
        rv_decref(v);
        if (r < 0) { /* the message names the object, not its int */
            rv_err_clear();
            rv_err_format(&rv_exc_IndexError, "cannot fit '%s' into an index-sized integer",
                          o->type->name);
        }
        return r;
    }
    if (o->type->pynumber) { /* a NumPy integer is an index, its bool and floats not */
        rv_obj_t *v = o->type->pynumber(o);
        int r = -1;
        *is_int = false;
        if (RV_IS(v, rv_int_type))
            r = rv_index_to_ssize(v, out, is_int);
        rv_decref(v);
        return r;
    }
    if (!rv_isinstance(o, &rv_int_type)) {
        *is_int = false;
        return -1;
    }
    *is_int = true;
    int64_t v;
    if (!rv_int_fits_i64(o, &v) || v > INTPTR_MAX || v < INTPTR_MIN) {
        rv_err_format(&rv_exc_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = (intptr_t)v;
    return 0;
}
