/* src/lang/vm/vm.c - the evaluator's frames, calls and generators.
 *
 * This file: hooks, frames, argument binding, calls and generators; the
 * instruction loop is in eval.c. */
#include "lang/vm/vm.h"
#include "lang/vm/vm_int.h"

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
#include "lang/objects/class.h"

static rv_trace_fn trace_fn;
static void *trace_ctx;
static rv_output_fn output_fn;
static void *output_ctx;
rv_frame_t *rv_vm_current;
bool rv_vm_code_forbidden;

void rv_vm_forbid_code(bool forbid)
{
    rv_vm_code_forbidden = forbid;
}

bool rv_vm_code_forbidden_now(void)
{
    return rv_vm_code_forbidden;
}

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

/* The generators whose frames are running, innermost first. */
static rv_generator_t *running_gens;

rv_frame_t *rv_vm_current_frame(void)
{
    return rv_vm_current;
}

/* Calls the hook with any pending exception set aside, so that the tracer
 * can take reprs freely. */
static int fire(rv_event_t ev, rv_frame_t *f, int line, rv_obj_t *value)
{
    if (!trace_fn)
        return 0;
    if (!rv_frame_is_traced(f)) {
        /* A generator being closed is not traced, but its statements count
         * toward the step limit as line events: a finally block that loops
         * must not hang refviz. */
        if (f->closing && f->code && !(f->code->flags & RV_CO_HIDDEN) &&
            (ev == RV_EV_LINE || ev == RV_EV_STEP))
            return trace_fn(RV_EV_LINE, f, line, NULL, trace_ctx);
        return 0;
    }
    /* A line event within the statement only counts for the step limit:
     * nothing is recorded, so nothing needs setting aside. */
    if (ev == RV_EV_LINE)
        return trace_fn(ev, f, line, value, trace_ctx);
    /* A running generator's references are its frame's variables, which
     * change with every store: every one running is re-recorded at each
     * snapshot, the untraced ones too (a generator expression filling a
     * list while the program generator it reads from is traced). */
    for (rv_generator_t *g = running_gens; g; g = g->running_below)
        rv_touch(&g->ob);
    rv_obj_t *saved = rv_err_fetch();
    int r = trace_fn(ev, f, line, value, trace_ctx);
    if (saved) {
        if (r < 0)
            rv_decref(saved);
        else
            rv_err_restore(saved);
    }
    return r;
}

int rv_vm_fire(rv_event_t ev, rv_frame_t *f, int line)
{
    return fire(ev, f, line, NULL);
}

int rv_vm_fire_return(rv_frame_t *f, int line, rv_obj_t *value)
{
    return fire(RV_EV_RETURN, f, line, value);
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
/* argument binding (CPython 3.11's initialize_locals: positional,
 * keyword, keyword-only, *args and **kwargs, with its error messages)       */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (format_missing). */
static void join_names(rv_buf_t *b, rv_obj_t *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            rv_buf_adds(b, n == 2 ? " and " : i + 1 == n ? ", and " : ", ");
        rv_buf_printf(b, "'%s'", rv_str_utf8(names[i]));
    }
}

static void missing_arguments(rv_frame_t *f, const char *qualname, size_t from, size_t to,
                              bool kwonly)
{
    rv_code_t *co = f->code;
    rv_obj_t **names = rv_malloc((to - from + 1) * sizeof *names);
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        if (!f->fast[i])
            names[n++] = co->varnames[i];
    rv_buf_t b;
    rv_buf_init(&b);
    join_names(&b, names, n);
    rv_err_format(&rv_exc_TypeError, "%s() missing %zu required %s argument%s: %s", qualname,
                  n, kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s",
                  rv_buf_cstr(&b));
    rv_buf_free(&b);
    rv_free(names);
}

