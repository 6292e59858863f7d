/* src/lang/modules/partial.c - functools.partial, after CPython 3.11's
 * Modules/_functoolsmodule.c: a callable with arguments fixed in advance.
 * Calling it passes the stored positional arguments first and merges the
 * stored keywords with the call's (the call's win). */
#include "lang/modules/functools.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_dict.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

typedef struct partial {
    rv_obj_t ob;
    rv_obj_t *func;
    rv_obj_t *args;  /* tuple */
    rv_obj_t *kw;    /* dict */
    rv_obj_t *dict;  /* __dict__, or NULL */
} partial_t;

static int identity_hash(rv_obj_t *o, int64_t *out)
{
    *out = (int64_t)o->id;
    return 0;
}

/* partial_new: a partial of a partial (without a __dict__) is flattened. */
rv_obj_t *rv_partial_new(rv_obj_t *func, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames)
{
    if (!func->type->call) {
        rv_err_format(&rv_exc_TypeError, "the first argument must be callable");
        return NULL;
    }
    rv_obj_t *pargs = NULL, *pkw = NULL;
    if (RV_IS(func, rv_partial_type) && !((partial_t *)func)->dict) {
        partial_t *inner = (partial_t *)func;
        pargs = inner->args;
        pkw = inner->kw;
        func = inner->func;
    }
    size_t npre = pargs ? rv_tuple_len(pargs) : 0;
    rv_obj_t *all = rv_tuple_new(npre + nargs);
    for (size_t i = 0; i < npre; i++)
        rv_tuple_set_steal(all, i, rv_incref(rv_tuple_get_borrow(pargs, i)));
    for (size_t i = 0; i < nargs; i++)
        rv_tuple_set_steal(all, npre + i, rv_incref(args[i]));
    rv_obj_t *kw = pkw ? rv_dict_copy(pkw) : rv_dict_new();
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (rv_dict_set(kw, rv_tuple_get_borrow(kwnames, i), args[nargs + i]) < 0) {
            rv_decref(all);
            rv_decref(kw);
            return NULL;
        }
    }
    partial_t *p = rv_obj_alloc(&rv_partial_type, sizeof(partial_t));
    p->func = rv_incref(func);
    p->args = all;
    p->kw = kw;
    return &p->ob;
}

static rv_obj_t *partial_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    (void)type;
    if (nargs < 1) {
        rv_err_format(&rv_exc_TypeError, "type 'partial' takes at least one argument");
        return NULL;
    }
    return rv_partial_new(args[0], args + 1, nargs - 1, kwnames);
}

static rv_obj_t *partial_call(rv_obj_t *o, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    partial_t *p = (partial_t *)o;
    size_t npre = rv_tuple_len(p->args);
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    if (rv_dict_len(p->kw) == 0) {
        /* Vectorcall: the stored arguments, then the call's as they came. */
        rv_obj_t **vec = rv_malloc((npre + nargs + nkw + 1) * sizeof *vec);
        for (size_t i = 0; i < npre; i++)
            vec[i] = rv_tuple_get_borrow(p->args, i);
        memcpy(vec + npre, args, (nargs + nkw) * sizeof *vec);
        rv_obj_t *r = rv_call(p->func, vec, npre + nargs, kwnames);
        rv_free(vec);
        return r;
    }
    rv_obj_t *kw = rv_dict_copy(p->kw);
    for (size_t i = 0; i < nkw; i++) {
        if (rv_dict_set(kw, rv_tuple_get_borrow(kwnames, i), args[nargs + i]) < 0) {
            rv_decref(kw);
            return NULL;
        }
    }
    size_t nk = rv_dict_len(kw);
    rv_obj_t **vec = rv_malloc((npre + nargs + nk + 1) * sizeof *vec);
    for (size_t i = 0; i < npre; i++)
        vec[i] = rv_tuple_get_borrow(p->args, i);
    for (size_t i = 0; i < nargs; i++)
        vec[npre + i] = args[i];
    rv_obj_t *names = rv_tuple_new(nk);
    size_t pos = 0, k = 0;
    rv_obj_t *key, *value;
    while (rv_dict_next(kw, &pos, &key, &value)) {
        rv_tuple_set_steal(names, k, rv_incref(key));
        vec[npre + nargs + k++] = value;
    }
    rv_obj_t *r = rv_call(p->func, vec, npre + nargs, names);
    rv_free(vec);
    rv_decref(names);
    rv_decref(kw);
    return r;
}

