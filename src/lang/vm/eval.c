/* src/lang/vm/eval.c - the instruction loop.
 *
 * Reference discipline: the value stack holds owned references; an
 * instruction pops what it consumes and decrefs it after use.  On an error
 * the loop jumps to `error`, which records the traceback entry, reports the
 * exception event and empties the stack. */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_set.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/objects/class.h"
#include "lang/objects/dirnames.h"
#include "lang/vm/suggest.h"
#include "lang/vm/vm.h"
#include "lang/vm/vm_int.h"

/******************************************************************************/
/* helpers for instructions                                                   */

/* LOAD_NAME looks in the class body's namespace first; LOAD_GLOBAL starts
 * at the globals. */
static rv_obj_t *load_name(rv_frame_t *f, rv_obj_t *name, bool global_only)
{
    rv_obj_t *v = NULL;
    if (!global_only && f->locals)
        v = rv_dict_get_borrow(f->locals, name);
    if (!v && !rv_err_occurred())
        v = rv_dict_get_borrow(f->globals, name);
    if (!v && !rv_err_occurred())
        v = rv_dict_get_borrow(f->builtins, name);
    if (v)
        return rv_incref(v);
    if (!rv_err_occurred() && rv_suggest_is_builtin(rv_str_utf8(name))) {
        /* python3 has it: a NameError would be a wrong answer. */
        rv_err_format(&rv_exc_RefvizUnsupported, "the built-in %s", rv_str_utf8(name));
        return NULL;
    }
    if (!rv_err_occurred()) {
        rv_err_format(&rv_exc_NameError, "name '%s' is not defined", rv_str_utf8(name));
        rv_exc_t *e = (rv_exc_t *)rv_err_occurred();
        e->suggestion = rv_suggest_name(name, f->globals, (f->code->flags & RV_CO_MODULE) != 0);
    }
    return NULL;
}

static int unpack(rv_frame_t *f, rv_obj_t *seq, size_t before, size_t after, bool starred)
{
    rv_obj_t *it = NULL, *list = NULL;
    size_t want = before + after;
    if (!starred && (RV_IS(seq, rv_tuple_type) || RV_IS(seq, rv_list_type))) {
        size_t n = RV_IS(seq, rv_tuple_type) ? rv_tuple_len(seq) : rv_list_len(seq);
        if (n != want) {
            if (n > want)
                rv_err_format(&rv_exc_ValueError, "too many values to unpack (expected %zu)", want);
            else
                rv_err_format(&rv_exc_ValueError,
                              "not enough values to unpack (expected %zu, got %zu)", want, n);
            return -1;
        }
        for (size_t i = n; i-- > 0;) {
            rv_obj_t *v = RV_IS(seq, rv_tuple_type) ? rv_tuple_get_borrow(seq, i)
                                                     : rv_list_get_borrow(seq, i);
            f->stack[f->sp++] = rv_incref(v);
        }
        return 0;
    }
    if (!rv_slots_of(seq)->iter) {
        rv_err_format(&rv_exc_TypeError, "cannot unpack non-iterable %s object", seq->type->name);
        return -1;
    }
    it = rv_iter(seq);
    if (!it)
        return -1;
    rv_obj_t **items = rv_malloc((before + 1) * sizeof *items);
    size_t got = 0;
    for (; got < before; got++) {
        items[got] = rv_next(it);
        if (!items[got])
            goto short_;
    }
    if (!starred) {
        rv_obj_t *extra = rv_next(it);
        if (extra) {
            rv_decref(extra);
            rv_err_format(&rv_exc_ValueError, "too many values to unpack (expected %zu)", want);
            goto fail;
        }
        if (rv_err_occurred())
            goto fail;
        for (size_t i = got; i-- > 0;)
            f->stack[f->sp++] = items[i];
        rv_free(items);
        rv_decref(it);
        return 0;
    }
    list = rv_list_from_iterable(it);
    if (!list)
        goto fail;
    size_t rest = rv_list_len(list);
    if (rest < after) {
        rv_err_format(&rv_exc_ValueError,
                      "not enough values to unpack (expected at least %zu, got %zu)", want,
                      before + rest);
        goto fail;
    }
    /* The tail moves to the stack and the list is cut short without
     * reallocating (unpack_iterable's Py_SET_SIZE): its capacity, and so
     * its size, stays what list() gave it. */
    for (size_t i = 0; i < after; i++)
        f->stack[f->sp++] = rv_list_get_borrow(list, rest - 1 - i);
    rv_list_touch(list, rest - after);
    RV_LIST(list)->len = rest - after;
    f->stack[f->sp++] = list;
    for (size_t i = got; i-- > 0;)
        f->stack[f->sp++] = items[i];
    rv_free(items);
    rv_decref(it);
    return 0;
short_:
    if (!rv_err_occurred()) {
        if (starred)
            rv_err_format(&rv_exc_ValueError,
                          "not enough values to unpack (expected at least %zu, got %zu)", want,
                          got);
        else
            rv_err_format(&rv_exc_ValueError,
                          "not enough values to unpack (expected %zu, got %zu)", want, got);
    }
fail:
    for (size_t i = 0; i < got; i++)
        rv_decref(items[i]);
    rv_free(items);
    rv_xdecref(list);
    rv_xdecref(it);
    return -1;
}

