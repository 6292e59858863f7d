/* src/lang/compile/compile_exc.c - try, with and return, and leaving try/with
 * blocks early.
 *
 * The shapes are CPython 3.10's (compile.c), run by a block stack in the
 * frame (eval_exc.c).  SETUP_FINALLY pushes a try block; an exception that
 * reaches the frame while it is open drops the value stack to the block's
 * depth, turns the block into a handler block, pushes the exception and
 * jumps to the handler.  A handler ends with POP_EXCEPT (handled) or RERAISE
 * (passed on).
 *
 *   try/except                          try/finally
 *       SETUP_FINALLY H                     SETUP_FINALLY F
 *       <body>                              <body>       (a try/except if any)
 *       POP_BLOCK                           POP_BLOCK
 *       <else>                              <finalbody>
 *       JUMP end                            JUMP end
 *   H:  STMT except-line              F:   <finalbody>   (exception on TOS)
 *       <type>; CHECK_EXC_MATCH             RERAISE
 *       POP_JUMP_IF_FALSE next        end:
 *       <handler>; POP_EXCEPT; JUMP end
 *   next: ... RERAISE
 *
 *   with                                     (the manager on TOS)
 *       SETUP_WITH X     push bound __exit__, a try block, __enter__()
 *       <store or POP_TOP>; <body>; POP_BLOCK
 *       __exit__(None, None, None); JUMP end
 *   X:  WITH_EXCEPT_START; POP_JUMP_IF_TRUE S; RERAISE
 *   S:  POP_EXCEPT; POP_TOP (__exit__)
 *
 * `except E as name` wraps its body in a try block whose handler deletes
 * name; every way out of the body deletes it (name = None; del name), so the
 * exception does not outlive its handler.
 *
 * break, continue and return leave blocks early: the compiler keeps a stack
 * of the blocks it is inside (fblocks) and emits, innermost first, what
 * each one's end would have done (finally bodies are compiled again there). */
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "lang/compile/compile_int.h"

/******************************************************************************/
/* the fblock stack                                                           */

static void push_fblock(compiler_t *c, const rv_node_t *at, fblock_kind_t kind,
                        const rv_node_t *node)
{
    unit_t *u = c->u;
    /* CPython counts loops too (compiler_push_fblock). */
    if (u->nfblocks + u->nloops >= CU_MAXBLOCKS)
        cu_error(c, at, false, "too many statically nested blocks");
    if (u->nfblocks >= CU_MAXBLOCKS)
        return;
    u->fblocks[u->nfblocks].kind = kind;
    u->fblocks[u->nfblocks].nloops = u->nloops;
    u->fblocks[u->nfblocks].node = node;
    u->nfblocks++;
}

static void pop_fblock(compiler_t *c)
{
    if (c->u->nfblocks)
        c->u->nfblocks--;
}

/* name = None; del name (CPython's handler cleanup). */
static void delete_handler_name(compiler_t *c, const rv_node_t *h)
{
    cu_load_const(c, rv_None);
    cu_name_op(c, h, h->u.handler.name, RV_STORE);
    cu_name_op(c, h, h->u.handler.name, RV_DEL);
}

/* __exit__(None, None, None), the bound __exit__ on TOS; its result is
 * dropped.  CPython 3.11 puts the call on the with line: a line event that
 * finishes the body's last statement (its step), the with statement current
 * again while __exit__ runs (and where a return leaving the block returns
 * from). */
static void call_exit(compiler_t *c, const rv_node_t *with)
{
    rv_loc_t loc = c->u->loc;
    cu_set_loc(c, with);
    cu_emit(c, RV_OP_STMT, with->line);
    cu_load_const(c, rv_None);
    cu_load_const(c, rv_None);
    cu_load_const(c, rv_None);
    cu_emit(c, RV_OP_CALL, 3);
    cu_emit(c, RV_OP_POP_TOP, 0);
    c->u->loc = loc;
}

/* What leaving fb early emits (CPython's compiler_unwind_fblock). */
static void unwind_fblock(compiler_t *c, const fblock_t *fb, bool preserve_tos)
{
    switch (fb->kind) {
    case FB_TRY_EXCEPT:
        cu_emit(c, RV_OP_POP_BLOCK, 0);
        break;
    case FB_FINALLY_TRY:
        cu_emit(c, RV_OP_POP_BLOCK, 0);
        /* A break or return inside this copy of the finally body drops the
         * value kept for the return being unwound. */
        if (preserve_tos)
            push_fblock(c, fb->node, FB_POP_VALUE, NULL);
        cu_body(c, &fb->node->u.try_.finalbody);
        if (preserve_tos)
            pop_fblock(c);
        break;
    case FB_FINALLY_END:
        /* Leaving a finally body run for an exception forgets it. */
        if (preserve_tos)
            cu_emit(c, RV_OP_SWAP, 2);
        cu_emit(c, RV_OP_POP_EXCEPT, 0);
        break;
    case FB_WITH:
        cu_emit(c, RV_OP_POP_BLOCK, 0);
        if (preserve_tos)
            cu_emit(c, RV_OP_SWAP, 2);
        call_exit(c, fb->node);
        break;
    case FB_HANDLER_CLEANUP:
        if (fb->node->u.handler.name)
            cu_emit(c, RV_OP_POP_BLOCK, 0);
        if (preserve_tos)
            cu_emit(c, RV_OP_SWAP, 2);
        cu_emit(c, RV_OP_POP_EXCEPT, 0);
        if (fb->node->u.handler.name)
            delete_handler_name(c, fb->node);
        break;
    case FB_POP_VALUE:
        if (preserve_tos)
            cu_emit(c, RV_OP_SWAP, 2);
        cu_emit(c, RV_OP_POP_TOP, 0);
        break;
    }
}

