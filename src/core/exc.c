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
#include "core/obj_bytes.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
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
    rv_clearref(&e->unicode);
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
    if (e->unicode)
        visit(e->unicode, &hidden, ctx);
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

/******************************************************************************/
/* UnicodeEncodeError and UnicodeDecodeError                                  */

enum { U_ENCODING, U_OBJECT, U_START, U_END, U_REASON };
static const char *const unicode_members[] = { "encoding", "object", "start", "end", "reason" };

static bool is_unicode_error(const rv_obj_t *o)
{
    return rv_isinstance(o, &rv_exc_UnicodeEncodeError) ||
           rv_isinstance(o, &rv_exc_UnicodeDecodeError);
}

static int unicode_member(const char *n)
{
    for (int i = 0; i < 5; i++)
        if (strcmp(n, unicode_members[i]) == 0)
            return i;
    return -1;
}

rv_obj_t *rv_exc_unicode_new(rv_type_t *type, const char *encoding, rv_obj_t *source,
                             rv_obj_t *object, size_t start, size_t end, const char *reason)
{
    rv_obj_t *enc = rv_str_from_cstr(encoding), *why = rv_str_from_cstr(reason);
    rv_obj_t *s = rv_int_from_u64(start), *e = rv_int_from_u64(end);
    rv_obj_t *args[5] = { enc, source, s, e, why };
    rv_obj_t *exc = rv_exc_new(type, args, 5);
    args[1] = object;
    ((rv_exc_t *)exc)->unicode = rv_tuple_from_array(args, 5);
    for (int i = 0; i < 5; i++)
        if (i != 1)
            rv_decref(args[i]);
    return exc;
}

/* A start or end member (T_PYSSIZET). */
static int64_t unicode_index(const rv_exc_t *e, int which)
{
    int64_t v = 0;
    rv_int_fits_i64(rv_tuple_get_borrow(e->unicode, (size_t)which), &v);
    return v;
}

/* UnicodeEncodeError_str / UnicodeDecodeError_str: one character or byte
 * when the range covers exactly one that exists, else the range. */
static rv_obj_t *unicode_message(rv_exc_t *e)
{
    bool decode = rv_isinstance(&e->ob, &rv_exc_UnicodeDecodeError);
    rv_obj_t *enc = rv_str(rv_tuple_get_borrow(e->unicode, U_ENCODING));
    rv_obj_t *why = enc ? rv_str(rv_tuple_get_borrow(e->unicode, U_REASON)) : NULL;
    if (!why) {
        rv_xdecref(enc);
        return NULL;
    }
    rv_obj_t *obj = rv_tuple_get_borrow(e->unicode, U_OBJECT);
    int64_t start = unicode_index(e, U_START), end = unicode_index(e, U_END);
    size_t len = 0;
    if (decode && RV_IS(obj, rv_bytes_type))
        len = rv_bytes_len(obj);
    else if (!decode && RV_IS(obj, rv_str_type))
        len = rv_str_len(obj);
    bool one = start >= 0 && (uint64_t)start < len && end == start + 1;
    rv_obj_t *r;
    if (one && decode) {
        r = rv_str_printf("'%s' codec can't decode byte 0x%02x in position %lld: %s",
                          rv_str_utf8(enc), (unsigned)rv_bytes_data(obj)[start],
                          (long long)start, rv_str_utf8(why));
    } else if (one) {
        /* \x%02x, \u%04x or \U%08x by the character's size. */
        uint32_t c = rv_str_char_at(obj, (size_t)start);
        char esc[16];
        if (c <= 0xff)
            snprintf(esc, sizeof esc, "x%02x", (unsigned)c);
        else if (c <= 0xffff)
            snprintf(esc, sizeof esc, "u%04x", (unsigned)c);
        else
            snprintf(esc, sizeof esc, "U%08x", (unsigned)c);
        r = rv_str_printf("'%s' codec can't encode character '\\%s' in position %lld: %s",
                          rv_str_utf8(enc), esc, (long long)start, rv_str_utf8(why));
    } else {
        r = rv_str_printf("'%s' codec can't %s in position %lld-%lld: %s", rv_str_utf8(enc),
                          decode ? "decode bytes" : "encode characters", (long long)start,
                          (long long)(end - 1), rv_str_utf8(why));
    }
    rv_decref(enc);
    rv_decref(why);
    return r;
}

/* UnicodeEncodeError_init / UnicodeDecodeError_init: exactly five
 * positional arguments, typed; the decode error keeps a bytes copy of a
 * bytes-like object. */