static void partial_clear(rv_obj_t *o)
{
    partial_t *p = (partial_t *)o;
    rv_clearref(&p->func);
    rv_clearref(&p->args);
    rv_clearref(&p->kw);
    rv_dict_clear_owned(&p->dict, o);
}

static void partial_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    partial_t *p = (partial_t *)o;
    static const char *const names[] = { "func", "args", "keywords" };
    rv_obj_t *refs[] = { p->func, p->args, p->kw };
    for (size_t i = 0; i < 3; i++) {
        rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = names[i] };
        if (refs[i])
            visit(refs[i], &e, ctx);
    }
    /* The snapshot format draws no __dict__ items of a partial. */
    if (p->dict) {
        rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
        visit(p->dict, &hidden, ctx);
    }
}

/* partial_repr: functools.partial(<function f at 0x..>, 1, b=2). */
static rv_obj_t *partial_repr(rv_obj_t *o)
{
    partial_t *p = (partial_t *)o;
    if (rv_repr_enter(o))
        return rv_str_from_cstr("...");
    rv_buf_t b = RV_BUF_INIT;
    rv_obj_t *r = rv_repr(p->func);
    if (!r)
        goto fail;
    rv_buf_printf(&b, "functools.partial(%s", rv_str_utf8(r));
    rv_decref(r);
    for (size_t i = 0; i < rv_tuple_len(p->args); i++) {
        if (!(r = rv_repr(rv_tuple_get_borrow(p->args, i))))
            goto fail;
        rv_buf_printf(&b, ", %s", rv_str_utf8(r));
        rv_decref(r);
    }
    size_t pos = 0;
    rv_obj_t *key, *value;
    while (rv_dict_next(p->kw, &pos, &key, &value)) {
        if (!(r = rv_repr(value)))
            goto fail;
        rv_buf_printf(&b, ", %s=%s", rv_str_utf8(key), rv_str_utf8(r));
        rv_decref(r);
    }
    rv_buf_addc(&b, ')');
    rv_repr_leave(o);
    r = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return r;
fail:
    rv_repr_leave(o);
    rv_buf_free(&b);
    return NULL;
}

static size_t partial_size(rv_obj_t *o)
{
    (void)o;
    return 80; /* partialobject + GC header */
}

static rv_obj_t *partial_getattr(rv_obj_t *o, rv_obj_t *name)
{
    partial_t *p = (partial_t *)o;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "func") == 0)
        return rv_incref(p->func);
    if (strcmp(n, "args") == 0)
        return rv_incref(p->args);
    if (strcmp(n, "keywords") == 0)
        return rv_incref(p->kw);
    if (strcmp(n, "__dict__") == 0) {
        if (!p->dict)
            p->dict = rv_dict_new_owned(o);
        return rv_incref(p->dict);
    }
    rv_obj_t *v = rv_functools_dict_get(&p->dict, name);
    if (v || rv_err_occurred())
        return v;
    if (strcmp(n, "__doc__") == 0)
        return rv_str_from_cstr("partial(func, *args, **keywords) - new function with partial "
                                "application\n    of the given arguments and keywords.\n");
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

static int partial_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    partial_t *p = (partial_t *)o;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "func") == 0 || strcmp(n, "args") == 0 || strcmp(n, "keywords") == 0) {
        rv_err_format(&rv_exc_AttributeError, "readonly attribute");
        return -1;
    }
    return rv_functools_dict_set(o, &p->dict, name, value);
}

rv_type_t rv_partial_type = {
    .name = "functools.partial",
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_EXTTYPE | RV_TF_BASETYPE,
    .clear = partial_clear,
    .release = rv_obj_free,
    .traverse = partial_traverse,
    .repr = partial_repr,
    .hash = identity_hash,
    .call = partial_call,
    .getattr = partial_getattr,
    .setattr = partial_setattr,
    .size = partial_size,
    .make = partial_make,
};