/* Unwinds the fblocks from index fb_stop up and the loops from loop_stop
 * up, innermost first (an fblock pushed inside a loop before that loop).
 * While a finally body is compiled again, the stacks are cut to what
 * encloses it, so that a break or return in it sees its own blocks; they
 * are restored afterwards (the copy's own blocks overwrite their slots). */
static void unwind(compiler_t *c, size_t fb_stop, size_t loop_stop, bool preserve_tos)
{
    unit_t *u = c->u;
    size_t nb0 = u->nfblocks, nl0 = u->nloops;
    rv_loc_t loc = u->loc;
    fblock_t saved[CU_MAXBLOCKS];
    memcpy(saved, u->fblocks, nb0 * sizeof *saved);
    loop_t *loops = rv_malloc((nl0 ? nl0 : 1) * sizeof *loops);
    if (nl0)
        memcpy(loops, u->loops, nl0 * sizeof *loops);

    size_t nb = nb0, nl = nl0;
    while (!c->failed && (nb > fb_stop || nl > loop_stop)) {
        if (nb > fb_stop && (nl <= loop_stop || saved[nb - 1].nloops >= nl)) {
            u->nfblocks = nb - 1;
            u->nloops = nl;
            unwind_fblock(c, &saved[nb - 1], preserve_tos);
            nb--;
        } else {
            /* A for loop keeps its iterator on the stack. */
            if (loops[nl - 1].is_for) {
                if (preserve_tos)
                    cu_emit(c, RV_OP_SWAP, 2);
                cu_emit(c, RV_OP_POP_TOP, 0);
            }
            nl--;
        }
    }

    memcpy(u->fblocks, saved, nb0 * sizeof *saved);
    u->nfblocks = nb0;
    u->loops = rv_realloc(u->loops, (nl0 ? nl0 : 1) * sizeof *u->loops);
    if (nl0)
        memcpy(u->loops, loops, nl0 * sizeof *loops);
    u->nloops = nl0;
    rv_free(loops);
    u->loc = loc;
}

void cu_unwind_fblocks(compiler_t *c, bool preserve_tos)
{
    unwind(c, 0, 0, preserve_tos);
}

void cu_unwind_loop_fblocks(compiler_t *c)
{
    unit_t *u = c->u;
    size_t stop = u->nfblocks;
    while (stop > 0 && u->fblocks[stop - 1].nloops >= u->nloops)
        stop--;
    unwind(c, stop, u->nloops, false);
}

/******************************************************************************/
/* try                                                                        */

/* One except clause, the exception on TOS inside its handler block. */
static void except_clause(compiler_t *c, const rv_node_t *h, int end)
{
    int next = cu_new_label(c);
    cu_set_loc(c, h);
    c->u->stmt_line = h->line;
    cu_emit(c, RV_OP_STMT, h->line);
    if (h->u.handler.type) {
        cu_expr(c, h->u.handler.type);
        cu_emit(c, RV_OP_CHECK_EXC_MATCH, 0);
        cu_emit_jump(c, RV_OP_POP_JUMP_IF_FALSE, next);
    }
    if (h->u.handler.name) {
        int cleanup = cu_new_label(c);
        cu_emit(c, RV_OP_COPY, 1);
        cu_name_op(c, h, h->u.handler.name, RV_STORE);
        cu_emit_jump(c, RV_OP_SETUP_FINALLY, cleanup);
        push_fblock(c, h, FB_HANDLER_CLEANUP, h);
        cu_body(c, &h->u.handler.body);
        pop_fblock(c);
        cu_emit(c, RV_OP_POP_BLOCK, 0);
        cu_emit(c, RV_OP_POP_EXCEPT, 0);
        delete_handler_name(c, h);
        cu_emit_jump(c, RV_OP_JUMP, end);
        /* The body raised: the name goes all the same. */
        cu_bind_label(c, cleanup);
        delete_handler_name(c, h);
        cu_emit(c, RV_OP_RERAISE, 0);
    } else {
        push_fblock(c, h, FB_HANDLER_CLEANUP, h);
        cu_body(c, &h->u.handler.body);
        pop_fblock(c);
        cu_emit(c, RV_OP_POP_EXCEPT, 0);
        cu_emit_jump(c, RV_OP_JUMP, end);
    }
    cu_bind_label(c, next);
}

