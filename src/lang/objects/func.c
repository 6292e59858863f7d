/* src/lang/objects/func.c - the object types of executing code: frame, function,
 * cell and generator. */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_misc.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/vm/interp.h"
#include "lang/vm/vm.h"
#include "lang/vm/vm_int.h"

static int identity_hash(rv_obj_t *o, int64_t *out)
{
    *out = (int64_t)o->id;
    return 0;
}

/******************************************************************************/
/* frame                                                                      */

static void frame_clear(rv_obj_t *o)
{
    rv_frame_t *f = (rv_frame_t *)o;
    while (f->sp > 0)
        rv_clearref(&f->stack[--f->sp]);
    for (size_t i = 0; i < f->nfast; i++)
        rv_clearref(&f->fast[i]);
    f->norder = 0;
    rv_clearref((rv_obj_t **)&f->code);
    rv_clearref(&f->globals);
    rv_clearref(&f->builtins);
    rv_clearref(&f->locals);
    rv_clearref(&f->func);
}

static void frame_release(rv_obj_t *o)
{
    rv_frame_t *f = (rv_frame_t *)o;
    rv_free(f->stack);
    rv_free(f->fast);
    rv_free(f->order);
    rv_obj_free(o);
}

static const char *fast_name(const rv_frame_t *f, size_t i)
{
    const rv_code_t *c = f->code;
    if (!c)
        return "?";
    if (i < c->nlocals)
        return rv_str_utf8(c->varnames[i]);
    i -= c->nlocals;
    if (i < c->ncells)
        return rv_str_utf8(c->cellvars[i]);
    i -= c->ncells;
    if (i < c->nfrees)
        return rv_str_utf8(c->freevars[i]);
    return "?";
}

static void frame_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_frame_t *f = (rv_frame_t *)o;
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    if (f->code)
        visit(&f->code->ob, &hidden, ctx);
    if (f->globals)
        visit(f->globals, &hidden, ctx);
    if (f->builtins)
        visit(f->builtins, &hidden, ctx);
    if (f->locals)
        visit(f->locals, &hidden, ctx);
    if (f->func)
        visit(f->func, &hidden, ctx);
    for (size_t i = 0; i < f->nfast; i++) {
        if (f->fast[i]) {
            rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = fast_name(f, i) };
            visit(f->fast[i], &e, ctx);
        }
    }
    for (size_t i = 0; i < f->sp; i++)
        if (f->stack[i]) /* an operand a callee's frame took (vm.c) */
            visit(f->stack[i], &hidden, ctx);
}

static size_t frame_size(rv_obj_t *o)
{
    rv_frame_t *f = (rv_frame_t *)o;
    /* PyFrameObject plus its _PyInterpreterFrame with localsplus. */
    return 120 + 8 * (f->nfast + f->stackcap);
}

static rv_obj_t *frame_repr(rv_obj_t *o)
{
    rv_frame_t *f = (rv_frame_t *)o;
    return rv_str_printf("<frame at 0x%llx, file '%s', line %d, code %s>",
                         (unsigned long long)o->id,
                         f->code && f->code->source ? f->code->source->filename : "?",
                         f->line ? f->line : f->code ? f->code->firstline : 0,
                         f->code ? f->code->name : "?");
}

rv_type_t rv_frame_type = {
    .name = "frame",
    .repr = frame_repr,
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = frame_clear,
    .release = frame_release,
    .traverse = frame_traverse,
    .hash = identity_hash,
    .size = frame_size,
};

bool rv_frame_is_traced(const rv_frame_t *f)
{
    return f->code && !(f->code->flags & RV_CO_HIDDEN) && !f->closing;
}

const char *rv_frame_func_name(const rv_frame_t *f)
{
    return f->code ? f->code->name : "?";
}

