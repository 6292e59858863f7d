/* src/lang/vm/eval_exc.c - exception handling in the instruction loop: the
 * frame's block stack, the exception being handled, implicit chaining and
 * the with statement's protocol.  compile_exc.c explains the code shapes.
 *
 * The exception being handled (CPython's exc_info, sys.exception()) is not
 * kept in a global: it is the exception of the innermost handler block of
 * the executing frames, found by walking them.  A suspended generator's
 * handlers are thus out of sight until it resumes, as in CPython. */
#include <string.h>

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_tuple.h"
#include "lang/vm/vm.h"
#include "lang/vm/vm_int.h"

rv_obj_t *rv_vm_handled_exception(void)
{
    for (rv_frame_t *f = rv_vm_current; f; f = f->back) {
        for (size_t i = f->nblocks; i-- > 0;) {
            const rv_block_t *b = &f->blocks[i];
            if (b->kind == RV_BLOCK_HANDLER && b->level < f->sp)
                return f->stack[b->level];
        }
    }
    return NULL;
}

/* CPython's _PyErr_SetObject: a new exception raised while another is
 * handled gets it as __context__.  A context chain that already leads back
 * to exc is cut there, not to make a cycle (Floyd's tortoise guards against
 * a cycle already present). */
void rv_vm_chain_context(rv_obj_t *exc)
{
    rv_obj_t *handled = rv_vm_handled_exception();
    if (!handled || handled == exc || !rv_is_exc(exc))
        return;
    rv_obj_t *o = handled, *slow = handled;
    bool slow_moves = false;
    for (;;) {
        rv_exc_t *oe = (rv_exc_t *)o;
        rv_obj_t *ctx = oe->context;
        if (!ctx)
            break;
        if (ctx == exc) {
            rv_touch(o);
            rv_clearref(&oe->context);
            break;
        }
        o = ctx;
        if (o == slow)
            break;
        if (slow_moves)
            slow = ((rv_exc_t *)slow)->context;
        slow_moves = !slow_moves;
    }
    rv_exc_t *e = (rv_exc_t *)exc;
    if (e->context != handled) {
        rv_touch(exc);
        rv_setref(&e->context, handled);
    }
}

bool rv_vm_reraise(void)
{
    rv_obj_t *exc = rv_vm_handled_exception();
    if (!exc) {
        rv_err_format(&rv_exc_RuntimeError, "No active exception to reraise");
        return false;
    }
    rv_err_restore(rv_incref(exc));
    return true;
}

int rv_vm_push_block(rv_frame_t *f, rv_block_kind_t kind, size_t handler)
{
    if (f->nblocks == RV_MAXBLOCKS) {
        /* The compiler's limit makes this unreachable. */
        rv_err_format(&rv_exc_RuntimeError, "too many nested blocks");
        return -1;
    }
    rv_block_t *b = &f->blocks[f->nblocks++];
    b->kind = (uint8_t)kind;
    b->handler = (uint32_t)handler;
    b->level = (uint32_t)f->sp;
    return 0;
}

/* refviz's own stops (an unsupported construct, the step limit) end the
 * program: no except clause sees them and no finally body runs. */
static bool catchable(rv_obj_t *exc)
{
    return exc && !RV_IS(exc, rv_exc_RefvizUnsupported) && !RV_IS(exc, rv_exc_RefvizLimit);
}

bool rv_vm_will_catch(const rv_frame_t *f)
{
    if (!catchable(rv_err_occurred()))
        return false;
    for (size_t i = 0; i < f->nblocks; i++)
        if (f->blocks[i].kind == RV_BLOCK_TRY)
            return true;
    return false;
}

bool rv_vm_unwind(rv_frame_t *f)
{
    bool can_catch = catchable(rv_err_occurred());
    while (f->nblocks > 0) {
        rv_block_t b = f->blocks[--f->nblocks];
        while (f->sp > b.level)
            rv_decref(f->stack[--f->sp]);
        if (b.kind == RV_BLOCK_TRY && can_catch) {
            /* The instruction that failed reserved room on the stack. */
            rv_vm_push_block(f, RV_BLOCK_HANDLER, 0);
            f->stack[f->sp++] = rv_err_fetch();
            f->pc = b.handler;
            return true;
        }
    }
    while (f->sp > 0)
        rv_decref(f->stack[--f->sp]);
    return false;
}

int rv_vm_exc_match(rv_obj_t *exc, rv_obj_t *types)
{
    /* CPython's check_except_type_valid, then
     * PyErr_GivenExceptionMatches. */
    bool tuple = RV_IS(types, rv_tuple_type);
    size_t n = tuple ? rv_tuple_len(types) : 1;
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *t = tuple ? rv_tuple_get_borrow(types, i) : types;
        if (!rv_is_exc_type(t)) {
            rv_err_format(&rv_exc_TypeError,
                          "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    }
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *t = tuple ? rv_tuple_get_borrow(types, i) : types;
        if (rv_isinstance(exc, (rv_type_t *)t))
            return 1;
    }
    return 0;
}

/* The manager's method, looked up as an attribute; missing, it is the
 * TypeError of CPython 3.11's BEFORE_WITH. */
static rv_obj_t *with_method(rv_obj_t *mgr, const char *name, const char *missing)
{
    rv_obj_t *m = rv_getattr_cstr(mgr, name);
    if (!m && rv_err_matches(&rv_exc_AttributeError)) {
        rv_err_clear();
        rv_err_format(&rv_exc_TypeError,
                      "'%s' object does not support the context manager protocol%s",
                      mgr->type->name, missing);
    }
    return m;
}

rv_obj_t *rv_vm_with_enter(rv_frame_t *f, rv_obj_t *mgr, size_t handler)
{
    rv_obj_t *enter = with_method(mgr, "__enter__", "");
    if (!enter)
        return NULL;
    rv_obj_t *exit = with_method(mgr, "__exit__", " (missed __exit__ method)");
    if (!exit) {
        rv_decref(enter);
        return NULL;
    }
    f->stack[f->sp++] = exit;
    rv_obj_t *r = rv_call0(enter);
    rv_decref(enter);
    /* The block covers the body only: a failing __enter__ calls no
     * __exit__. */
    if (r && rv_vm_push_block(f, RV_BLOCK_TRY, handler) < 0)
        rv_clearref(&r);
    return r;
}

rv_obj_t *rv_vm_with_exit(rv_obj_t *exit, rv_obj_t *exc)
{
    rv_obj_t *tb = rv_exc_traceback(exc);
    if (!tb)
        return NULL;
    rv_obj_t *args[3] = { (rv_obj_t *)exc->type, exc, tb };
    rv_obj_t *r = rv_call(exit, args, 3, NULL);
    rv_decref(tb);
    return r;
}