static void try_except(compiler_t *c, const rv_node_t *n)
{
    int handlers = cu_new_label(c), end = cu_new_label(c);
    cu_emit_jump(c, RV_OP_SETUP_FINALLY, handlers);
    push_fblock(c, n, FB_TRY_EXCEPT, n);
    cu_body(c, &n->u.try_.body);
    pop_fblock(c);
    cu_emit(c, RV_OP_POP_BLOCK, 0);
    cu_body(c, &n->u.try_.orelse);
    cu_emit_jump(c, RV_OP_JUMP, end);
    cu_bind_label(c, handlers);
    size_t nh = n->u.try_.handlers.len;
    for (size_t i = 0; i < nh && !c->failed; i++) {
        const rv_node_t *h = n->u.try_.handlers.items[i];
        if (!h->u.handler.type && i + 1 < nh) {
            cu_error(c, h, false, "default 'except:' must be last");
            return;
        }
        except_clause(c, h, end);
    }
    /* No clause matched. */
    cu_emit(c, RV_OP_RERAISE, 0);
    cu_bind_label(c, end);
}

static void try_finally(compiler_t *c, const rv_node_t *n)
{
    int final = cu_new_label(c), end = cu_new_label(c);
    cu_emit_jump(c, RV_OP_SETUP_FINALLY, final);
    push_fblock(c, n, FB_FINALLY_TRY, n);
    if (n->u.try_.handlers.len)
        try_except(c, n);
    else
        cu_body(c, &n->u.try_.body);
    pop_fblock(c);
    cu_emit(c, RV_OP_POP_BLOCK, 0);
    cu_body(c, &n->u.try_.finalbody);
    cu_emit_jump(c, RV_OP_JUMP, end);
    cu_bind_label(c, final);
    push_fblock(c, n, FB_FINALLY_END, n);
    cu_body(c, &n->u.try_.finalbody);
    pop_fblock(c);
    cu_emit(c, RV_OP_RERAISE, 0);
    cu_bind_label(c, end);
}

void cu_try(compiler_t *c, const rv_node_t *n)
{
    if (n->u.try_.finalbody.len)
        try_finally(c, n);
    else
        try_except(c, n);
}

/******************************************************************************/
/* with                                                                       */

/* `with a, b: body` is `with a: with b: body`. */
static void with_item(compiler_t *c, const rv_node_t *n, size_t i)
{
    const rv_node_t *item = n->u.with.items.items[i];
    int handler = cu_new_label(c), suppress = cu_new_label(c), end = cu_new_label(c);
    cu_set_loc(c, n);
    cu_expr(c, item->u.withitem.context_expr);
    cu_emit_jump(c, RV_OP_SETUP_WITH, handler);
    push_fblock(c, n, FB_WITH, n);
    if (item->u.withitem.optional_vars)
        cu_store(c, item->u.withitem.optional_vars);
    else
        cu_emit(c, RV_OP_POP_TOP, 0);
    if (i + 1 < n->u.with.items.len)
        with_item(c, n, i + 1);
    else
        cu_body(c, &n->u.with.body);
    pop_fblock(c);
    cu_emit(c, RV_OP_POP_BLOCK, 0);
    call_exit(c, n);
    cu_emit_jump(c, RV_OP_JUMP, end);
    cu_bind_label(c, handler);
    cu_set_loc(c, n);
    /* The exceptional __exit__ is on the with line too. */
    cu_emit(c, RV_OP_STMT, n->line);
    cu_emit(c, RV_OP_WITH_EXCEPT_START, 0);
    cu_emit_jump(c, RV_OP_POP_JUMP_IF_TRUE, suppress);
    cu_emit(c, RV_OP_RERAISE, 0);
    cu_bind_label(c, suppress);
    cu_emit(c, RV_OP_POP_EXCEPT, 0);
    cu_emit(c, RV_OP_POP_TOP, 0);
    cu_bind_label(c, end);
}

void cu_with(compiler_t *c, const rv_node_t *n)
{
    with_item(c, n, 0);
}

/******************************************************************************/
/* return                                                                     */

/* The value is evaluated first, then the blocks are left (finally bodies
 * run, a return inside one replacing it), then the frame returns. */
void cu_return(compiler_t *c, const rv_node_t *n)
{
    if (n->u.ret.value)
        cu_expr(c, n->u.ret.value);
    else
        cu_load_const(c, rv_None);
    cu_unwind_fblocks(c, true);
    cu_emit(c, RV_OP_RETURN_VALUE, 0);
}