static bool is_dunder(const rv_obj_t *name)
{
    size_t n = rv_str_nbytes(name);
    const char *s = rv_str_utf8(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

/* The compiler's own names are not identifiers: the `.0` argument of a
 * generator expression or comprehension. */
static bool is_hidden_name(const rv_obj_t *name)
{
    return rv_str_nbytes(name) == 0 || rv_str_utf8(name)[0] == '.' || is_dunder(name);
}

/* A cell is shared with other frames: the enclosing function's, or those
 * of its inner functions (`nonlocal`).  Any of them may bind or empty it,
 * so the binding order learns of it when it is listed: a cell emptied
 * leaves the order, one filled elsewhere joins at the end (as a name bound
 * since the last snapshot; f_locals has it from then on). */
static void sync_cell_slots(rv_frame_t *f)
{
    const rv_code_t *c = f->code;
    for (size_t slot = c->nlocals; slot < f->nfast; slot++) {
        const rv_obj_t *v = f->fast[slot];
        if (!v || !RV_IS(v, rv_cell_type))
            continue;
        if (((const rv_cell_t *)v)->ref)
            rv_frame_bind_slot(f, slot);
        else
            rv_frame_unbind_slot(f, slot);
    }
}

void rv_frame_vars(rv_frame_t *f, rv_var_fn fn, void *ctx)
{
    if (f->code && (f->code->flags & RV_CO_MODULE)) {
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(f->globals, &pos, &k, &v))
            if (RV_IS(k, rv_str_type) && !is_dunder(k))
                fn(k, v, ctx);
        return;
    }
    rv_code_t *c = f->code;
    sync_cell_slots(f);
    for (size_t i = 0; i < f->norder; i++) {
        uint32_t slot = f->order[i];
        rv_obj_t *v = f->fast[slot];
        if (!v)
            continue;
        rv_obj_t *name;
        if (slot < c->nlocals)
            name = c->varnames[slot];
        else if (slot < c->nlocals + c->ncells)
            name = c->cellvars[slot - c->nlocals];
        else
            name = c->freevars[slot - c->nlocals - c->ncells];
        if (is_hidden_name(name))
            continue;
        /* Cell and free variables are shown by the value their cell holds
         * (a plain local may hold a cell object itself: c = f.__closure__[0]). */
        if (slot >= c->nlocals && RV_IS(v, rv_cell_type)) {
            v = ((rv_cell_t *)v)->ref;
            if (!v)
                continue;
        }
        fn(name, v, ctx);
    }
}

/******************************************************************************/
/* cell                                                                       */

static void cell_clear(rv_obj_t *o)
{
    rv_clearref(&((rv_cell_t *)o)->ref);
}

static void cell_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_cell_t *c = (rv_cell_t *)o;
    /* Drawn through the functions and frames that use the cell, by the
     * variable's name; the snapshot format gives a cell itself no refs. */
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (c->ref)
        visit(c->ref, &e, ctx);
}

static rv_obj_t *cell_repr(rv_obj_t *o)
{
    rv_cell_t *c = (rv_cell_t *)o;
    if (!c->ref)
        return rv_str_printf("<cell at 0x%llx: empty>", (unsigned long long)o->id);
    return rv_str_printf("<cell at 0x%llx: %s object at 0x%llx>", (unsigned long long)o->id,
                         c->ref->type->name, (unsigned long long)c->ref->id);
}

static size_t cell_size(rv_obj_t *o)
{
    (void)o;
    return 40; /* PyCellObject + GC header */
}

/* cell_contents (ValueError "Cell is empty" before the variable is bound);
 * writing it is not modelled. */
static rv_obj_t *cell_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_cell_t *c = (rv_cell_t *)o;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "cell_contents") == 0) {
        if (!c->ref) {
            rv_err_format(&rv_exc_ValueError, "Cell is empty");
            return NULL;
        }
        return rv_incref(c->ref);
    }
    rv_err_format(&rv_exc_AttributeError, "'cell' object has no attribute '%s'", n);
    return NULL;
}

static int cell_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    (void)o;
    (void)value;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "cell_contents") == 0)
        rv_err_format(&rv_exc_RefvizUnsupported, "assigning cell_contents");
    else
        rv_err_format(&rv_exc_AttributeError, "'cell' object has no attribute '%s'", n);
    return -1;
}

