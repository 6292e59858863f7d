/* src/lang/vm.c - the evaluator's frames, calls and generators.
 *
 * This file: hooks, frames, argument binding, calls and generators; the
 * instruction loop is in eval.c. */
#include "lang/vm.h"
#include "lang/vm_int.h"

#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_set.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

static rv_trace_fn trace_fn;
static void *trace_ctx;
static rv_output_fn output_fn;
static void *output_ctx;
rv_frame_t *rv_vm_current;

void rv_vm_set_trace(rv_trace_fn fn, void *ctx)
{
    trace_fn = fn;
    trace_ctx = ctx;
}

void rv_vm_set_output(rv_output_fn fn, void *ctx)
{
    output_fn = fn;
    output_ctx = ctx;
}

void rv_vm_write(const char *data, size_t len)
{
    if (output_fn)
        output_fn(data, len, output_ctx);
    else
        fwrite(data, 1, len, stdout);
}

rv_frame_t *rv_vm_current_frame(void)
{
    return rv_vm_current;
}

/* Calls the hook with any pending exception set aside, so that the tracer
 * can take reprs freely. */
int rv_vm_fire(rv_event_t ev, rv_frame_t *f, int line)
{
    if (!trace_fn || !rv_frame_is_traced(f))
        return 0;
    rv_obj_t *saved = rv_err_fetch();
    int r = trace_fn(ev, f, line, trace_ctx);
    if (saved) {
        if (r < 0)
            rv_decref(saved);
        else
            rv_err_restore(saved);
    }
    return r;
}

/******************************************************************************/
/* frames                                                                     */

rv_frame_t *rv_frame_new(rv_code_t *code, rv_obj_t *globals)
{
    rv_frame_t *f = rv_obj_alloc(&rv_frame_type, sizeof(rv_frame_t));
    f->code = (rv_code_t *)rv_incref(&code->ob);
    f->globals = rv_incref(globals);
    f->builtins = rv_incref(rv_builtins_dict());
    f->nfast = code->nlocals + code->ncells + code->nfrees;
    f->fast = rv_calloc(f->nfast ? f->nfast : 1, sizeof *f->fast);
    f->order = rv_malloc((f->nfast ? f->nfast : 1) * sizeof *f->order);
    f->stackcap = 16;
    f->stack = rv_malloc(f->stackcap * sizeof *f->stack);
    return f;
}

void rv_frame_bind_slot(rv_frame_t *f, size_t slot)
{
    for (size_t i = 0; i < f->norder; i++)
        if (f->order[i] == slot)
            return;
    f->order[f->norder++] = (uint32_t)slot;
}

void rv_frame_unbind_slot(rv_frame_t *f, size_t slot)
{
    for (size_t i = 0; i < f->norder; i++) {
        if (f->order[i] == slot) {
            memmove(f->order + i, f->order + i + 1, (f->norder - i - 1) * sizeof *f->order);
            f->norder--;
            return;
        }
    }
}

void rv_frame_set_fast(rv_frame_t *f, size_t slot, rv_obj_t *v_steal)
{
    rv_obj_t *old = f->fast[slot];
    f->fast[slot] = v_steal;
    if (!old)
        rv_frame_bind_slot(f, slot);
    rv_xdecref(old);
}

/******************************************************************************/
/* argument binding (CPython's _PyEval_MakeFrameVector, positional and
 * keyword parameters with defaults; star parameters come with def)           */

