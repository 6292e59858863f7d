/* src/core/exc.c - the built-in exception types, exception instances and the
 * pending-exception state. */
#include "core/exc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_traceback.h"
#include "core/obj_tuple.h"

static rv_obj_t *pending_exc;

/******************************************************************************/
/* exception instances                                                        */

static void exc_clear(rv_obj_t *o)
{
    rv_exc_t *e = (rv_exc_t *)o;
    rv_clearref(&e->args);
    rv_clearref(&e->context);
    rv_clearref(&e->cause);
    rv_dict_clear_owned(&e->dict, o);
    rv_clearref(&e->suggestion);
    rv_clearref(&e->name);
    rv_clearref(&e->obj);
    rv_clearref(&e->tb_obj);
    for (size_t i = 0; i < e->ntb; i++)
        rv_clearref(&e->tb[i].frame);
}

static void exc_release(rv_obj_t *o)
{
    rv_exc_t *e = (rv_exc_t *)o;
    for (size_t i = 0; i < e->ntb; i++) {
        rv_free(e->tb[i].file);
        rv_free(e->tb[i].func);
    }
    rv_free(e->tb);
    rv_obj_free(o);
}

static void exc_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_exc_t *e = (rv_exc_t *)o;
    rv_edge_t named = { .kind = RV_EDGE_NAMED };
    if (e->args) {
        named.name = "args";
        visit(e->args, &named, ctx);
    }
    if (e->context) {
        named.name = "__context__";
        visit(e->context, &named, ctx);
    }
    if (e->cause) {
        named.name = "__cause__";
        visit(e->cause, &named, ctx);
    }
    /* An AttributeError's name and obj are C members, not drawn; the
     * attributes of the instance's __dict__ are (self.data = data). */
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    if (e->name)
        visit(e->name, &hidden, ctx);
    if (e->obj)
        visit(e->obj, &hidden, ctx);
    if (e->dict) {
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(e->dict, &pos, &k, &v)) {
            if (!RV_IS(k, rv_str_type))
                continue;
            rv_edge_t attr = { .kind = RV_EDGE_NAMED, .name = rv_str_utf8(k), .view = true };
            visit(v, &attr, ctx);
        }
        visit(e->dict, &hidden, ctx);
    }
    if (e->suggestion)
        visit(e->suggestion, &hidden, ctx);
    /* The snapshot format never draws __traceback__. */
    if (e->tb_obj)
        visit(e->tb_obj, &hidden, ctx);
    for (size_t i = 0; i < e->ntb; i++)
        if (e->tb[i].frame)
            visit(e->tb[i].frame, &hidden, ctx);
}

rv_obj_t *rv_exc_traceback(rv_obj_t *exc)
{
    rv_exc_t *e = (rv_exc_t *)exc;
    if (!e->ntb)
        return rv_incref(rv_None);
    if (!e->tb_obj || e->tb_obj_n != e->ntb) {
        /* The newest entry is the frame the exception has reached, the head
         * of CPython's chain. */
        rv_obj_t *tb = rv_traceback_new(e->tb[e->ntb - 1].span.line);
        if (!tb)
            return NULL;
        rv_xdecref(e->tb_obj);
        e->tb_obj = tb;
        e->tb_obj_n = e->ntb;
    }
    return rv_incref(e->tb_obj);
}

rv_obj_t *rv_exc_message(rv_obj_t *exc)
{
    rv_exc_t *e = (rv_exc_t *)exc;
    size_t n = e->args ? rv_tuple_len(e->args) : 0;
    if (n == 0)
        return rv_str_from_cstr("");
    if (n == 1) {
        rv_obj_t *arg = rv_tuple_get_borrow(e->args, 0);
        /* KeyError_str: a lone key is shown by its repr. */
        if (rv_isinstance(exc, &rv_exc_KeyError))
            return rv_repr(arg);
        return rv_str(arg);
    }
    return rv_str(e->args);
}

static rv_obj_t *exc_str(rv_obj_t *o)
{
    return rv_exc_message(o);
}