rv_type_t rv_cell_type = {
    .name = "cell",
    .getattr = cell_getattr,
    .setattr = cell_setattr,
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = cell_clear,
    .release = rv_obj_free,
    .traverse = cell_traverse,
    .repr = cell_repr,
    .hash = identity_hash,
    .size = cell_size,
};

/******************************************************************************/
/* function                                                                   */

static void function_clear(rv_obj_t *o)
{
    rv_function_t *f = (rv_function_t *)o;
    rv_clearref(&f->code);
    rv_clearref(&f->globals);
    rv_clearref(&f->name);
    rv_clearref(&f->qualname);
    rv_clearref(&f->defaults);
    rv_clearref(&f->kwdefaults);
    rv_clearref(&f->closure);
    rv_dict_clear_owned(&f->dict, o);
    rv_clearref(&f->klass);
    rv_clearref(&f->doc);
    rv_clearref(&f->annotations);
    rv_free(f->kwlabels);
    f->kwlabels = NULL;
}

static const char *default_label(size_t i)
{
    static char labels[64][16];
    if (i >= 64)
        return "defaults[...]";
    if (!labels[i][0])
        snprintf(labels[i], sizeof labels[i], "defaults[%zu]", i);
    return labels[i];
}

/* "kwdefaults['k']" for each entry of the kwdefaults dict, in its order,
 * NUL-separated: labels must outlive the visit (the tracer pools them after
 * it), and the dict never changes once the function exists. */
static const char *kw_labels(rv_function_t *f)
{
    if (!f->kwlabels) {
        rv_buf_t b = RV_BUF_INIT;
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(f->kwdefaults, &pos, &k, &v)) {
            rv_buf_printf(&b, "kwdefaults['%s']", RV_IS(k, rv_str_type) ? rv_str_utf8(k) : "?");
            rv_buf_addc(&b, '\0');
        }
        rv_buf_addc(&b, '\0');
        f->kwlabels = rv_buf_steal(&b, NULL);
    }
    return f->kwlabels;
}

/* A program function's drawn references are the spec's (and
 * inspect's view of it): defaults[i] per __defaults__ item,
 * kwdefaults['k'] per __kwdefaults__ entry, one per non-empty closure cell
 * in co_freevars order (sorted by name; the implicit __class__ cell of a
 * method using super() among them), then its __dict__ attributes.  A
 * function whose code is not the program's (namedtuple's __new__) draws
 * none. */
static void function_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_function_t *f = (rv_function_t *)o;
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    rv_code_t *c = f->code ? RV_CODE(f->code) : NULL;
    bool drawn = c && !(c->flags & RV_CO_HIDDEN);
    if (f->code)
        visit(f->code, &hidden, ctx);
    if (f->globals)
        visit(f->globals, &hidden, ctx);
    if (f->name)
        visit(f->name, &hidden, ctx);
    if (f->qualname)
        visit(f->qualname, &hidden, ctx);
    /* not drawn: CPython's tracer does not list func_annotations */
    if (f->annotations)
        visit(f->annotations, &hidden, ctx);
    if (f->defaults) {
        /* Labels come from a static table. */
        for (size_t i = 0; drawn && i < rv_tuple_len(f->defaults); i++) {
            rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = default_label(i), .view = true };
            visit(rv_tuple_get_borrow(f->defaults, i), &e, ctx);
        }
        visit(f->defaults, &hidden, ctx);
    }
    if (f->kwdefaults) {
        const char *label = drawn ? kw_labels(f) : NULL;
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (label && *label && rv_dict_next(f->kwdefaults, &pos, &k, &v)) {
            rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = label, .view = true };
            visit(v, &e, ctx);
            label += strlen(label) + 1;
        }
        visit(f->kwdefaults, &hidden, ctx);
    }
    /* CPython keeps the class of a method using super() in a __class__
     * cell; refviz keeps it in f->klass. */
    bool class_cell = drawn && f->klass && (c->flags & RV_CO_CLASS_CELL);
    size_t nfree = f->closure && c ? rv_tuple_len(f->closure) : 0;
    if (c && nfree > c->nfrees)
        nfree = c->nfrees;
    for (size_t i = 0; drawn && i <= nfree; i++) {
        const char *name = i < nfree ? rv_str_utf8(c->freevars[i]) : NULL;
        if (class_cell && (!name || strcmp("__class__", name) < 0)) {
            rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = "__class__" };
            visit(f->klass, &e, ctx);
            class_cell = false;
        }
        rv_cell_t *cell = name ? (rv_cell_t *)rv_tuple_get_borrow(f->closure, i) : NULL;
        if (cell && cell->ref) {
            rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = name, .view = true };
            visit(cell->ref, &e, ctx);
        }
    }
    if (f->closure)
        visit(f->closure, &hidden, ctx);
    if (f->dict) {
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (drawn && rv_dict_next(f->dict, &pos, &k, &v)) {
            if (!RV_IS(k, rv_str_type))
                continue;
            rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = rv_str_utf8(k), .view = true };
            visit(v, &e, ctx);
        }
        visit(f->dict, &hidden, ctx);
    }
    if (f->klass && !(drawn && (c->flags & RV_CO_CLASS_CELL)))
        visit(f->klass, &hidden, ctx);
    if (f->doc)
        visit(f->doc, &hidden, ctx);
}