static rv_obj_t *call_ex(rv_obj_t *callable, rv_obj_t *args, rv_obj_t *kwargs)
{
    size_t np = rv_tuple_len(args);
    size_t nk = kwargs ? rv_dict_len(kwargs) : 0;
    rv_obj_t **vec = rv_malloc((np + nk + 1) * sizeof *vec);
    for (size_t i = 0; i < np; i++)
        vec[i] = rv_tuple_get_borrow(args, i);
    rv_obj_t *names = NULL;
    if (nk) {
        names = rv_tuple_new(nk);
        size_t pos = 0, i = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(kwargs, &pos, &k, &v)) {
            if (!RV_IS(k, rv_str_type)) {
                for (size_t j = i; j < nk; j++)
                    rv_tuple_set_steal(names, j, rv_incref(rv_None));
                rv_decref(names);
                rv_free(vec);
                rv_err_format(&rv_exc_TypeError, "keywords must be strings");
                return NULL;
            }
            rv_tuple_set_steal(names, i, rv_incref(k));
            vec[np + i] = v;
            i++;
        }
    }
    rv_obj_t *r = rv_call(callable, vec, np, names);
    rv_xdecref(names);
    rv_free(vec);
    return r;
}

static rv_obj_t *format_value(rv_obj_t *v, int flags, rv_obj_t *spec)
{
    rv_obj_t *conv = NULL;
    switch (flags & 3) {
    case RV_FV_STR:
        conv = rv_str(v);
        break;
    case RV_FV_REPR:
        conv = rv_repr(v);
        break;
    case RV_FV_ASCII:
        conv = rv_ascii(v);
        break;
    default:
        conv = rv_incref(v);
    }
    if (!conv)
        return NULL;
    rv_obj_t *r;
    if (!spec && RV_IS(conv, rv_str_type)) {
        r = conv;
    } else {
        rv_obj_t *empty = spec ? NULL : rv_str_from_cstr("");
        r = rv_format(conv, spec ? spec : empty);
        rv_xdecref(empty);
        rv_decref(conv);
    }
    return r;
}

static rv_obj_t *make_function(rv_frame_t *f, rv_obj_t *code, rv_obj_t *closure,
                               rv_obj_t *defaults, rv_obj_t *kwdefaults)
{
    rv_function_t *fn = rv_obj_alloc(&rv_function_type, sizeof(rv_function_t));
    fn->code = rv_incref(code);
    fn->globals = rv_incref(f->globals);
    fn->name = rv_str_from_cstr(RV_CODE(code)->name);
    fn->qualname = rv_str_from_cstr(RV_CODE(code)->qualname);
    fn->closure = closure;
    fn->defaults = defaults;
    fn->kwdefaults = kwdefaults;
    if (RV_CODE(code)->flags & RV_CO_HAS_DOC)
        fn->doc = rv_incref(RV_CODE(code)->consts[0]);
    return &fn->ob;
}

/* MAKE_FUNCTION's annotations tuple (name, value, ...) as the dict
 * func.__annotations__ is. */
static rv_obj_t *annotations_dict(rv_obj_t *pairs)
{
    rv_obj_t *d = rv_dict_new();
    for (size_t i = 0; i + 1 < rv_tuple_len(pairs); i += 2)
        rv_dict_set(d, rv_tuple_get_borrow(pairs, i), rv_tuple_get_borrow(pairs, i + 1));
    return d;
}

/* SETUP_ANNOTATIONS: the module's or class body's namespace gets an empty
 * __annotations__ dict unless it has one. */
static int setup_annotations(rv_frame_t *f)
{
    rv_obj_t *ns = f->locals ? f->locals : f->globals;
    rv_obj_t *key = rv_str_intern("__annotations__");
    int r = 0;
    if (!rv_dict_get_borrow(ns, key)) {
        rv_obj_t *d = rv_dict_new();
        r = rv_dict_set(ns, key, d);
        rv_decref(d);
    }
    rv_decref(key);
    return r;
}

static rv_obj_t *build_exception(rv_obj_t *v)
{
    if (rv_is_exc_type(v)) {
        rv_obj_t *e = rv_call0(v);
        if (!e)
            return NULL;
        if (!rv_is_exc(e)) {
            rv_err_format(&rv_exc_TypeError,
                          "calling %s should have returned an instance of BaseException, not %s",
                          ((rv_type_t *)v)->name, e->type->name);
            rv_decref(e);
            return NULL;
        }
        return e;
    }
    if (rv_is_exc(v))
        return rv_incref(v);
    rv_err_format(&rv_exc_TypeError, "exceptions must derive from BaseException");
    return NULL;
}

static int do_raise(int kind, rv_obj_t *exc, rv_obj_t *cause)
{
    (void)kind; /* a bare raise is rv_vm_reraise */
    rv_obj_t *e = build_exception(exc);
    if (!e)
        return -1;
    if (cause) {
        rv_obj_t *c = NULL;
        if (cause != rv_None) {
            c = build_exception(cause);
            if (!c) {
                rv_err_clear();
                rv_decref(e);
                rv_err_format(&rv_exc_TypeError,
                              "exception causes must derive from BaseException");
                return -1;
            }
        }
        rv_exc_t *ex = (rv_exc_t *)e;
        rv_setref(&ex->cause, c);
        rv_xdecref(c);
        ex->suppress_context = true;
    }
    rv_err_set_exc(e);
    rv_decref(e);
    return -1;
}