static rv_obj_t *exc_repr(rv_obj_t *o)
{
    rv_exc_t *e = (rv_exc_t *)o;
    size_t n = e->args ? rv_tuple_len(e->args) : 0;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_adds(&b, o->type->name);
    rv_obj_t *r;
    if (n == 1) {
        r = rv_repr(rv_tuple_get_borrow(e->args, 0));
        if (!r)
            goto fail;
        rv_buf_addc(&b, '(');
        rv_buf_add(&b, rv_str_utf8(r), rv_str_nbytes(r));
        rv_buf_addc(&b, ')');
    } else {
        r = rv_repr(e->args);
        if (!r)
            goto fail;
        rv_buf_add(&b, rv_str_utf8(r), rv_str_nbytes(r));
    }
    rv_decref(r);
    rv_obj_t *s = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return s;
fail:
    rv_buf_free(&b);
    return NULL;
}

bool rv_exc_repr_from_args(const rv_obj_t *o)
{
    return o->type->repr == exc_repr;
}

/* AttributeError's members name and obj (settable, None when unset), or
 * NULL for other names and types. */
static rv_obj_t **attribute_error_member(rv_obj_t *o, const char *n)
{
    rv_exc_t *e = (rv_exc_t *)o;
    if (!rv_isinstance(o, &rv_exc_AttributeError))
        return NULL;
    if (strcmp(n, "name") == 0)
        return &e->name;
    if (strcmp(n, "obj") == 0)
        return &e->obj;
    return NULL;
}

rv_obj_t *rv_exc_exit_code(rv_obj_t *exc)
{
    rv_obj_t *args = ((rv_exc_t *)exc)->args;
    size_t n = rv_tuple_len(args);
    return rv_incref(n == 0 ? rv_None : n == 1 ? rv_tuple_get_borrow(args, 0) : args);
}

static rv_obj_t *exc_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_exc_t *e = (rv_exc_t *)o;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "args") == 0)
        return rv_incref(e->args);
    if (strcmp(n, "__context__") == 0)
        return rv_incref(e->context ? e->context : rv_None);
    if (strcmp(n, "__cause__") == 0)
        return rv_incref(e->cause ? e->cause : rv_None);
    if (strcmp(n, "__suppress_context__") == 0)
        return rv_bool_from(e->suppress_context);
    if (strcmp(n, "__dict__") == 0) {
        /* BaseException's __dict__ getset (vars(e)). */
        if (!e->dict)
            e->dict = rv_dict_new_owned(o);
        return rv_incref(e->dict);
    }
    if (strcmp(n, "__traceback__") == 0)
        return rv_exc_traceback(o);
    if (strcmp(n, "value") == 0 && rv_isinstance(o, &rv_exc_StopIteration))
        return rv_incref(rv_tuple_len(e->args) ? rv_tuple_get_borrow(e->args, 0) : rv_None);
    if (strcmp(n, "code") == 0 && rv_isinstance(o, &rv_exc_SystemExit))
        return rv_exc_exit_code(o);
    rv_obj_t **member = attribute_error_member(o, n);
    if (member)
        return rv_incref(*member ? *member : rv_None);
    if (e->dict) {
        rv_obj_t *v = rv_dict_get_borrow(e->dict, name);
        if (v)
            return rv_incref(v);
    }
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

/* The chaining attributes and args, with BaseException's getset checks
 * (BaseException_set_context, _set_cause, _set_args; __suppress_context__
 * is a T_BOOL member).  1 when name is one of them. */
static int exc_set_special(rv_exc_t *e, const char *n, rv_obj_t *value)
{
    bool context = strcmp(n, "__context__") == 0, cause = strcmp(n, "__cause__") == 0;
    if (context || cause) {
        if (!value) {
            rv_err_format(&rv_exc_TypeError, "%s may not be deleted", n);
            return -1;
        }
        if (value != rv_None && !rv_is_exc(value)) {
            rv_err_format(&rv_exc_TypeError, "exception %s must be None or derive from BaseException",
                          context ? "context" : "cause");
            return -1;
        }
        rv_touch(&e->ob);
        rv_setref(context ? &e->context : &e->cause, value == rv_None ? NULL : value);
        if (cause)
            e->suppress_context = true;
        return 1;
    }
    if (strcmp(n, "__suppress_context__") == 0) {
        if (!value) {
            rv_err_format(&rv_exc_TypeError, "can't delete numeric/char attribute");
            return -1;
        }
        if (!RV_IS(value, rv_bool_type)) {
            rv_err_format(&rv_exc_TypeError, "attribute value type must be bool");
            return -1;
        }
        e->suppress_context = value == rv_True;
        return 1;
    }
    if (strcmp(n, "args") == 0) {
        if (!value) {
            rv_err_format(&rv_exc_TypeError, "args may not be deleted");
            return -1;
        }
        rv_obj_t *t = rv_tuple_from_iterable(value);
        if (!t)
            return -1;
        rv_touch(&e->ob);
        rv_obj_t *old = e->args;
        e->args = t;
        rv_xdecref(old);
        return 1;
    }
    return 0;
}