static rv_obj_t *function_repr(rv_obj_t *o)
{
    rv_function_t *f = (rv_function_t *)o;
    return rv_str_printf("<function %s at 0x%llx>", rv_str_utf8(f->qualname),
                         (unsigned long long)o->id);
}

static size_t function_size(rv_obj_t *o)
{
    (void)o;
    return 152; /* PyFunctionObject (136) + GC header */
}

static rv_obj_t *function_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_function_t *f = (rv_function_t *)o;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "__name__") == 0)
        return rv_incref(f->name);
    if (strcmp(n, "__qualname__") == 0)
        return rv_incref(f->qualname);
    if (strcmp(n, "__defaults__") == 0)
        return rv_incref(f->defaults ? f->defaults : rv_None);
    if (strcmp(n, "__kwdefaults__") == 0)
        return rv_incref(f->kwdefaults ? f->kwdefaults : rv_None);
    if (strcmp(n, "__closure__") == 0)
        return rv_incref(f->closure ? f->closure : rv_None);
    if (strcmp(n, "__globals__") == 0)
        return rv_incref(f->globals);
    if (strcmp(n, "__code__") == 0) {
        /* Code objects exist in the model but show none of CPython's co_*
         * attributes: say so rather than answer wrongly. */
        rv_err_format(&rv_exc_RefvizUnsupported, "code objects (__code__)");
        return NULL;
    }
    if (strcmp(n, "__module__") == 0) {
        rv_obj_t *m = f->dict ? rv_dict_get_borrow(f->dict, name) : NULL;
        return m ? rv_incref(m) : rv_str_from_cstr("__main__");
    }
    if (strcmp(n, "__dict__") == 0) {
        if (!f->dict)
            f->dict = rv_dict_new_owned(o);
        return rv_incref(f->dict);
    }
    if (strcmp(n, "__annotations__") == 0) {
        /* func_get_annotations: an empty dict made on first use */
        if (!f->annotations)
            f->annotations = rv_dict_new();
        return rv_incref(f->annotations);
    }
    if (f->dict) {
        rv_obj_t *v = rv_dict_get_borrow(f->dict, name);
        if (v)
            return rv_incref(v);
    }
    if (strcmp(n, "__doc__") == 0)
        return rv_incref(f->doc ? f->doc : rv_None);
    rv_err_format(&rv_exc_AttributeError, "'function' object has no attribute '%s'", n);
    return NULL;
}

/* __name__, __qualname__ and __doc__ live in the function's own fields
 * (func_set_name, func_set_qualname), not in its __dict__: update_wrapper
 * renames wrappers this way, and reprs and argument errors follow. */