static void too_many_positional(rv_frame_t *f, const char *qualname, size_t given,
                                size_t ndefaults)
{
    rv_code_t *co = f->code;
    size_t argcount = (size_t)co->argcount;
    size_t kwonly_given = 0;
    for (size_t i = argcount; i < argcount + (size_t)co->kwonlyargcount; i++)
        kwonly_given += f->fast[i] != NULL;
    char sig[64], kwsig[96] = "";
    bool plural;
    if (ndefaults) {
        plural = true;
        snprintf(sig, sizeof sig, "from %zu to %zu", argcount - ndefaults, argcount);
    } else {
        plural = argcount != 1;
        snprintf(sig, sizeof sig, "%zu", argcount);
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %zu keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    rv_err_format(&rv_exc_TypeError, "%s() takes %s positional argument%s but %zu%s %s given",
                  qualname, sig, plural ? "s" : "", given, kwsig,
                  given == 1 && !kwonly_given ? "was" : "were");
}

/* Names of positional-only parameters passed by keyword (when there is no
 * **kwargs to take them). */
static bool posonly_as_keyword(rv_code_t *co, const char *qualname, rv_obj_t *kwnames)
{
    rv_obj_t **names = rv_malloc(((size_t)co->posonlyargcount + 1) * sizeof *names);
    size_t n = 0;
    for (size_t i = 0; i < (size_t)co->posonlyargcount; i++)
        for (size_t k = 0; k < rv_tuple_len(kwnames); k++)
            if (rv_str_equal(co->varnames[i], rv_tuple_get_borrow(kwnames, k))) {
                names[n++] = co->varnames[i];
                break;
            }
    if (n) {
        rv_buf_t b;
        rv_buf_init(&b);
        for (size_t i = 0; i < n; i++)
            rv_buf_printf(&b, "%s%s", i ? ", " : "", rv_str_utf8(names[i]));
        rv_err_format(&rv_exc_TypeError,
                      "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                      qualname, rv_buf_cstr(&b));
        rv_buf_free(&b);
    }
    rv_free(names);
    return n > 0;
}

static int bind_keyword(rv_frame_t *f, const char *qualname, rv_obj_t *kwdict, rv_obj_t *kw,
                        rv_obj_t *value, rv_obj_t *kwnames)
{
    rv_code_t *co = f->code;
    size_t total = (size_t)(co->argcount + co->kwonlyargcount);
    size_t j;
    for (j = (size_t)co->posonlyargcount; j < total; j++)
        if (rv_str_equal(co->varnames[j], kw))
            break;
    if (j == total) {
        if (kwdict)
            return rv_dict_set(kwdict, kw, value);
        if (co->posonlyargcount && posonly_as_keyword(co, qualname, kwnames))
            return -1;
        rv_err_format(&rv_exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                      qualname, rv_str_utf8(kw));
        return -1;
    }
    if (f->fast[j]) {
        rv_err_format(&rv_exc_TypeError, "%s() got multiple values for argument '%s'", qualname,
                      rv_str_utf8(kw));
        return -1;
    }
    f->fast[j] = rv_incref(value);
    return 0;
}

static int fill_defaults(rv_frame_t *f, rv_function_t *fn, const char *qualname, size_t nargs)
{
    rv_code_t *co = f->code;
    size_t argcount = (size_t)co->argcount;
    size_t ndef = fn->defaults ? rv_tuple_len(fn->defaults) : 0;
    if (nargs < argcount) {
        size_t m = argcount - ndef;
        for (size_t i = nargs; i < m; i++)
            if (!f->fast[i]) {
                missing_arguments(f, qualname, nargs, m, false);
                return -1;
            }
        for (size_t i = m > nargs ? m : nargs; i < argcount; i++)
            if (!f->fast[i])
                f->fast[i] = rv_incref(rv_tuple_get_borrow(fn->defaults, i - m));
    }
    size_t total = argcount + (size_t)co->kwonlyargcount;
    for (size_t i = argcount; i < total; i++) {
        if (f->fast[i])
            continue;
        rv_obj_t *d = fn->kwdefaults ? rv_dict_get_borrow(fn->kwdefaults, co->varnames[i]) : NULL;
        if (!d) {
            missing_arguments(f, qualname, argcount, total, true);
            return -1;
        }
        f->fast[i] = rv_incref(d);
    }
    return 0;
}

/* Cells start out holding their parameter; free variables come from the
 * function's closure. */
static void make_cells(rv_frame_t *f, rv_function_t *fn)
{
    rv_code_t *co = f->code;
    for (size_t i = 0; i < co->ncells; i++) {
        rv_cell_t *cell = rv_obj_alloc(&rv_cell_type, sizeof(rv_cell_t));
        int arg = co->cell2arg[i];
        if (arg >= 0 && f->fast[arg]) {
            cell->ref = f->fast[arg];
            f->fast[arg] = NULL;
        }
        f->fast[co->nlocals + i] = &cell->ob;
    }
    for (size_t i = 0; i < co->nfrees; i++) {
        rv_obj_t *cell = rv_tuple_get_borrow(fn->closure, i);
        f->fast[co->nlocals + co->ncells + i] = rv_incref(cell);
    }
}

static int bind_arguments(rv_frame_t *f, rv_function_t *fn, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    rv_code_t *co = f->code;
    size_t argcount = (size_t)co->argcount;
    size_t total = argcount + (size_t)co->kwonlyargcount;
    const char *qualname = rv_str_utf8(fn->qualname);
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    rv_obj_t *kwdict = NULL;
    size_t nparams = total;
    if (co->flags & RV_CO_VARKEYWORDS) {
        kwdict = rv_dict_new();
        f->fast[total + ((co->flags & RV_CO_VARARGS) ? 1 : 0)] = kwdict;
        nparams++;
    }
    size_t n = nargs < argcount ? nargs : argcount;
    for (size_t i = 0; i < n; i++)
        f->fast[i] = rv_incref(args[i]);
    if (co->flags & RV_CO_VARARGS) {
        rv_obj_t *rest = rv_tuple_new(nargs - n);
        for (size_t i = n; i < nargs; i++)
            rv_tuple_set_steal(rest, i - n, rv_incref(args[i]));
        f->fast[total] = rest;
        nparams++;
    }
    int err = 0;
    for (size_t k = 0; k < nkw && !err; k++)
        err = bind_keyword(f, qualname, kwdict, rv_tuple_get_borrow(kwnames, k),
                           args[nargs + k], kwnames);
    if (!err && nargs > argcount && !(co->flags & RV_CO_VARARGS)) {
        too_many_positional(f, qualname, nargs,
                            fn->defaults ? rv_tuple_len(fn->defaults) : 0);
        err = -1;
    }
    if (!err)
        err = fill_defaults(f, fn, qualname, nargs);
    if (err)
        return -1;
    make_cells(f, fn);
    /* The snapshot lists parameters in co_varnames order, whatever order
     * the call gave them in (a parameter that lives in a cell is listed by
     * its cell, in its place), then the free variables bound in the
     * enclosing scope, in co_freevars order: CPython 3.11's f_locals. */
    for (size_t i = 0; i < nparams; i++) {
        if (f->fast[i]) {
            rv_frame_bind_slot(f, i);
            continue;
        }
        for (size_t k = 0; k < co->ncells; k++)
            if (co->cell2arg[k] == (int)i && ((rv_cell_t *)f->fast[co->nlocals + k])->ref)
                rv_frame_bind_slot(f, co->nlocals + k);
    }
    for (size_t i = 0; i < co->nfrees; i++)
        if (((rv_cell_t *)f->fast[co->nlocals + co->ncells + i])->ref)
            rv_frame_bind_slot(f, co->nlocals + co->ncells + i);
    return 0;
}

/* Is this call of func the one the running frame's CALL instruction is
 * making: func itself on its stack with these very arguments, or a bound
 * method of func whose self and arguments method_call passes on? */
static bool made_by_caller_call(const rv_frame_t *caller, rv_obj_t *func, rv_obj_t *const *args,
                                size_t total)
{
    rv_obj_t *c = caller->call_callable;
    if (!c || !caller->call_args)
        return false;
    if (c == func)
        return args == caller->call_args && total == caller->call_nargs;
    if (!RV_IS(c, rv_method_type))
        return false;
    rv_obj_t *mfunc, *self;
    rv_method_parts_borrow(c, &mfunc, &self);
    return mfunc == func && total == caller->call_nargs + 1 && args[0] == self &&
           (caller->call_nargs == 0 ||
            memcmp(args + 1, caller->call_args, caller->call_nargs * sizeof *args) == 0);
}

/* CPython 3.11's CALL of a Python function moves the arguments and the
 * callable off the caller's stack into the new frame
 * (_PyEvalFramePushAndInit steals them; a bound method is first split into
 * its function and self): once the frame holds them, the caller's stack
 * does not, so a parameter rebound in the callee frees a temporary argument
 * at once.  refviz's frame has taken its own references (bind_arguments);
 * the caller's slots are emptied here, and its CALL pops them as NULL. */
static void take_caller_operands(rv_obj_t *func, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    rv_frame_t *caller = rv_vm_current;
    size_t total = nargs + (kwnames ? rv_tuple_len(kwnames) : 0);
    if (!caller || !made_by_caller_call(caller, func, args, total))
        return;
    size_t first = (size_t)(caller->call_args - (rv_obj_t *const *)caller->stack) - 1;
    size_t end = first + 1 + caller->call_nargs;
    caller->call_callable = NULL;
    caller->call_args = NULL;
    caller->call_nargs = 0;
    for (size_t i = first; i < end; i++)
        rv_clearref(&caller->stack[i]);
}

rv_obj_t *rv_function_call(rv_obj_t *func, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    rv_function_t *fn = (rv_function_t *)func;
    rv_code_t *co = RV_CODE(fn->code);
    rv_frame_t *f = rv_frame_new(co, fn->globals);
    f->func = rv_incref(func);
    if (bind_arguments(f, fn, args, nargs, kwnames) < 0) {
        rv_decref(&f->ob);
        return NULL;
    }
    take_caller_operands(func, args, nargs, kwnames);
    if (co->flags & RV_CO_GENERATOR) {
        rv_generator_t *g = rv_obj_alloc(&rv_generator_type, sizeof(rv_generator_t));
        g->frame = f;
        g->name = rv_incref(fn->name);
        g->qualname = rv_incref(fn->qualname);
        g->code = (rv_code_t *)rv_incref(&co->ob);
        f->gen = &g->ob;
        return &g->ob;
    }
    bool yielded = false;
    rv_obj_t *r = rv_vm_eval(f, &yielded);
    rv_decref(&f->ob);
    return r;
}

int rv_vm_run_class_body(rv_obj_t *func, rv_obj_t *ns)
{
    rv_function_t *fn = (rv_function_t *)func;
    rv_code_t *co = RV_CODE(fn->code);
    rv_frame_t *f = rv_frame_new(co, fn->globals);
    f->func = rv_incref(func);
    f->locals = rv_incref(ns);
    make_cells(f, fn);
    bool yielded = false;
    rv_obj_t *r = rv_vm_eval(f, &yielded);
    rv_decref(&f->ob);
    if (!r)
        return -1;
    rv_decref(r);
    return 0;
}

/* Resumes g with value (the result of the suspended yield; None when it
 * has not started).  Returns the yielded value, or NULL: with an exception
 * pending, or finished with its return value in *retval (new reference). */
rv_obj_t *rv_generator_send(rv_obj_t *o, rv_obj_t *value, rv_obj_t **retval)
{
    rv_generator_t *g = (rv_generator_t *)o;
    *retval = NULL;
    if (g->running) {
        rv_err_format(&rv_exc_ValueError, "generator already executing");
        return NULL;
    }
    if (!g->frame) {
        *retval = rv_incref(rv_None);
        return NULL;
    }
    rv_frame_t *f = g->frame;
    if (f->pc == 0 && value != rv_None && !f->throw_on_resume) {
        rv_err_format(&rv_exc_TypeError, "can't send non-None value to a just-started generator");
        return NULL;
    }
    if (f->throw_on_resume)
        rv_err_set_exc(value);
    else if (f->pc > 0)
        f->stack[f->sp++] = rv_incref(value);
    /* Its suspended variables are its references: they change while it
     * runs. */
    rv_touch(o);
    g->running = true;
    g->running_below = running_gens;
    running_gens = g;
    bool yielded = false;
    rv_obj_t *r = rv_vm_eval(f, &yielded);
    running_gens = g->running_below;
    g->running = false;
    rv_touch(o);
    if (r && yielded)
        return r;
    /* Returned or raised: the frame is gone (gi_frame is None). */
    f->gen = NULL;
    rv_clearref((rv_obj_t **)&g->frame);
    if (r) {
        *retval = r;
        return NULL;
    }
    /* PEP 479: a StopIteration escaping the body is a bug, not the end. */
    if (rv_err_matches(&rv_exc_StopIteration)) {
        rv_obj_t *exc = rv_err_fetch();
        rv_err_format(&rv_exc_RuntimeError, "generator raised StopIteration");
        rv_exc_t *e = (rv_exc_t *)rv_err_occurred();
        rv_setref(&e->cause, exc);
        rv_setref(&e->context, exc);
        e->suppress_context = true;
        rv_decref(exc);
    }
    return NULL;
}

rv_obj_t *rv_generator_result(rv_obj_t *r, rv_obj_t *retval)
{
    if (r || !retval)
        return r;
    rv_err_set_obj(&rv_exc_StopIteration, retval == rv_None ? NULL : retval);
    rv_decref(retval);
    return NULL;
}

rv_obj_t *rv_generator_throw(rv_obj_t *o, rv_obj_t *exc, rv_obj_t **retval)
{
    rv_generator_t *g = (rv_generator_t *)o;
    *retval = NULL;
    if (!g->frame || (g->frame->pc == 0 && rv_isinstance(exc, &rv_exc_GeneratorExit))) {
        /* Finished, or an unstarted generator closed: the exception comes
         * straight back, and the generator is finished.  Any other
         * exception thrown into an unstarted generator is raised in its
         * frame, at the def line (a call and an exception event). */
        if (g->frame && !g->running) {
            rv_touch(o);
            g->frame->gen = NULL;
            rv_clearref((rv_obj_t **)&g->frame);
        }
        rv_err_set_exc(exc);
        return NULL;
    }
    g->frame->throw_on_resume = !g->running;
    return rv_generator_send(o, exc, retval);
}

int rv_generator_close(rv_obj_t *o)
{
    rv_generator_t *g = (rv_generator_t *)o;
    if (!g->frame)
        return 0;
    rv_obj_t *exit = rv_exc_new(&rv_exc_GeneratorExit, NULL, 0);
    rv_obj_t *retval;
    rv_obj_t *r = rv_generator_throw(o, exit, &retval);
    rv_decref(exit);
    rv_xdecref(retval);
    if (r) {
        rv_decref(r);
        rv_err_format(&rv_exc_RuntimeError, "generator ignored GeneratorExit");
        return -1;
    }
    if (rv_err_matches(&rv_exc_GeneratorExit) || rv_err_matches(&rv_exc_StopIteration))
        rv_err_clear();
    return rv_err_occurred() ? -1 : 0;
}

rv_obj_t *rv_generator_next(rv_obj_t *o)
{
    rv_obj_t *retval;
    rv_obj_t *r = rv_generator_send(o, rv_None, &retval);
    rv_xdecref(retval);
    return r;
}

int rv_vm_run_module(rv_obj_t *code, rv_obj_t **globals_out)
{
    /* The __main__ module's namespace as `python3 prog.py` starts it
     * (runpy's _run_module_code, without the loader object and the
     * __annotations__ and __cached__ names the CPython oracle leaves out
     * too; __annotations__ comes with the first annotation, as in the
     * oracle, and making it here would take object ids and renumber every
     * program's objects): only globals() shows it. */
    rv_obj_t *globals = rv_dict_new();
    rv_obj_t *name = rv_str_from_cstr("__main__");
    rv_dict_set_cstr(globals, "__name__", name);
    rv_decref(name);
    static const char *const nones[] = { "__doc__", "__package__", "__loader__", "__spec__" };
    for (size_t i = 0; i < sizeof nones / sizeof nones[0]; i++)
        rv_dict_set_cstr(globals, nones[i], rv_None);
    rv_code_t *co = RV_CODE(code);
    if (co->source && co->source->filename) {
        rv_obj_t *file = rv_str_from_cstr(co->source->filename);
        rv_dict_set_cstr(globals, "__file__", file);
        rv_decref(file);
    }
    rv_dict_set_cstr(globals, "__builtins__", rv_builtins_module());
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