static int exc_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    rv_exc_t *e = (rv_exc_t *)o;
    int special = exc_set_special(e, rv_str_utf8(name), value);
    if (special)
        return special < 0 ? -1 : 0;
    rv_obj_t **member = attribute_error_member(o, rv_str_utf8(name));
    if (member) {
        rv_touch(o);
        rv_obj_t *old = *member;
        /* Deleting empties it: it reads as None again (CPython's T_OBJECT). */
        *member = value ? rv_incref(value) : NULL;
        rv_xdecref(old);
        return 0;
    }
    rv_touch(o); /* its drawn attributes are the dict's */
    if (!e->dict)
        e->dict = rv_dict_new_owned(o);
    if (value)
        return rv_dict_set(e->dict, name, value);
    return rv_dict_del(e->dict, name);
}

static size_t exc_size(rv_obj_t *o)
{
    /* PyBaseExceptionObject (72) + GC header, plus the fields of the
     * structs some types extend it with (Objects/exceptions.c). */
    static const struct {
        const rv_type_t *type;
        size_t size;
    } sizes[] = {
        { &rv_exc_SyntaxError, 152 },    /* PySyntaxErrorObject */
        { &rv_exc_OSError, 128 },        /* PyOSErrorObject */
        { &rv_exc_ImportError, 112 },    /* PyImportErrorObject */
        { &rv_exc_AttributeError, 104 }, /* PyAttributeErrorObject */
        { &rv_exc_NameError, 96 },       /* PyNameErrorObject */
        { &rv_exc_StopIteration, 96 },   /* PyStopIterationObject */
        { &rv_exc_SystemExit, 96 },      /* PySystemExitObject */
    };
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
        if (rv_isinstance(o, sizes[i].type))
            return sizes[i].size;
    return 88;
}

static rv_obj_t *exc_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    if (nkw && !rv_type_is_subtype(type, &rv_exc_AttributeError)) {
        rv_err_format(&rv_exc_TypeError, "%s() takes no keyword arguments", type->name);
        return NULL;
    }
    /* AttributeError(*args, name=None, obj=None) */
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *kw = rv_tuple_get_borrow(kwnames, k);
        if (!rv_str_eq_cstr(kw, "name") && !rv_str_eq_cstr(kw, "obj")) {
            rv_err_format(&rv_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                          rv_str_utf8(kw), type->name);
            return NULL;
        }
    }
    rv_obj_t *e = rv_exc_new(type, args, nargs);
    for (size_t k = 0; e && k < nkw; k++)
        exc_setattr(e, rv_tuple_get_borrow(kwnames, k), args[nargs + k]);
    return e;
}

rv_obj_t *rv_exc_new(rv_type_t *type, rv_obj_t *const *args, size_t nargs)
{
    rv_obj_t *tuple = rv_tuple_from_array(args, nargs);
    if (!tuple)
        return NULL;
    rv_exc_t *e = rv_obj_alloc(type, sizeof(rv_exc_t));
    e->args = tuple;
    return &e->ob;
}

void rv_err_attribute_context(rv_obj_t *obj, rv_obj_t *name)
{
    rv_exc_t *e = (rv_exc_t *)pending_exc;
    /* The innermost lookup wins: an error passing through an outer lookup
     * keeps the attribute that was really missing. */
    if (!e || !rv_isinstance(pending_exc, &rv_exc_AttributeError) || e->name || e->obj)
        return;
    rv_touch(pending_exc);
    e->name = rv_incref(name);
    e->obj = rv_incref(obj);
}