static int bind_arguments(rv_frame_t *f, rv_function_t *fn, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    rv_code_t *co = f->code;
    size_t argcount = (size_t)co->argcount;
    const char *name = rv_str_utf8(fn->qualname);
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    if (nargs > argcount) {
        rv_err_format(&rv_exc_TypeError, "%s() takes %zu positional argument%s but %zu %s given",
                      name, argcount, argcount == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        rv_frame_set_fast(f, i, rv_incref(args[i]));
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *kw = rv_tuple_get_borrow(kwnames, k);
        size_t i;
        for (i = 0; i < argcount; i++)
            if (rv_str_equal(co->varnames[i], kw))
                break;
        if (i == argcount) {
            rv_err_format(&rv_exc_TypeError, "%s() got an unexpected keyword argument '%s'", name,
                          rv_str_utf8(kw));
            return -1;
        }
        if (f->fast[i]) {
            rv_err_format(&rv_exc_TypeError, "%s() got multiple values for argument '%s'", name,
                          rv_str_utf8(kw));
            return -1;
        }
        rv_frame_set_fast(f, i, rv_incref(args[nargs + k]));
    }
    size_t ndef = fn->defaults ? rv_tuple_len(fn->defaults) : 0;
    for (size_t i = 0; i < argcount; i++) {
        if (f->fast[i])
            continue;
        if (i + ndef >= argcount) {
            rv_frame_set_fast(f, i, rv_incref(rv_tuple_get_borrow(fn->defaults, i + ndef - argcount)));
            continue;
        }
        rv_err_format(&rv_exc_TypeError, "%s() missing 1 required positional argument: '%s'",
                      name, rv_str_utf8(co->varnames[i]));
        return -1;
    }
    /* Cells start out holding their parameter, closures come from the
     * function. */
    for (size_t i = 0; i < co->ncells; i++) {
        rv_cell_t *cell = rv_obj_alloc(&rv_cell_type, sizeof(rv_cell_t));
        int arg = co->cell2arg[i];
        if (arg >= 0 && f->fast[arg]) {
            cell->ref = f->fast[arg];
            f->fast[arg] = NULL;
            rv_frame_unbind_slot(f, (size_t)arg);
        }
        rv_frame_set_fast(f, co->nlocals + i, &cell->ob);
        if (!cell->ref)
            rv_frame_unbind_slot(f, co->nlocals + i);
    }
    for (size_t i = 0; i < co->nfrees; i++) {
        rv_obj_t *cell = rv_tuple_get_borrow(fn->closure, i);
        f->fast[co->nlocals + co->ncells + i] = rv_incref(cell);
    }
    return 0;
}


rv_obj_t *rv_function_call(rv_obj_t *func, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    rv_function_t *fn = (rv_function_t *)func;
    rv_code_t *co = RV_CODE(fn->code);
    rv_frame_t *f = rv_frame_new(co, fn->globals);
    if (bind_arguments(f, fn, args, nargs, kwnames) < 0) {
        rv_decref(&f->ob);
        return NULL;
    }
    if (co->flags & RV_CO_GENERATOR) {
        rv_generator_t *g = rv_obj_alloc(&rv_generator_type, sizeof(rv_generator_t));
        g->frame = f;
        g->name = rv_incref(fn->name);
        return &g->ob;
    }
    bool yielded = false;
    rv_obj_t *r = rv_vm_eval(f, &yielded);
    rv_decref(&f->ob);
    return r;
}

rv_obj_t *rv_generator_next(rv_obj_t *o)
{
    rv_generator_t *g = (rv_generator_t *)o;
    if (!g->frame)
        return NULL;
    if (g->running) {
        rv_err_format(&rv_exc_ValueError, "generator already executing");
        return NULL;
    }
    rv_frame_t *f = g->frame;
    if (f->pc > 0) {
        /* The value of the suspended yield expression. */
        f->stack[f->sp++] = rv_incref(rv_None);
    }
    /* Its suspended variables are its references: they change while it
     * runs.  (A snapshot taken inside a traced generator frame will also
     * need them re-recorded: see the interpreter's second issue.) */
    rv_touch(o);
    g->running = true;
    bool yielded = false;
    rv_obj_t *r = rv_vm_eval(f, &yielded);
    g->running = false;
    rv_touch(o);
    if (r && yielded)
        return r;
    /* Returned or raised: the frame is gone (gi_frame is None). */
    rv_clearref((rv_obj_t **)&g->frame);
    if (r) {
        rv_decref(r);
        return NULL;
    }
    return NULL;
}

int rv_vm_run_module(rv_obj_t *code, rv_obj_t **globals_out)
{
    rv_obj_t *globals = rv_dict_new();
    rv_obj_t *name = rv_str_from_cstr("__main__");
    rv_dict_set_cstr(globals, "__name__", name);
    rv_decref(name);
    rv_frame_t *f = rv_frame_new(RV_CODE(code), globals);
    f->ob.flags |= RV_F_ROOT;
    globals->flags |= RV_F_ROOT;
    bool yielded = false;
    rv_obj_t *r = rv_vm_eval(f, &yielded);
    rv_decref(&f->ob);
    globals->flags &= ~RV_F_ROOT;
    if (globals_out)
        *globals_out = globals;
    else
        rv_decref(globals);
    if (!r)
        return -1;
    rv_decref(r);
    return 0;
}

/******************************************************************************/
/* the visible reference count (sys.getrefcount)                              */

typedef struct refcount_walk {
    rv_obj_t *target;
    size_t count;
    rv_obj_t **stack;
    size_t len, cap;
    uint64_t mark;
} refcount_walk_t;

static void walk_push(refcount_walk_t *w, rv_obj_t *o)
{
    if (o->scratch == (intptr_t)w->mark)
        return;
    o->scratch = (intptr_t)w->mark;
    if (w->len == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        w->stack = rv_realloc(w->stack, w->cap * sizeof *w->stack);
    }
    w->stack[w->len++] = o;
}

static void walk_edge(rv_obj_t *child, const rv_edge_t *edge, void *ctx)
{
    refcount_walk_t *w = ctx;
    if (edge->kind == RV_EDGE_HIDDEN || edge->weak)
        return;
    if (child == w->target)
        w->count++;
    walk_push(w, child);
}

static void walk_var(rv_obj_t *name, rv_obj_t *value, void *ctx)
{
    (void)name;
    refcount_walk_t *w = ctx;
    if (value == w->target)
        w->count++;
    walk_push(w, value);
}

size_t rv_vm_visible_refcount(rv_obj_t *o)
{
    refcount_walk_t w = { .target = o, .mark = (uint64_t)rv_heap_new_mark() };
    for (rv_frame_t *f = rv_vm_current; f; f = f->back)
        if (rv_frame_is_traced(f))
            rv_frame_vars(f, walk_var, &w);
    while (w.len) {
        rv_obj_t *x = w.stack[--w.len];
        rv_traverse(x, walk_edge, &w);
    }
    rv_free(w.stack);
    return w.count;
}