/* One step of `yield from`: sends v into the sub-iterator.  Returns what
 * it yielded, or NULL: with *retval its return value (new) when it
 * finished, or with an exception pending. */
/* An iterator of FOR_ITER or SEND ended by a StopIteration: CPython 3.11
 * gives the frame an exception event for it (call_exc_trace) before
 * clearing it. */
static void report_stop_iteration(rv_frame_t *f)
{
    f->exc_caught = true;
    rv_vm_fire(RV_EV_EXCEPTION, f, f->line);
}

/* FOR_ITER's next item: NULL at the end (no exception pending) or on error.
 * An end by StopIteration is reported: a program __next__ raising it, or a
 * generator returning a value other than None (gen_iternext raises
 * StopIteration for that value only). */
static rv_obj_t *for_next(rv_frame_t *f, rv_obj_t *it)
{
    bool stop = false;
    rv_obj_t *r;
    if (RV_IS(it, rv_generator_type)) {
        rv_obj_t *retval;
        r = rv_generator_send(it, rv_None, &retval);
        stop = retval && retval != rv_None;
        rv_xdecref(retval);
    } else {
        r = rv_instance_iternext(it, &stop);
    }
    if (stop) {
        report_stop_iteration(f);
        rv_err_clear();
    }
    return r;
}

/* SEND as CPython 3.11 runs it under a tracer: next() for None (a generator
 * raising StopIteration only for a return value other than None), else the
 * send method (a generator's always raises StopIteration when it returns);
 * a StopIteration ending it is reported to the tracer. */
static rv_obj_t *send_to(rv_frame_t *f, rv_obj_t *it, rv_obj_t *v, rv_obj_t **retval)
{
    *retval = NULL;
    if (RV_IS(it, rv_generator_type)) {
        rv_obj_t *r = rv_generator_send(it, v, retval);
        if (*retval && (v != rv_None || *retval != rv_None))
            report_stop_iteration(f);
        return r;
    }
    rv_obj_t *r;
    bool stop = false;
    if (v == rv_None) {
        r = rv_instance_iternext(it, &stop);
    } else {
        rv_obj_t *send = rv_getattr_cstr(it, "send");
        r = send ? rv_call1(send, v) : NULL;
        rv_xdecref(send);
        stop = !r && rv_err_matches(&rv_exc_StopIteration);
    }
    if (r)
        return r;
    if (stop)
        report_stop_iteration(f);
    if (!rv_err_occurred()) {
        *retval = rv_incref(rv_None);
        return NULL;
    }
    /* A StopIteration from a plain iterator carries the return value. */
    if (rv_err_matches(&rv_exc_StopIteration)) {
        rv_obj_t *e = rv_err_fetch();
        rv_obj_t *args = ((rv_exc_t *)e)->args;
        *retval = rv_incref(args && rv_tuple_len(args) ? rv_tuple_get_borrow(args, 0) : rv_None);
        rv_decref(e);
    }
    return NULL;
}

/* A name CPython's module has and refviz's does not (weakref.WeakSet) is
 * outside the subset: say so rather than raise CPython's AttributeError
 * for a name CPython has. */
static void module_attr_unsupported(rv_obj_t *module, rv_obj_t *name)
{
    if (!RV_IS(module, rv_module_type) || !rv_err_matches(&rv_exc_AttributeError))
        return;
    const char *mod = rv_str_utf8(((rv_module_t *)module)->name);
    const char *list = rv_dirnames_module(mod);
    const char *n = rv_str_utf8(name);
    size_t len = strlen(n);
    for (const char *p = list; p && *p;) {
        const char *end = strchr(p, ' ');
        size_t l = end ? (size_t)(end - p) : strlen(p);
        if (l == len && memcmp(p, n, len) == 0) {
            rv_err_clear();
            rv_err_format(&rv_exc_RefvizUnsupported, "%s.%s", mod, n);
            return;
        }
        p = end ? end + 1 : p + l;
    }
}

/* `from M import *` binds CPython's names for M in CPython's order
 * (rv_dirnames_star: M.__all__, else its dict's public names); a name
 * refviz's M lacks would leave the program without a variable python3
 * has, so it is unsupported.  A module without such a table binds its
 * dict's public names. */
static int import_star(rv_frame_t *f, rv_obj_t *module)
{
    if (!RV_IS(module, rv_module_type))
        return 0;
    rv_obj_t *d = rv_module_dict_borrow(module);
    const char *mod = rv_str_utf8(((rv_module_t *)module)->name);
    const char *names = rv_dirnames_star(mod);
    if (!names) {
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(d, &pos, &k, &v)) {
            if (RV_IS(k, rv_str_type) && rv_str_utf8(k)[0] == '_')
                continue;
            if (rv_dict_set(f->globals, k, v) < 0)
                return -1;
        }
        return 0;
    }
    /* Every name is checked before any is bound. */
    for (int bind = 0; bind < 2; bind++) {
        for (const char *p = names; *p;) {
            char id[64]; /* CPython's longest is 36 bytes */
            size_t len = strcspn(p, " ");
            snprintf(id, sizeof id, "%.*s", (int)len, p);
            p += len + (p[len] == ' ');
            rv_obj_t *name = rv_str_intern(id);
            rv_obj_t *v = rv_dict_get_borrow(d, name);
            int err = 0;
            if (!v)
                rv_err_format(&rv_exc_RefvizUnsupported,
                              "from %s import * (refviz does not model %s.%s)", mod, mod, id);
            else if (bind)
                err = rv_dict_set(f->globals, name, v);
            rv_decref(name);
            if (!v || err < 0)
                return -1;
        }
    }
    return 0;
}