static int function_set_field(rv_function_t *f, const char *n, rv_obj_t *value)
{
    bool name = strcmp(n, "__name__") == 0;
    if (name || strcmp(n, "__qualname__") == 0) {
        if (!value || !RV_IS(value, rv_str_type)) {
            rv_err_format(&rv_exc_TypeError, "%s must be set to a string object", n);
            return -1;
        }
        rv_setref(name ? &f->name : &f->qualname, value);
        return 0;
    }
    rv_setref(&f->doc, value && value != rv_None ? value : NULL);
    return 0;
}

static int function_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    rv_function_t *f = (rv_function_t *)o;
    const char *n = rv_str_utf8(name);
    rv_touch(o);
    if (strcmp(n, "__name__") == 0 || strcmp(n, "__qualname__") == 0 ||
        strcmp(n, "__doc__") == 0)
        return function_set_field(f, n, value);
    if (strcmp(n, "__annotations__") == 0) {
        /* func_set_annotations: a dict, or None (deleting) for none */
        if (value && value != rv_None && !RV_IS(value, rv_dict_type)) {
            rv_err_format(&rv_exc_TypeError, "__annotations__ must be set to a dict object");
            return -1;
        }
        rv_setref(&f->annotations, value && value != rv_None ? value : NULL);
        return 0;
    }
    /* __module__ is always "__main__" here: storing it is a no-op. */
    if (strcmp(n, "__module__") == 0 && value && RV_IS(value, rv_str_type) &&
        rv_str_eq_cstr(value, "__main__") && !(f->dict && rv_dict_get_borrow(f->dict, name)))
        return 0;
    if (!f->dict)
        f->dict = rv_dict_new_owned(o);
    if (value)
        return rv_dict_set(f->dict, name, value);
    return rv_dict_del(f->dict, name);
}

rv_type_t rv_function_type = {
    .name = "function",
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_WEAKREFABLE,
    .clear = function_clear,
    .release = rv_obj_free,
    .traverse = function_traverse,
    .repr = function_repr,
    .hash = identity_hash,
    .call = rv_function_call,
    .getattr = function_getattr,
    .setattr = function_setattr,
    .size = function_size,
};

/******************************************************************************/
/* generator                                                                  */

static void generator_clear(rv_obj_t *o)
{
    rv_generator_t *g = (rv_generator_t *)o;
    if (g->frame)
        g->frame->gen = NULL;
    rv_clearref((rv_obj_t **)&g->frame);
    rv_clearref(&g->name);
    rv_clearref(&g->qualname);
    rv_clearref((rv_obj_t **)&g->code);
}

/* The suspended frame's variables are drawn as the generator's own
 * references (view edges); the frame itself is hidden. */
static void visit_gen_var(rv_obj_t *name, rv_obj_t *value, void *ctx)
{
    void **pair = ctx;
    rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = rv_str_utf8(name), .view = true };
    ((rv_visit_fn)pair[0])(value, &e, pair[1]);
}

static void generator_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_generator_t *g = (rv_generator_t *)o;
    if (g->frame) {
        void *pair[2] = { (void *)visit, ctx };
        rv_frame_vars(g->frame, visit_gen_var, pair);
    }
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    if (g->frame)
        visit(&g->frame->ob, &hidden, ctx);
    if (g->name)
        visit(g->name, &hidden, ctx);
    if (g->qualname)
        visit(g->qualname, &hidden, ctx);
    if (g->code)
        visit(&g->code->ob, &hidden, ctx);
}

static rv_obj_t *generator_repr(rv_obj_t *o)
{
    rv_generator_t *g = (rv_generator_t *)o;
    return rv_str_printf("<generator object %s at 0x%llx>",
                         rv_str_utf8(g->qualname ? g->qualname : g->name),
                         (unsigned long long)o->id);
}

static size_t generator_size(rv_obj_t *o)
{
    rv_generator_t *g = (rv_generator_t *)o;
    /* PyGenObject embeds its frame, which keeps its size after the frame
     * is gone: 168 + a slot per local, cell and stack entry. */
    rv_code_t *co = g->code;
    return 168 + 8 * (co->nlocals + co->ncells + co->nfrees + co->stacksize);
}