static int unicode_init(rv_exc_t *e, rv_obj_t *const *args, size_t nargs)
{
    bool decode = rv_isinstance(&e->ob, &rv_exc_UnicodeDecodeError);
    if (nargs != 5) {
        rv_err_format(&rv_exc_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return -1;
    }
    if (!RV_IS(args[0], rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "argument 1 must be str, not %s",
                      rv_arg_type_name(args[0]));
        return -1;
    }
    rv_obj_t *object;
    if (decode) {
        rv_buffer_t v;
        if (rv_buffer_need(args[1], &v) < 0)
            return -1;
        object = rv_bytes_from(v.data, v.len);
        rv_buffer_release(&v);
    } else {
        if (!RV_IS(args[1], rv_str_type)) {
            rv_err_format(&rv_exc_TypeError, "argument 2 must be str, not %s",
                          rv_arg_type_name(args[1]));
            return -1;
        }
        object = rv_incref(args[1]);
    }
    for (int i = 2; i < 4; i++) {
        int64_t v;
        if (!rv_isinstance(args[i], &rv_int_type)) {
            rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          RV_TYPE_NAME(args[i]));
        } else if (!rv_int_fits_i64(args[i], &v)) {
            rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        } else {
            continue;
        }
        rv_decref(object);
        return -1;
    }
    if (!RV_IS(args[4], rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "argument 5 must be str, not %s",
                      rv_arg_type_name(args[4]));
        rv_decref(object);
        return -1;
    }
    /* start and end are stored as C numbers: True reads back as 1. */
    int64_t start = 0, end = 0;
    rv_int_fits_i64(args[2], &start);
    rv_int_fits_i64(args[3], &end);
    rv_obj_t *s = rv_int_from_i64(start), *t = rv_int_from_i64(end);
    rv_obj_t *items[5] = { args[0], object, s, t, args[4] };
    e->unicode = rv_tuple_from_array(items, 5);
    rv_decref(object);
    rv_decref(s);
    rv_decref(t);
    return 0;
}

static rv_obj_t *unicode_getattr(rv_exc_t *e, int which)
{
    if (!e->unicode)
        return rv_incref(rv_None);
    return rv_incref(rv_tuple_get_borrow(e->unicode, (size_t)which));
}

/* The members are settable: start and end to ints (T_PYSSIZET), the others
 * to anything (T_OBJECT). */
static int unicode_setattr(rv_exc_t *e, int which, rv_obj_t *value)
{
    bool index = which == U_START || which == U_END;
    if (!value && index) {
        rv_err_format(&rv_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (index && !rv_isinstance(value, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "an integer is required");
        return -1;
    }
    if (!e->unicode) {
        rv_obj_t *nones[5] = { rv_None, rv_None, rv_None, rv_None, rv_None };
        e->unicode = rv_tuple_from_array(nones, 5);
    }
    rv_obj_t *items[5];
    for (size_t i = 0; i < 5; i++)
        items[i] = rv_tuple_get_borrow(e->unicode, i);
    rv_obj_t *v = value ? rv_incref(value) : rv_incref(rv_None);
    if (index) {
        int64_t x = 0;
        rv_int_fits_i64(value, &x);
        rv_decref(v);
        v = rv_int_from_i64(x);
    }
    items[which] = v;
    rv_obj_t *t = rv_tuple_from_array(items, 5);
    rv_decref(v);
    rv_touch(&e->ob);
    rv_decref(e->unicode);
    e->unicode = t;
    return 0;
}

rv_obj_t *rv_exc_message(rv_obj_t *exc)
{
    rv_exc_t *e = (rv_exc_t *)exc;
    if (is_unicode_error(exc))
        return e->unicode ? unicode_message(e) : rv_str_from_cstr("");
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
    rv_buf_adds(&b, rv_type_name(o->type)); /* _PyType_Name: "JSONDecodeError" */
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
    if (is_unicode_error(o) && unicode_member(n) >= 0)
        return unicode_getattr(e, unicode_member(n));
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
    if (is_unicode_error(o) && unicode_member(rv_str_utf8(name)) >= 0)
        return unicode_setattr(e, unicode_member(rv_str_utf8(name)), value);
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
        { &rv_exc_UnicodeEncodeError, 128 }, /* PyUnicodeErrorObject */
        { &rv_exc_UnicodeDecodeError, 128 },
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
    if (e && is_unicode_error(e) && unicode_init((rv_exc_t *)e, args, nargs) < 0)
        rv_clearref(&e);
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

/* Exception types added since the traces of the test suite were recorded:
 * they get their ids last (rv_exc_init_late_types), so that the ids of
 * the older statics (small ints, one-character strings) do not move. */
static rv_type_t *const late_types[] = { &rv_exc_BufferError, &rv_exc_UnicodeEncodeError,
                                         &rv_exc_UnicodeDecodeError };

static bool is_late(const rv_type_t *t)
{
    for (size_t i = 0; i < sizeof late_types / sizeof late_types[0]; i++)
        if (late_types[i] == t)
            return true;
    return false;
}

void rv_exc_init_late_types(void)
{
    for (size_t i = 0; i < sizeof late_types / sizeof late_types[0]; i++)
        if (!late_types[i]->ob.type)
            rv_obj_init_static(&late_types[i]->ob, &rv_type_type);
}

void rv_exc_init_types(void)
{
#define RV_INIT_EXC(name_, base_)                                  \
    if (!is_late(&rv_exc_##name_))                                   \
        rv_obj_init_static(&rv_exc_##name_.ob, &rv_type_type);       \
    rv_exc_##name_.base = RV_EXC_BASE_##base_;
#define RV_EXC_BASE_NULL &rv_object_type
#define RV_EXC_BASE_BaseException &rv_exc_BaseException
#define RV_EXC_BASE_Exception &rv_exc_Exception
#define RV_EXC_BASE_ArithmeticError &rv_exc_ArithmeticError
#define RV_EXC_BASE_LookupError &rv_exc_LookupError
#define RV_EXC_BASE_NameError &rv_exc_NameError
#define RV_EXC_BASE_RuntimeError &rv_exc_RuntimeError
#define RV_EXC_BASE_ValueError &rv_exc_ValueError
#define RV_EXC_BASE_UnicodeError &rv_exc_UnicodeError
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