void rv_exc_add_tb(rv_obj_t *exc, const char *file, const rv_tb_span_t *span, const char *func,
                   rv_obj_t *frame)
{
    rv_exc_t *e = (rv_exc_t *)exc;
    e->tb = rv_realloc(e->tb, (e->ntb + 1) * sizeof *e->tb);
    e->tb[e->ntb].file = rv_strdup(file);
    e->tb[e->ntb].span = *span;
    e->tb[e->ntb].func = rv_strdup(func);
    e->tb[e->ntb].frame = frame ? rv_incref(frame) : NULL;
    e->ntb++;
}

#define RV_DEFINE_EXC(name_, base_)                                                    \
    rv_type_t rv_exc_##name_ = {                                                       \
        .name = #name_,                                                                \
        .flags = RV_TF_EXC | RV_TF_GC | RV_TF_BASETYPE | RV_TF_MUTABLE,                \
        .clear = exc_clear,                                                            \
        .release = exc_release,                                                        \
        .traverse = exc_traverse,                                                      \
        .repr = exc_repr,                                                              \
        .str = exc_str,                                                                \
        .getattr = exc_getattr,                                                        \
        .setattr = exc_setattr,                                                        \
        .size = exc_size,                                                              \
        .make = exc_make,                                                              \
    };
RV_EXC_TYPES(RV_DEFINE_EXC)
#undef RV_DEFINE_EXC

void rv_exc_init_types(void)
{
#define RV_INIT_EXC(name_, base_)                                  \
    rv_obj_init_static(&rv_exc_##name_.ob, &rv_type_type);           \
    rv_exc_##name_.base = RV_EXC_BASE_##base_;
#define RV_EXC_BASE_NULL &rv_object_type
#define RV_EXC_BASE_BaseException &rv_exc_BaseException
#define RV_EXC_BASE_Exception &rv_exc_Exception
#define RV_EXC_BASE_ArithmeticError &rv_exc_ArithmeticError
#define RV_EXC_BASE_LookupError &rv_exc_LookupError
#define RV_EXC_BASE_NameError &rv_exc_NameError
#define RV_EXC_BASE_RuntimeError &rv_exc_RuntimeError
#define RV_EXC_BASE_ValueError &rv_exc_ValueError
#define RV_EXC_BASE_ImportError &rv_exc_ImportError
#define RV_EXC_BASE_SyntaxError &rv_exc_SyntaxError
    RV_EXC_TYPES(RV_INIT_EXC)
#undef RV_INIT_EXC
}

bool rv_is_exc_type(const rv_obj_t *o)
{
    return rv_isinstance(o, &rv_type_type) && (((const rv_type_t *)o)->flags & RV_TF_EXC);
}

bool rv_is_exc(const rv_obj_t *o)
{
    return (o->type->flags & RV_TF_EXC) != 0;
}

/******************************************************************************/
/* pending state                                                              */

void rv_err_set_exc(rv_obj_t *exc)
{
    rv_obj_t *old = pending_exc;
    pending_exc = rv_incref(exc);
    rv_xdecref(old);
}

void rv_err_set_obj(rv_type_t *type, rv_obj_t *value)
{
    rv_obj_t *exc = rv_exc_new(type, value ? &value : NULL, value ? 1 : 0);
    if (!exc)
        return;
    rv_err_set_exc(exc);
    rv_decref(exc);
}

void rv_err_format(rv_type_t *type, const char *fmt, ...)
{
    rv_buf_t b = RV_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    rv_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    rv_obj_t *msg = rv_str_from_buf(&b);
    rv_buf_free(&b);
    rv_err_set_obj(type, msg);
    rv_decref(msg);
}

rv_obj_t *rv_err_occurred(void)
{
    return pending_exc;
}

bool rv_err_matches(const rv_type_t *type)
{
    return pending_exc && rv_isinstance(pending_exc, type);
}

rv_obj_t *rv_err_fetch(void)
{
    rv_obj_t *e = pending_exc;
    pending_exc = NULL;
    return e;
}

void rv_err_restore(rv_obj_t *exc)
{
    rv_obj_t *old = pending_exc;
    pending_exc = exc;
    rv_xdecref(old);
}

void rv_err_clear(void)
{
    rv_clearref(&pending_exc);
}

void rv_err_nomem(void)
{
    rv_err_set_obj(&rv_exc_MemoryError, NULL);
}