static rv_obj_t *generator_iter(rv_obj_t *o)
{
    return rv_incref(o);
}

static rv_obj_t *gen_send(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("send", kwnames) < 0 || rv_arg_count("send", nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *retval;
    rv_obj_t *r = rv_generator_send(self, args[0], &retval);
    return rv_generator_result(r, retval);
}

static rv_obj_t *gen_close(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("close", kwnames) < 0 || rv_arg_count("close", nargs, 0, 0) < 0)
        return NULL;
    if (rv_generator_close(self) < 0)
        return NULL;
    return rv_incref(rv_None);
}

/* throw(exc): an exception class or instance (the 3.11 three-argument
 * form is deprecated and not modelled). */
static rv_obj_t *gen_throw(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("throw", kwnames) < 0 || rv_arg_count("throw", nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *exc;
    if (rv_is_exc_type(args[0])) {
        exc = rv_call0(args[0]);
        if (!exc)
            return NULL;
    } else if (rv_is_exc(args[0])) {
        exc = rv_incref(args[0]);
    } else {
        rv_err_format(&rv_exc_TypeError,
                      "exceptions must be classes or instances deriving from BaseException, "
                      "not %s",
                      args[0]->type->name);
        return NULL;
    }
    rv_obj_t *retval;
    rv_obj_t *r = rv_generator_throw(self, exc, &retval);
    rv_decref(exc);
    return rv_generator_result(r, retval);
}

/* An exception from closing a dying generator (its finally block raised,
 * or it yielded again): reported and cleared as PyErr_WriteUnraisable
 * does, but for refviz's own stop, which is no exception of the program's
 * (the next statement stops the program again). */
static void report_unraisable(rv_obj_t *gen)
{
    if (rv_err_matches(&rv_exc_RefvizLimit)) {
        rv_err_clear();
        return;
    }
    rv_obj_t *exc = rv_err_fetch();
    rv_obj_t *what = rv_repr(gen);
    rv_err_clear();
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b, "Exception ignored in: %s\n", what ? rv_str_utf8(what) : "<generator>");
    rv_format_unraisable(exc, &b);
    fputs(rv_buf_cstr(&b), stderr);
    rv_buf_free(&b);
    rv_xdecref(what);
    rv_xdecref(exc);
}

/* A suspended generator inside a try block is closed when it dies, so
 * that its finally blocks and with statements run (PEP 342). */
static void generator_finalize(rv_obj_t *o)
{
    rv_generator_t *g = (rv_generator_t *)o;
    if (!g->frame || g->frame->pc == 0 || g->frame->nblocks == 0)
        return;
    rv_obj_t *saved = rv_err_fetch();
    if (rv_generator_close(o) < 0)
        report_unraisable(o);
    if (saved)
        rv_err_restore(saved);
}

static const rv_method_t generator_methods[] = {
    { "send", gen_send, 0 },
    { "close", gen_close, 0 },
    { "throw", gen_throw, 0 },
    { NULL, NULL, 0 },
};

static rv_obj_t *generator_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_generator_t *g = (rv_generator_t *)o;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "__name__") == 0)
        return rv_incref(g->name);
    if (strcmp(n, "__qualname__") == 0)
        return rv_incref(g->qualname ? g->qualname : g->name);
    if (strcmp(n, "gi_running") == 0)
        return rv_bool_from(g->running);
    if (strcmp(n, "gi_frame") == 0)
        return rv_incref(g->frame ? &g->frame->ob : rv_None);
    if (strcmp(n, "gi_code") == 0)
        return rv_incref(&g->code->ob);
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'generator' object has no attribute '%s'", n);
    return NULL;
}

rv_type_t rv_generator_type = {
    .name = "generator",
    .getattr = generator_getattr,
    .methods = generator_methods,
    .finalize = generator_finalize,
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_WEAKREFABLE,
    .clear = generator_clear,
    .release = rv_obj_free,
    .traverse = generator_traverse,
    .repr = generator_repr,
    .hash = identity_hash,
    .iter = generator_iter,
    .next = rv_generator_next,
    .size = generator_size,
};