/******************************************************************************/
/* the loop                                                                   */

#define PUSH(v) (f->stack[f->sp++] = (v))
#define POP() (f->stack[--f->sp])
#define TOP() (f->stack[f->sp - 1])
#define PEEK(n) (f->stack[f->sp - (n)])

static void reserve_stack(rv_frame_t *f, size_t extra)
{
    if (f->sp + extra <= f->stackcap)
        return;
    while (f->sp + extra > f->stackcap)
        f->stackcap *= 2;
    f->stack = rv_realloc(f->stack, f->stackcap * sizeof *f->stack);
}

rv_obj_t *rv_vm_eval(rv_frame_t *f, bool *yielded)
{
    if (rv_vm_code_forbidden) {
        rv_err_format(&rv_exc_RuntimeError, "no program code runs during a snapshot");
        return NULL;
    }
    if (rv_enter_recursive("") < 0)
        return NULL;
    f->back = rv_vm_current;
    rv_vm_current = f;
    f->executing = true;
    rv_code_t *co = f->code;
    const rv_instr_t *code = co->code;
    rv_obj_t *const *consts = co->consts;
    rv_obj_t *const *names = co->names;
    rv_obj_t *result = NULL;
    /* The position of the instruction running (a traceback entry's). */
    rv_loc_t loc = { co->firstline, co->firstline, -1, -1, -1, -1 };
    /* How the exception reaching `error` was raised (eval_exc.c): re-raised
     * (no new traceback entry), or raised here by a raise statement. */
    bool reraise = false, raised = false;

    /* Finalising a generator (GeneratorExit thrown in) is not traced. */
    if (f->throw_on_resume && rv_err_matches(&rv_exc_GeneratorExit))
        f->closing = true;
    /* A call, or a generator resumed where it was suspended. */
    if ((co->flags & RV_CO_FUNCTION) &&
        rv_vm_fire(RV_EV_CALL, f, f->pc == 0 ? co->firstline : f->line) < 0)
        goto error;

    /* gen.throw(): the exception is raised at the suspended yield. */
    if (f->throw_on_resume) {
        f->throw_on_resume = false;
        if (f->pc)
            loc = code[f->pc - 1].loc;
        goto error;
    }

resume:
    for (;;) {
        const rv_instr_t *in = &code[f->pc++];
        loc = in->loc;
        reserve_stack(f, 4);
        rv_obj_t *a, *b, *c, *r;
        switch ((rv_opcode_t)in->op) {
        case RV_OP_NOP:
        case RV_OP_GEN_START:
            break;
        case RV_OP_STMT:
            /* The memory budget (--max-heap) is checked where a statement
             * begins, as the step limit is: a loop that grows a list
             * forever stops there, with its trace kept. */
            if (rv_alloc_over_budget()) {
                rv_err_format(&rv_exc_MemoryError,
                              "refviz's memory limit was reached (--max-heap %zu MiB)",
                              rv_alloc_budget() >> 20);
                goto error;
            }
            /* CPython's line event, as the tracer sees it: one for the
             * statement the frame is in already changes nothing; one for
             * another statement finishes the current one (its step), unless
             * the frame has none since its start or since it resumed from
             * a yield (that statement finishes without a step). */
            if (f->started && in->arg == f->line) {
                if (rv_vm_fire(RV_EV_LINE, f, f->line) < 0)
                    goto error;
                break;
            }
            if (f->started && rv_vm_fire(RV_EV_STEP, f, f->line) < 0)
                goto error;
            f->started = true;
            f->line = in->arg;
            break;
        case RV_OP_POP_TOP:
            rv_decref(POP());
            break;
        case RV_OP_COPY:
            a = PEEK(in->arg);
            PUSH(rv_incref(a));
            break;
        case RV_OP_SWAP:
            a = TOP();
            TOP() = PEEK(in->arg);
            PEEK(in->arg) = a;
            break;
        case RV_OP_LOAD_CONST:
            PUSH(rv_incref(consts[in->arg]));
            break;
        case RV_OP_LOAD_NAME:
        case RV_OP_LOAD_GLOBAL:
            r = load_name(f, names[in->arg], in->op == RV_OP_LOAD_GLOBAL);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_STORE_NAME:
        case RV_OP_STORE_GLOBAL:
            a = POP();
            b = in->op == RV_OP_STORE_NAME && f->locals ? f->locals : f->globals;
            if (rv_dict_set(b, names[in->arg], a) < 0) {
                rv_decref(a);
                goto error;
            }
            rv_decref(a);
            break;
        case RV_OP_DELETE_NAME:
        case RV_OP_DELETE_GLOBAL:
            b = in->op == RV_OP_DELETE_NAME && f->locals ? f->locals : f->globals;
            if (rv_dict_del(b, names[in->arg]) < 0) {
                rv_err_clear();
                rv_err_format(&rv_exc_NameError, "name '%s' is not defined",
                              rv_str_utf8(names[in->arg]));
                goto error;
            }
            break;
        case RV_OP_LOAD_FAST:
            a = f->fast[in->arg];
            if (!a) {
                rv_err_format(&rv_exc_UnboundLocalError,
                              "cannot access local variable '%s' where it is not associated "
                              "with a value",
                              rv_str_utf8(co->varnames[in->arg]));
                goto error;
            }
            PUSH(rv_incref(a));
            break;
        case RV_OP_STORE_FAST:
            rv_frame_set_fast(f, (size_t)in->arg, POP());
            break;
        case RV_OP_DELETE_FAST:
            if (!f->fast[in->arg]) {
                rv_err_format(&rv_exc_UnboundLocalError,
                              "cannot access local variable '%s' where it is not associated "
                              "with a value",
                              rv_str_utf8(co->varnames[in->arg]));
                goto error;
            }
            rv_clearref(&f->fast[in->arg]);
            rv_frame_unbind_slot(f, (size_t)in->arg);
            break;
        case RV_OP_LOAD_CLOSURE:
            PUSH(rv_incref(f->fast[co->nlocals + (size_t)in->arg]));
            break;
        case RV_OP_LOAD_DEREF: {
            rv_cell_t *cell = (rv_cell_t *)f->fast[co->nlocals + (size_t)in->arg];
            if (!cell->ref) {
                size_t i = (size_t)in->arg;
                const char *n = i < co->ncells ? rv_str_utf8(co->cellvars[i])
                                               : rv_str_utf8(co->freevars[i - co->ncells]);
                if (i < co->ncells)
                    rv_err_format(&rv_exc_UnboundLocalError,
                                  "cannot access local variable '%s' where it is not "
                                  "associated with a value", n);
                else
                    rv_err_format(&rv_exc_NameError,
                                  "cannot access free variable '%s' where it is not "
                                  "associated with a value in enclosing scope", n);
                goto error;
            }
            PUSH(rv_incref(cell->ref));
            break;
        }
        case RV_OP_STORE_DEREF: {
            size_t slot = co->nlocals + (size_t)in->arg;
            rv_cell_t *cell = (rv_cell_t *)f->fast[slot];
            a = POP();
            rv_touch(&cell->ob);
            rv_obj_t *old = cell->ref;
            cell->ref = a;
            rv_xdecref(old);
            rv_frame_bind_slot(f, slot);
            break;
        }
        case RV_OP_DELETE_DEREF: {
            size_t slot = co->nlocals + (size_t)in->arg;
            rv_cell_t *cell = (rv_cell_t *)f->fast[slot];
            rv_touch(&cell->ob);
            rv_clearref(&cell->ref);
            rv_frame_unbind_slot(f, slot);
            break;
        }
        case RV_OP_LOAD_ATTR:
            a = POP();
            r = rv_getattr(a, names[in->arg]);
            if (!r)
                module_attr_unsupported(a, names[in->arg]);
            rv_decref(a);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_STORE_ATTR: {
            a = POP(); /* object */
            b = POP(); /* value */
            int err = rv_setattr(a, names[in->arg], b);
            rv_decref(a);
            rv_decref(b);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_DELETE_ATTR: {
            a = POP();
            int err = rv_setattr(a, names[in->arg], NULL);
            rv_decref(a);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_BINARY_SUBSCR:
            b = POP();
            a = POP();
            r = rv_getitem(a, b);
            rv_decref(a);
            rv_decref(b);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_STORE_SUBSCR: {
            b = POP(); /* key */
            a = POP(); /* container */
            c = POP(); /* value */
            int err = rv_setitem(a, b, c);
            rv_decref(a);
            rv_decref(b);
            rv_decref(c);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_DELETE_SUBSCR: {
            b = POP();
            a = POP();
            int err = rv_delitem(a, b);
            rv_decref(a);
            rv_decref(b);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_BUILD_SLICE:
            c = in->arg == 3 ? POP() : NULL;
            b = POP();
            a = POP();
            r = rv_slice_new(a, b, c ? c : rv_None);
            rv_decref(a);
            rv_decref(b);
            rv_xdecref(c);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_BINARY_OP:
        case RV_OP_INPLACE_OP:
            b = POP();
            a = POP();
            r = in->op == RV_OP_BINARY_OP ? rv_binop((rv_binop_t)in->arg, a, b)
                                          : rv_inplace((rv_binop_t)in->arg, a, b);
            rv_decref(a);
            rv_decref(b);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_UNARY_OP:
            a = POP();
            r = rv_unop((rv_unop_t)in->arg, a);
            rv_decref(a);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_UNARY_NOT: {
            a = POP();
            int t = rv_truth(a);
            rv_decref(a);
            if (t < 0)
                goto error;
            PUSH(rv_bool_from(!t));
            break;
        }
        case RV_OP_COMPARE_OP:
            b = POP();
            a = POP();
            r = rv_richcompare(a, b, (rv_cmpop_t)in->arg);
            rv_decref(a);
            rv_decref(b);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_IS_OP:
            b = POP();
            a = POP();
            r = rv_bool_from((a == b) != (in->arg != 0));
            rv_decref(a);
            rv_decref(b);
            PUSH(r);
            break;
        case RV_OP_CONTAINS_OP: {
            b = POP(); /* container */
            a = POP(); /* item */
            int found = rv_contains(b, a);
            rv_decref(a);
            rv_decref(b);
            if (found < 0)
                goto error;
            PUSH(rv_bool_from((found != 0) != (in->arg != 0)));
            break;
        }
        case RV_OP_JUMP:
            f->pc = (size_t)in->arg;
            break;
        case RV_OP_POP_JUMP_IF_FALSE:
        case RV_OP_POP_JUMP_IF_TRUE: {
            a = POP();
            int t = rv_truth(a);
            rv_decref(a);
            if (t < 0)
                goto error;
            if (t == (in->op == RV_OP_POP_JUMP_IF_TRUE))
                f->pc = (size_t)in->arg;
            break;
        }
        case RV_OP_JUMP_IF_FALSE_OR_POP:
        case RV_OP_JUMP_IF_TRUE_OR_POP: {
            int t = rv_truth(TOP());
            if (t < 0)
                goto error;
            if (t == (in->op == RV_OP_JUMP_IF_TRUE_OR_POP))
                f->pc = (size_t)in->arg;
            else
                rv_decref(POP());
            break;
        }
        case RV_OP_GET_ITER:
            a = POP();
            r = rv_iter(a);
            rv_decref(a);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_FOR_ITER:
            r = for_next(f, TOP());
            if (r) {
                PUSH(r);
                break;
            }
            if (rv_err_occurred())
                goto error;
            rv_decref(POP());
            f->pc = (size_t)in->arg;
            break;
        case RV_OP_BUILD_TUPLE:
        case RV_OP_BUILD_LIST: {
            size_t n = (size_t)in->arg;
            r = in->op == RV_OP_BUILD_TUPLE ? rv_tuple_new(n) : rv_list_new(n);
            for (size_t i = n; i-- > 0;) {
                if (in->op == RV_OP_BUILD_TUPLE)
                    rv_tuple_set_steal(r, i, POP());
                else
                    rv_list_set_steal(r, i, POP());
            }
            PUSH(r);
            break;
        }
        case RV_OP_BUILD_SET: {
            size_t n = (size_t)in->arg;
            r = rv_set_new(NULL);
            int err = 0;
            for (size_t i = n; i > 0; i--)
                if (!err && rv_set_add(r, PEEK(i)) < 0)
                    err = -1;
            for (size_t i = 0; i < n; i++)
                rv_decref(POP());
            if (err < 0) {
                rv_decref(r);
                goto error;
            }
            PUSH(r);
            break;
        }
        case RV_OP_BUILD_MAP: {
            size_t n = (size_t)in->arg;
            bool unicode = true;
            for (size_t i = n; i > 0; i--)
                if (!RV_IS(PEEK(2 * i), rv_str_type))
                    unicode = false;
            r = rv_dict_new_presized(n, unicode);
            int err = 0;
            for (size_t i = n; i > 0; i--)
                if (!err && rv_dict_set(r, PEEK(2 * i), PEEK(2 * i - 1)) < 0)
                    err = -1;
            for (size_t i = 0; i < 2 * n; i++)
                rv_decref(POP());
            if (err < 0) {
                rv_decref(r);
                goto error;
            }
            PUSH(r);
            break;
        }
        case RV_OP_LIST_APPEND: {
            a = POP();
            int err = rv_list_append(PEEK(in->arg), a);
            rv_decref(a);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_SET_ADD: {
            a = POP();
            int err = rv_set_add(PEEK(in->arg), a);
            rv_decref(a);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_MAP_ADD: {
            b = POP(); /* value */
            a = POP(); /* key */
            int err = rv_dict_set(PEEK(in->arg), a, b);
            rv_decref(a);
            rv_decref(b);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_LIST_EXTEND: {
            a = POP();
            int err = rv_list_extend(PEEK(in->arg), a);
            if (err < 0 && rv_err_matches(&rv_exc_TypeError) && !a->type->iter) {
                rv_err_clear();
                rv_err_format(&rv_exc_TypeError, "Value after * must be an iterable, not %s",
                              a->type->name);
            }
            rv_decref(a);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_SET_UPDATE: {
            a = POP();
            rv_obj_t *upd = rv_getattr_cstr(PEEK(in->arg), "update");
            r = upd ? rv_call1(upd, a) : NULL;
            rv_xdecref(upd);
            rv_decref(a);
            if (!r)
                goto error;
            rv_decref(r);
            break;
        }
        case RV_OP_DICT_UPDATE:
        case RV_OP_DICT_MERGE: {
            a = POP();
            if (!RV_IS(a, rv_dict_type) && !rv_isinstance(a, &rv_dict_type)) {
                if (in->op == RV_OP_DICT_MERGE)
                    rv_err_format(&rv_exc_TypeError,
                                  "argument after ** must be a mapping, not %s", a->type->name);
                else
                    rv_err_format(&rv_exc_TypeError, "'%s' object is not a mapping",
                                  a->type->name);
                rv_decref(a);
                goto error;
            }
            rv_obj_t *d = PEEK(in->arg);
            if (in->op == RV_OP_DICT_MERGE) {
                size_t pos = 0;
                rv_obj_t *k, *v;
                while (rv_dict_next(a, &pos, &k, &v)) {
                    if (rv_dict_get_borrow(d, k)) {
                        rv_obj_t *kr = rv_str(k);
                        rv_err_format(&rv_exc_TypeError,
                                      "got multiple values for keyword argument '%s'",
                                      kr ? rv_str_utf8(kr) : "?");
                        rv_xdecref(kr);
                        rv_decref(a);
                        goto error;
                    }
                }
            }
            int err = rv_dict_update(d, a);
            rv_decref(a);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_LIST_TO_TUPLE:
            a = POP();
            r = rv_tuple_from_array(RV_LIST(a)->items, rv_list_len(a));
            rv_decref(a);
            PUSH(r);
            break;
        case RV_OP_UNPACK_SEQUENCE:
        case RV_OP_UNPACK_EX: {
            bool starred = in->op == RV_OP_UNPACK_EX;
            size_t before = starred ? (size_t)(in->arg & 0xFF) : (size_t)in->arg;
            size_t after = starred ? (size_t)(in->arg >> 8) : 0;
            a = POP();
            reserve_stack(f, before + after + 1);
            int err = unpack(f, a, before, after, starred);
            rv_decref(a);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_CALL:
        case RV_OP_CALL_KW: {
            rv_obj_t *kwnames = in->op == RV_OP_CALL_KW ? POP() : NULL;
            size_t n = (size_t)in->arg;
            size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
            rv_obj_t **args = &f->stack[f->sp - n];
            rv_obj_t *callable = PEEK(n + 1);
            f->call_callable = callable;
            f->call_args = args;
            f->call_nargs = n;
            r = rv_call(callable, args, n - nkw, kwnames);
            f->call_callable = NULL;
            f->call_args = NULL;
            rv_xdecref(kwnames);
            /* NULL where a Python function's frame took them (vm.c). */
            for (size_t i = 0; i < n + 1; i++)
                rv_xdecref(POP());
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case RV_OP_CALL_EX: {
            rv_obj_t *kwargs = in->arg ? POP() : NULL;
            b = POP();
            a = POP();
            r = call_ex(a, b, kwargs);
            rv_decref(a);
            rv_decref(b);
            rv_xdecref(kwargs);
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case RV_OP_FORMAT_VALUE: {
            rv_obj_t *spec = (in->arg & RV_FV_SPEC) ? POP() : NULL;
            a = POP();
            r = format_value(a, in->arg, spec);
            rv_decref(a);
            rv_xdecref(spec);
            if (!r)
                goto error;
            PUSH(r);
            break;
        }
        case RV_OP_BUILD_STRING: {
            size_t n = (size_t)in->arg;
            rv_buf_t buf = RV_BUF_INIT;
            for (size_t i = n; i > 0; i--)
                rv_buf_add(&buf, rv_str_utf8(PEEK(i)), rv_str_nbytes(PEEK(i)));
            for (size_t i = 0; i < n; i++)
                rv_decref(POP());
            /* _PyUnicode_JoinArray makes a new str, even of one character;
             * an empty result is the empty singleton. */
            r = rv_str_new_uncached(buf.data ? buf.data : "", buf.len);
            rv_buf_free(&buf);
            PUSH(r);
            break;
        }
        case RV_OP_MAKE_FUNCTION: {
            rv_obj_t *fcode = POP();
            rv_obj_t *closure = (in->arg & RV_MF_CLOSURE) ? POP() : NULL;
            rv_obj_t *ann = (in->arg & RV_MF_ANNOTATIONS) ? POP() : NULL;
            rv_obj_t *kwdefaults = (in->arg & RV_MF_KWDEFAULTS) ? POP() : NULL;
            rv_obj_t *defaults = (in->arg & RV_MF_DEFAULTS) ? POP() : NULL;
            r = make_function(f, fcode, closure, defaults, kwdefaults);
            rv_decref(fcode);
            if (ann) {
                ((rv_function_t *)r)->annotations = annotations_dict(ann);
                rv_decref(ann);
            }
            PUSH(r);
            break;
        }
        case RV_OP_RETURN_VALUE:
            result = POP();
            if (co->flags & RV_CO_MODULE) {
                if (rv_vm_fire(RV_EV_STEP, f, f->line) < 0) {
                    rv_decref(result);
                    result = NULL;
                    goto error;
                }
            } else if (rv_vm_fire_return(f, f->line ? f->line : co->firstline, result) < 0) {
                /* (no statement ran: a body of only a docstring returns
                 * from its def line, co_firstlineno) */
                rv_decref(result);
                result = NULL;
                goto error;
            }
            goto done;
        case RV_OP_YIELD_VALUE:
            result = POP();
            *yielded = true;
            if (rv_vm_fire_return(f, f->line, result) < 0) {
                rv_decref(result);
                result = NULL;
                *yielded = false;
                goto error;
            }
            /* Resumed, the frame goes on inside the yield's statement
             * without a line event: it gets no step (CPython's RESUME has
             * the yield's line). */
            f->started = false;
            goto done;
        case RV_OP_GET_YIELD_FROM_ITER:
            if (!RV_IS(TOP(), rv_generator_type)) {
                a = POP();
                r = rv_iter(a);
                rv_decref(a);
                if (!r)
                    goto error;
                PUSH(r);
            }
            break;
        case RV_OP_SEND:
            a = POP();
            r = send_to(f, TOP(), a, &b);
            rv_decref(a);
            if (r) {
                PUSH(r);
                break;
            }
            if (!b)
                goto error;
            rv_decref(POP());
            PUSH(b);
            f->pc = (size_t)in->arg;
            break;
        case RV_OP_SETUP_ANNOTATIONS:
            if (setup_annotations(f) < 0)
                goto error;
            break;
        case RV_OP_LOAD_BUILD_CLASS:
            PUSH(rv_incref(rv_build_class_func()));
            break;
        case RV_OP_IMPORT_NAME:
            r = rv_import_module(names[in->arg]);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_IMPORT_FROM:
            r = rv_getattr(TOP(), names[in->arg]);
            if (!r) {
                module_attr_unsupported(TOP(), names[in->arg]);
                if (rv_err_matches(&rv_exc_AttributeError)) {
                    rv_err_clear();
                    rv_obj_t *mn = rv_getattr_cstr(TOP(), "__name__");
                    rv_err_format(&rv_exc_ImportError,
                                  "cannot import name '%s' from '%s' (unknown location)",
                                  rv_str_utf8(names[in->arg]), mn ? rv_str_utf8(mn) : "?");
                    rv_xdecref(mn);
                }
                goto error;
            }
            PUSH(r);
            break;
        case RV_OP_IMPORT_STAR: {
            a = POP();
            int err = import_star(f, a);
            rv_decref(a);
            if (err < 0)
                goto error;
            break;
        }
        case RV_OP_RAISE:
            if (in->arg == 0) {
                reraise = rv_vm_reraise();
                goto error;
            }
            b = in->arg == 2 ? POP() : NULL;
            a = POP();
            do_raise(in->arg, a, b);
            rv_xdecref(a);
            rv_xdecref(b);
            raised = true;
            goto error;
        case RV_OP_ASSERT_FAIL:
            a = in->arg ? POP() : NULL;
            rv_err_set_obj(&rv_exc_AssertionError, a);
            rv_xdecref(a);
            goto error;
        /* ---- exception handling (eval_exc.c, compile_exc.c) ---- */
        case RV_OP_SETUP_FINALLY:
            if (rv_vm_push_block(f, RV_BLOCK_TRY, (size_t)in->arg) < 0)
                goto error;
            break;
        case RV_OP_SETUP_WITH:
            a = POP();
            r = rv_vm_with_enter(f, a, (size_t)in->arg);
            rv_decref(a);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_POP_BLOCK:
            f->nblocks--;
            break;
        case RV_OP_POP_EXCEPT:
            f->nblocks--;
            rv_decref(POP());
            break;
        case RV_OP_RERAISE:
            rv_err_restore(POP());
            reraise = true;
            goto error;
        case RV_OP_CHECK_EXC_MATCH: {
            b = POP();
            int m = rv_vm_exc_match(TOP(), b);
            rv_decref(b);
            if (m < 0)
                goto error;
            PUSH(rv_bool_from(m));
            break;
        }
        case RV_OP_WITH_EXCEPT_START:
            r = rv_vm_with_exit(PEEK(2), TOP());
            if (!r)
                goto error;
            PUSH(r);
            break;
        /* ---- end of exception handling ---- */
        /* ---- match statements (eval_match.c, compile_match.c) ---- */
        case RV_OP_MATCH_SEQUENCE:
            r = rv_bool_from(rv_vm_match_sequence(TOP()));
            PUSH(r);
            break;
        case RV_OP_MATCH_MAPPING: {
            int m = rv_vm_match_mapping(TOP());
            if (m < 0)
                goto error;
            r = rv_bool_from(m);
            PUSH(r);
            break;
        }
        case RV_OP_GET_LEN: {
            size_t n;
            if (rv_len(TOP(), &n) < 0)
                goto error;
            r = rv_int_from_i64((int64_t)n);
            PUSH(r);
            break;
        }
        case RV_OP_POP_JUMP_IF_NONE:
            a = POP();
            if (a == rv_None)
                f->pc = (size_t)in->arg;
            rv_decref(a);
            break;
        case RV_OP_MATCH_KEYS:
            r = rv_vm_match_keys(PEEK(2), TOP());
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_MATCH_CLASS:
            c = POP(); /* attribute names */
            b = POP(); /* class */
            a = POP(); /* subject */
            r = rv_vm_match_class(a, b, (size_t)in->arg, c);
            rv_decref(a);
            rv_decref(b);
            rv_decref(c);
            if (!r)
                goto error;
            PUSH(r);
            break;
        case RV_OP_UNSUPPORTED:
            rv_err_set_obj(&rv_exc_RefvizUnsupported, consts[in->arg]);
            goto error;
        case RV_OP__NCODES:
            break;
        }
    }

error:
    if (rv_err_occurred()) {
        rv_obj_t *exc = rv_err_occurred();
        /* A re-raise keeps its traceback and gives no event (below). */
        if (!reraise) {
            /* A new exception has no traceback yet; one from a callee's
             * frame has, and its context was set where it was raised. */
            if (raised || ((rv_exc_t *)exc)->ntb == 0)
                rv_vm_chain_context(exc);
            rv_tb_span_t span = { loc.line,      loc.end_line,    loc.col,
                                  loc.end_col,   loc.anchor_left, loc.anchor_right };
            rv_exc_add_tb(exc, co->source ? co->source->filename : "?", &span, co->name, &f->ob);
        }
        /* A re-raise (a bare raise, the RERAISE ending a finally body, a
         * handler or a with's false __exit__) gives no event in its frame:
         * CPython's RERAISE and a successful bare RAISE_VARARGS go straight
         * to exception_unwind, past call_exc_trace. */
        if (!reraise) {
            f->exc_caught = rv_vm_will_catch(f);
            rv_vm_fire(RV_EV_EXCEPTION, f, f->line ? f->line : loc.line);
        }
    }
    reraise = raised = false;
    if (rv_vm_unwind(f))
        goto resume;
    result = NULL;
done:
    f->executing = false;
    f->closing = false;
    rv_vm_current = f->back;
    f->back = NULL;
    rv_leave_recursive();
    return result;
}

