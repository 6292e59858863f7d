/* src/lang/compile/compile_match.c - the match statement (PEP 634).
 *
 * The code is CPython 3.11's (compiler_match_inner and the compiler_pattern_*
 * functions of Python/compile.c), because a program can observe its order:
 * which attribute or key is read when, which comparison runs first, and the
 * order in which captured names are bound (a frame's variables).
 *
 * Each case tests a copy of the subject (the last case the subject itself).
 * A pattern consumes its subject from the stack and leaves the values it
 * captured there, in the order of `stores`; only when the whole pattern
 * matched are they stored, in that order, then the guard runs.  A test that
 * fails jumps to fail_pop[n], which pops the n items the pattern has pushed
 * by then (on_top items above the stores, plus the stores) and falls through
 * to fail_pop[n - 1] ... fail_pop[0], the next case.
 *
 * CPython's peephole pass then resolves SWAPs statically where it can
 * (swaptimize and apply_static_swaps in Python/compile.c): a SWAP just
 * before the STORE_FASTs of the captures reorders the stores instead.  That
 * changes the order a function's captures are bound in, so it is done here
 * too, over each case's pattern code (optimize_swaps). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/obj_int.h"
#include "core/obj_str.h"
#include "lang/compile/compile_int.h"

typedef struct pctx {
    const char **stores;  /* captured names, in the order they are stored */
    size_t nstores, capstores;
    bool allow_irrefutable;
    int *fail_pop;        /* labels: fail_pop[n] pops n items */
    size_t fail_pop_size;
    size_t on_top;        /* items above the captures a test must keep */
    const rv_node_t *loc; /* CPython's current location: errors point at it */
} pctx_t;

static void compile_pattern(compiler_t *c, const rv_node_t *p, pctx_t *pc);

/* CPython's SET_LOC for a pattern: its line for the code, its position for
 * errors. */
static void set_loc(compiler_t *c, pctx_t *pc, const rv_node_t *n)
{
    pc->loc = n;
    cu_set_loc(c, n);
}

static void pattern_error(compiler_t *c, pctx_t *pc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void pattern_error(compiler_t *c, pctx_t *pc, const char *fmt, ...)
{
    char msg[sizeof c->err->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cu_error(c, pc->loc, false, "%s", msg);
}

static bool is_wildcard(const rv_node_t *p)
{
    return p->kind == RV_N_MATCHAS && !p->u.matchas.pattern && !p->u.matchas.name;
}

static bool is_star_wildcard(const rv_node_t *p)
{
    return p->kind == RV_N_MATCHSTAR && !p->u.matchstar.name;
}

static size_t store_index(const pctx_t *pc, const char *name)
{
    for (size_t i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0)
            return i;
    return (size_t)-1;
}

static void stores_insert(pctx_t *pc, size_t at, const char *const *names, size_t n)
{
    if (pc->nstores + n > pc->capstores) {
        pc->capstores = (pc->nstores + n) * 2;
        pc->stores = rv_realloc(pc->stores, pc->capstores * sizeof *pc->stores);
    }
    memmove(pc->stores + at + n, pc->stores + at, (pc->nstores - at) * sizeof *pc->stores);
    memcpy(pc->stores + at, names, n * sizeof *names);
    pc->nstores += n;
}

/* pattern_helper_rotate: moves TOS under count - 1 items. */
static void rotate(compiler_t *c, size_t count)
{
    while (1 < count)
        cu_emit(c, RV_OP_SWAP, (int)count--);
}

static void ensure_fail_pop(compiler_t *c, pctx_t *pc, size_t n)
{
    if (n + 1 <= pc->fail_pop_size)
        return;
    pc->fail_pop = rv_realloc(pc->fail_pop, (n + 1) * sizeof *pc->fail_pop);
    while (pc->fail_pop_size < n + 1)
        pc->fail_pop[pc->fail_pop_size++] = cu_new_label(c);
}

/* A failed test pops what the pattern has pushed so far. */
static void jump_to_fail_pop(compiler_t *c, pctx_t *pc, int op)
{
    size_t pops = pc->on_top + pc->nstores;
    ensure_fail_pop(c, pc, pops);
    cu_emit_jump(c, op, pc->fail_pop[pops]);
}

static void emit_and_reset_fail_pop(compiler_t *c, pctx_t *pc)
{
    if (!pc->fail_pop_size)
        return;
    while (--pc->fail_pop_size) {
        cu_bind_label(c, pc->fail_pop[pc->fail_pop_size]);
        cu_emit(c, RV_OP_POP_TOP, 0);
    }
    cu_bind_label(c, pc->fail_pop[0]);
    rv_free(pc->fail_pop);
    pc->fail_pop = NULL;
}

/* pattern_helper_store_name: keeps TOS (a captured value) under the items
 * still needed, to be stored when the whole pattern matched; NULL: the
 * wildcard, popped. */
static void store_name(compiler_t *c, pctx_t *pc, const char *name)
{
    if (!name) {
        cu_emit(c, RV_OP_POP_TOP, 0);
        return;
    }
    if (strcmp(name, "__debug__") == 0) {
        pattern_error(c, pc, "cannot assign to __debug__");
        return;
    }
    if (store_index(pc, name) != (size_t)-1) {
        pattern_error(c, pc, "multiple assignments to name '%s' in pattern", name);
        return;
    }
    rotate(c, pc->on_top + pc->nstores + 1);
    stores_insert(pc, pc->nstores, &name, 1);
}

/* A pattern inside another one may be irrefutable. */
static void subpattern(compiler_t *c, const rv_node_t *p, pctx_t *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    compile_pattern(c, p, pc);
    pc->allow_irrefutable = allow;
}

/* Fails when TOS, kept, is None (CPython's optimizer makes the compiler's
 * LOAD_CONST None; IS_OP 1; POP_JUMP_IF_FALSE one POP_JUMP_IF_NONE, which
 * shows in a generator's stack size). */
static void test_none(compiler_t *c, pctx_t *pc)
{
    cu_emit(c, RV_OP_COPY, 1);
    jump_to_fail_pop(c, pc, RV_OP_POP_JUMP_IF_NONE);
}

/******************************************************************************/
/* patterns                                                                   */

static void pattern_value(compiler_t *c, const rv_node_t *p, pctx_t *pc)
{
    const rv_node_t *v = p->u.matchvalue.value;
    /* The parser allows strings, f-strings among them, which are not
     * constants (MATCH_VALUE_EXPR). */
    if (v->kind == RV_N_JOINEDSTR) {
        pattern_error(c, pc, "patterns may only match literals and attribute lookups");
        return;
    }
    cu_expr(c, v);
    cu_emit(c, RV_OP_COMPARE_OP, RV_EQ);
    jump_to_fail_pop(c, pc, RV_OP_POP_JUMP_IF_FALSE);
}

static void pattern_as(compiler_t *c, const rv_node_t *p, pctx_t *pc)
{
    const char *name = p->u.matchas.name;
    if (!p->u.matchas.pattern) {
        if (!pc->allow_irrefutable) {
            if (name)
                pattern_error(c, pc, "name capture '%s' makes remaining patterns unreachable",
                              name);
            else
                pattern_error(c, pc, "wildcard makes remaining patterns unreachable");
            return;
        }
        store_name(c, pc, name);
        return;
    }
    /* A copy to store when the inner pattern matched. */
    pc->on_top++;
    cu_emit(c, RV_OP_COPY, 1);
    compile_pattern(c, p->u.matchas.pattern, pc);
    pc->on_top--;
    store_name(c, pc, name);
}

/* [a, *rest, b]: unpacked (pattern_helper_sequence_unpack). */
static void sequence_unpack(compiler_t *c, const rv_nodes_t *pats, pctx_t *pc)
{
    size_t n = pats->len, star = (size_t)-1;
    for (size_t i = 0; i < n; i++)
        if (pats->items[i]->kind == RV_N_MATCHSTAR)
            star = i;
    if (star == (size_t)-1) {
        cu_emit(c, RV_OP_UNPACK_SEQUENCE, (int)n);
    } else if (star >= 256 || n - star - 1 >= (1u << 23)) {
        pattern_error(c, pc, "too many expressions in star-unpacking sequence pattern");
        return;
    } else {
        cu_emit(c, RV_OP_UNPACK_EX, (int)(star + ((n - star - 1) << 8)));
    }
    pc->on_top += n;
    for (size_t i = 0; i < n && !c->failed; i++) {
        pc->on_top--;
        subpattern(c, pats->items[i], pc);
    }
}

/* [a, *_, b]: items read by index, from the end by len - k
 * (pattern_helper_sequence_subscr: the subject may not take negative
 * indices). */
static void sequence_subscr(compiler_t *c, const rv_nodes_t *pats, size_t star, pctx_t *pc)
{
    size_t n = pats->len;
    pc->on_top++;
    for (size_t i = 0; i < n && !c->failed; i++) {
        const rv_node_t *item = pats->items[i];
        if (is_wildcard(item) || i == star)
            continue;
        cu_emit(c, RV_OP_COPY, 1);
        rv_obj_t *k = rv_int_from_i64(i < star ? (int64_t)i : (int64_t)(n - i));
        if (i < star) {
            cu_load_const(c, k);
        } else {
            cu_emit(c, RV_OP_GET_LEN, 0);
            cu_load_const(c, k);
            cu_emit(c, RV_OP_BINARY_OP, RV_OP_SUB);
        }
        rv_decref(k);
        cu_emit(c, RV_OP_BINARY_SUBSCR, 0);
        subpattern(c, item, pc);
    }
    pc->on_top--;
    cu_emit(c, RV_OP_POP_TOP, 0);
}

static void load_int(compiler_t *c, size_t v)
{
    rv_obj_t *k = rv_int_from_i64((int64_t)v);
    cu_load_const(c, k);
    rv_decref(k);
}

static void pattern_sequence(compiler_t *c, const rv_node_t *p, pctx_t *pc)
{
    const rv_nodes_t *pats = &p->u.matchseq.patterns;
    size_t n = pats->len, star = (size_t)-1;
    bool only_wildcard = true, star_wildcard = false;
    for (size_t i = 0; i < n; i++) {
        const rv_node_t *item = pats->items[i];
        if (item->kind == RV_N_MATCHSTAR) {
            if (star != (size_t)-1) {
                pattern_error(c, pc, "multiple starred names in sequence pattern");
                return;
            }
            star_wildcard = is_star_wildcard(item);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(item);
    }
    /* The subject stays on top during the type and length checks. */
    pc->on_top++;
    cu_emit(c, RV_OP_MATCH_SEQUENCE, 0);
    jump_to_fail_pop(c, pc, RV_OP_POP_JUMP_IF_FALSE);
    if (star == (size_t)-1) {
        cu_emit(c, RV_OP_GET_LEN, 0);
        load_int(c, n);
        cu_emit(c, RV_OP_COMPARE_OP, RV_EQ);
        jump_to_fail_pop(c, pc, RV_OP_POP_JUMP_IF_FALSE);
    } else if (n - 1 > 0) {
        cu_emit(c, RV_OP_GET_LEN, 0);
        load_int(c, n - 1);
        cu_emit(c, RV_OP_COMPARE_OP, RV_GE);
        jump_to_fail_pop(c, pc, RV_OP_POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcard)
        cu_emit(c, RV_OP_POP_TOP, 0);
    else if (star_wildcard)
        sequence_subscr(c, pats, star, pc);
    else
        sequence_unpack(c, pats, pc);
}

/* A mapping pattern's constant keys must differ (the compiler's check;
 * MATCH_KEYS checks the others at run time). */
static bool duplicate_key(compiler_t *c, pctx_t *pc, rv_obj_t **seen, size_t nseen, rv_obj_t *k)
{
    for (size_t i = 0; i < nseen; i++) {
        int eq = rv_eq(seen[i], k);
        if (eq < 0)
            rv_err_clear();
        if (eq != 1)
            continue;
        rv_obj_t *r = rv_repr(k);
        pattern_error(c, pc, "mapping pattern checks duplicate key (%s)",
                      r ? rv_str_utf8(r) : "?");
        rv_xdecref(r);
        return true;
    }
    return false;
}

static void pattern_mapping(compiler_t *c, const rv_node_t *p, pctx_t *pc)
{
    const rv_nodes_t *keys = &p->u.matchmapping.keys, *pats = &p->u.matchmapping.patterns;
    const char *rest = p->u.matchmapping.rest;
    size_t size = keys->len;
    pc->on_top++;
    cu_emit(c, RV_OP_MATCH_MAPPING, 0);
    jump_to_fail_pop(c, pc, RV_OP_POP_JUMP_IF_FALSE);
    if (!size && !rest) {
        /* {} matches any mapping */
        pc->on_top--;
        cu_emit(c, RV_OP_POP_TOP, 0);
        return;
    }
    if (size) {
        cu_emit(c, RV_OP_GET_LEN, 0);
        load_int(c, size);
        cu_emit(c, RV_OP_COMPARE_OP, RV_GE);
        jump_to_fail_pop(c, pc, RV_OP_POP_JUMP_IF_FALSE);
    }
    rv_obj_t **seen = rv_malloc((size ? size : 1) * sizeof *seen);
    size_t nseen = 0;
    bool ok = true;
    size_t first = c->u->ncode;
    for (size_t i = 0; i < size && ok; i++) {
        const rv_node_t *key = keys->items[i];
        /* (an f-string of constants folds, but is no Constant to CPython) */
        rv_obj_t *k = key->kind == RV_N_ATTRIBUTE || key->kind == RV_N_JOINEDSTR
                          ? NULL
                          : cu_fold(c, key);
        if (k) {
            ok = !duplicate_key(c, pc, seen, nseen, k);
            seen[nseen++] = k;
        } else if (key->kind != RV_N_ATTRIBUTE) {
            pattern_error(c, pc,
                          "mapping pattern keys may only match literals and attribute lookups");
            ok = false;
        }
        if (ok)
            cu_expr(c, key);
    }
    if (ok && nseen == size) {
        /* Constant keys: one constant tuple (CPython's optimizer folds the
         * BUILD_TUPLE, fold_tuple_on_constants). */
        c->u->ncode = first;
        rv_obj_t *t = rv_tuple_new(size);
        for (size_t i = 0; i < size; i++)
            rv_tuple_set_steal(t, i, rv_incref(seen[i]));
        cu_load_const(c, t);
        rv_decref(t);
    } else if (ok) {
        cu_emit(c, RV_OP_BUILD_TUPLE, (int)size);
    }
    for (size_t i = 0; i < nseen; i++)
        rv_decref(seen[i]);
    rv_free(seen);
    if (!ok)
        return;
    cu_emit(c, RV_OP_MATCH_KEYS, 0);
    /* the subject, the keys and the values (or None) */
    pc->on_top += 2;
    test_none(c, pc);
    cu_emit(c, RV_OP_UNPACK_SEQUENCE, (int)size);
    pc->on_top = pc->on_top + size - 1;
    for (size_t i = 0; i < size && !c->failed; i++) {
        pc->on_top--;
        subpattern(c, pats->items[i], pc);
    }
    pc->on_top -= 2;
    if (!rest) {
        cu_emit(c, RV_OP_POP_TOP, 0); /* the keys */
        cu_emit(c, RV_OP_POP_TOP, 0); /* the subject */
        return;
    }
    /* rest = dict(subject); for key in keys: del rest[key] */
    cu_emit(c, RV_OP_BUILD_MAP, 0);
    cu_emit(c, RV_OP_SWAP, 3);
    cu_emit(c, RV_OP_DICT_UPDATE, 2);
    cu_emit(c, RV_OP_UNPACK_SEQUENCE, (int)size);
    for (size_t n = size; n; n--) {
        cu_emit(c, RV_OP_COPY, (int)(1 + n));
        cu_emit(c, RV_OP_SWAP, 2);
        cu_emit(c, RV_OP_DELETE_SUBSCR, 0);
    }
    store_name(c, pc, rest);
}

/* Keyword attributes: no __debug__, none twice (validate_kwd_attrs; the
 * errors point at the sub-pattern, the parser keeping no node for the
 * name). */
static bool validate_kwd_attrs(compiler_t *c, const rv_node_t *p, pctx_t *pc)
{
    const char *const *attrs = p->u.matchclass.kwd_attrs;
    const rv_nodes_t *pats = &p->u.matchclass.kwd_patterns;
    for (size_t i = 0; i < pats->len; i++) {
        set_loc(c, pc, pats->items[i]);
        if (strcmp(attrs[i], "__debug__") == 0) {
            pattern_error(c, pc, "cannot assign to __debug__");
            return false;
        }
        for (size_t j = i + 1; j < pats->len; j++) {
            if (strcmp(attrs[i], attrs[j]) == 0) {
                set_loc(c, pc, pats->items[j]);
                pattern_error(c, pc, "attribute name repeated in class pattern: %s", attrs[i]);
                return false;
            }
        }
    }
    return true;
}

static void pattern_class(compiler_t *c, const rv_node_t *p, pctx_t *pc)
{
    const rv_nodes_t *pats = &p->u.matchclass.patterns, *kpats = &p->u.matchclass.kwd_patterns;
    size_t nargs = pats->len, nattrs = kpats->len;
    if (nattrs) {
        if (!validate_kwd_attrs(c, p, pc))
            return;
        set_loc(c, pc, p);
    }
    cu_expr(c, p->u.matchclass.cls);
    rv_obj_t *names = rv_tuple_new(nattrs);
    for (size_t i = 0; i < nattrs; i++)
        rv_tuple_set_steal(names, i, rv_str_intern(p->u.matchclass.kwd_attrs[i]));
    cu_load_const(c, names);
    rv_decref(names);
    cu_emit(c, RV_OP_MATCH_CLASS, (int)nargs);
    /* the attributes (or None) */
    pc->on_top++;
    test_none(c, pc);
    cu_emit(c, RV_OP_UNPACK_SEQUENCE, (int)(nargs + nattrs));
    pc->on_top = pc->on_top + nargs + nattrs - 1;
    for (size_t i = 0; i < nargs + nattrs && !c->failed; i++) {
        pc->on_top--;
        const rv_node_t *item = i < nargs ? pats->items[i] : kpats->items[i - nargs];
        if (is_wildcard(item)) {
            cu_emit(c, RV_OP_POP_TOP, 0);
            continue;
        }
        subpattern(c, item, pc);
    }
}

/* p1 | p2 | ...: each alternative tests a copy of the subject and must
 * bind the names the first one binds; an alternative binding them in
 * another order has its captures rotated into the first one's order. */
static void pattern_or(compiler_t *c, const rv_node_t *p, pctx_t *pc)
{
    const rv_nodes_t *alts = &p->u.matchseq.patterns;
    int end = cu_new_label(c);
    pctx_t old = *pc;
    const char **control = NULL;
    size_t ncontrol = 0;
    pc->stores = NULL;
    pc->nstores = pc->capstores = 0;
    for (size_t i = 0; i < alts->len && !c->failed; i++) {
        const rv_node_t *alt = alts->items[i];
        set_loc(c, pc, alt);
        pc->nstores = 0;
        pc->allow_irrefutable = i == alts->len - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        cu_emit(c, RV_OP_COPY, 1);
        compile_pattern(c, alt, pc);
        if (c->failed)
            break;
        size_t nstores = pc->nstores;
        if (i == 0) {
            control = rv_malloc((nstores ? nstores : 1) * sizeof *control);
            if (nstores)
                memcpy(control, pc->stores, nstores * sizeof *control);
            ncontrol = nstores;
        } else if (nstores != ncontrol) {
            pattern_error(c, pc, "alternative patterns bind different names");
            break;
        } else {
            for (size_t ic = nstores; ic-- > 0;) {
                size_t is = store_index(pc, control[ic]);
                if (is == (size_t)-1) {
                    pattern_error(c, pc, "alternative patterns bind different names");
                    break;
                }
                if (ic == is)
                    continue;
                /* rotated = stores[:is + 1]; del stores[:is + 1];
                 * stores[ic - is:ic - is] = rotated; the same on the stack */
                size_t rotations = is + 1;
                const char **rotated = rv_malloc(rotations * sizeof *rotated);
                memcpy(rotated, pc->stores, rotations * sizeof *rotated);
                memmove(pc->stores, pc->stores + rotations,
                        (pc->nstores - rotations) * sizeof *pc->stores);
                pc->nstores -= rotations;
                stores_insert(pc, ic - is, rotated, rotations);
                rv_free(rotated);
                while (rotations--)
                    rotate(c, ic + 1);
            }
            if (c->failed)
                break;
        }
        cu_emit_jump(c, RV_OP_JUMP, end);
        emit_and_reset_fail_pop(c, pc);
    }
    rv_free(pc->stores);
    rv_free(pc->fail_pop);
    const rv_node_t *loc = pc->loc;
    *pc = old;
    pc->loc = loc;
    if (c->failed) {
        rv_free(control);
        return;
    }
    /* No alternative matched: pop the copy of the subject and fail. */
    cu_emit(c, RV_OP_POP_TOP, 0);
    jump_to_fail_pop(c, pc, RV_OP_JUMP);
    cu_bind_label(c, end);
    /* Under the new captures: the subject's copy, what the enclosing
     * pattern keeps on top, and its own captures. */
    size_t nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (size_t i = 0; i < ncontrol; i++) {
        rotate(c, nrots);
        if (store_index(pc, control[i]) != (size_t)-1) {
            pattern_error(c, pc, "multiple assignments to name '%s' in pattern", control[i]);
            break;
        }
        stores_insert(pc, pc->nstores, &control[i], 1);
    }
    rv_free(control);
    cu_emit(c, RV_OP_POP_TOP, 0);
}

static void compile_pattern(compiler_t *c, const rv_node_t *p, pctx_t *pc)
{
    if (c->failed)
        return;
    set_loc(c, pc, p);
    switch (p->kind) {
    case RV_N_MATCHVALUE:
        pattern_value(c, p, pc);
        break;
    case RV_N_MATCHSINGLETON:
        cu_load_const(c, p->u.matchsingleton.value);
        cu_emit(c, RV_OP_IS_OP, 0);
        jump_to_fail_pop(c, pc, RV_OP_POP_JUMP_IF_FALSE);
        break;
    case RV_N_MATCHSEQUENCE:
        pattern_sequence(c, p, pc);
        break;
    case RV_N_MATCHMAPPING:
        pattern_mapping(c, p, pc);
        break;
    case RV_N_MATCHCLASS:
        pattern_class(c, p, pc);
        break;
    case RV_N_MATCHSTAR:
        store_name(c, pc, p->u.matchstar.name);
        break;
    case RV_N_MATCHAS:
        pattern_as(c, p, pc);
        break;
    case RV_N_MATCHOR:
        pattern_or(c, p, pc);
        break;
    default:
        cu_error(c, p, false, "internal error: %s is not a pattern", rv_node_kind_name(p->kind));
    }
}

/******************************************************************************/
/* CPython's static SWAPs (Python/compile.c, 3.11)                            */

static bool is_branch(int op)
{
    return op == RV_OP_JUMP || op == RV_OP_POP_JUMP_IF_FALSE || op == RV_OP_POP_JUMP_IF_TRUE ||
           op == RV_OP_JUMP_IF_FALSE_OR_POP || op == RV_OP_JUMP_IF_TRUE_OR_POP ||
           op == RV_OP_FOR_ITER || op == RV_OP_SEND || op == RV_OP_SETUP_FINALLY ||
           op == RV_OP_SETUP_WITH || op == RV_OP_RETURN_VALUE || op == RV_OP_RAISE ||
           op == RV_OP_RERAISE || op == RV_OP_POP_JUMP_IF_NONE;
}

static bool swappable(int op)
{
    return op == RV_OP_STORE_FAST || op == RV_OP_POP_TOP;
}

static int stores_to(const rv_instr_t *in)
{
    return in->op == RV_OP_STORE_FAST ? in->arg : -1;
}

/* The next STORE_FAST or POP_TOP after i in the block [.., end), past NOPs
 * only, on line `line` unless it is -1; -1 if none. */
static long next_swappable(const rv_instr_t *code, long i, long end, int line)
{
    while (++i < end) {
        if (line >= 0 && code[i].loc.line != line)
            return -1;
        if (code[i].op == RV_OP_NOP)
            continue;
        return swappable(code[i].op) ? i : -1;
    }
    return -1;
}

/* swaptimize: the run of SWAPs and NOPs at *ix replaced by the fewest SWAPs
 * with the same effect (by following the cycles of the permutation);
 * *ix moves to the run's last instruction. */
static void swaptimize(rv_instr_t *code, long *ix, long end)
{
    rv_instr_t *run = &code[*ix];
    int depth = run[0].arg;
    long len = 0, limit = end - *ix;
    bool more = false;
    while (++len < limit) {
        if (run[len].op == RV_OP_SWAP) {
            if (run[len].arg > depth)
                depth = run[len].arg;
            more = true;
        } else if (run[len].op != RV_OP_NOP) {
            break;
        }
    }
    if (!more)
        return;
    enum { VISITED = -1 };
    int *stack = rv_malloc((size_t)depth * sizeof *stack);
    for (int i = 0; i < depth; i++)
        stack[i] = i;
    for (long i = 0; i < len; i++) {
        if (run[i].op == RV_OP_SWAP) {
            int top = stack[0];
            stack[0] = stack[run[i].arg - 1];
            stack[run[i].arg - 1] = top;
        }
    }
    long current = len - 1;
    for (int i = 0; i < depth; i++) {
        if (stack[i] == VISITED || stack[i] == i)
            continue;
        int j = i;
        for (;;) {
            if (j) {
                run[current].op = RV_OP_SWAP;
                run[current--].arg = j + 1;
            }
            if (stack[j] == VISITED)
                break;
            int next = stack[j];
            stack[j] = VISITED;
            j = next;
        }
    }
    while (current >= 0)
        run[current--].op = RV_OP_NOP;
    rv_free(stack);
    *ix += len - 1;
}

/* apply_static_swaps: walking left from i over the block starting at
 * begin, a SWAP n followed by n STORE_FAST/POP_TOP on one line becomes a
 * NOP and the first and n-th of them trade places, unless that would
 * reorder two stores to one variable. */
static void apply_static_swaps(rv_instr_t *code, long begin, long end, long i)
{
    for (; i >= begin; i--) {
        rv_instr_t *swap = &code[i];
        if (swap->op != RV_OP_SWAP) {
            if (swap->op == RV_OP_NOP || swappable(swap->op))
                continue;
            return;
        }
        long j = next_swappable(code, i, end, -1);
        if (j < 0)
            return;
        long k = j;
        int line = code[j].loc.line;
        for (int count = swap->arg - 1; count > 0; count--) {
            k = next_swappable(code, k, end, line);
            if (k < 0)
                return;
        }
        int sj = stores_to(&code[j]), sk = stores_to(&code[k]);
        if (sj >= 0 || sk >= 0) {
            if (sj == sk)
                return;
            for (long x = j + 1; x < k; x++) {
                int s = stores_to(&code[x]);
                if (s >= 0 && (s == sj || s == sk))
                    return;
            }
        }
        swap->op = RV_OP_NOP;
        rv_instr_t t = code[j];
        code[j] = code[k];
        code[k] = t;
    }
}

/* The SWAP optimizations over the instructions [from, to), block by block:
 * a block starts at a label and after a jump. */
static void optimize_swaps(compiler_t *c, size_t from, size_t to)
{
    unit_t *u = c->u;
    rv_instr_t *code = u->code;
    bool *starts = rv_calloc(to - from + 1, sizeof *starts);
    for (size_t l = 0; l < u->nlabels; l++)
        if (u->labels[l] >= (int)from && u->labels[l] < (int)to)
            starts[u->labels[l] - (int)from] = true;
    for (size_t i = from; i + 1 < to; i++)
        if (is_branch(code[i].op))
            starts[i + 1 - from] = true;
    long begin = (long)from;
    for (long i = (long)from; i < (long)to; i++) {
        if (starts[i - (long)from])
            begin = i;
        if (code[i].op != RV_OP_SWAP)
            continue;
        long end = i + 1;
        while (end < (long)to && !starts[end - (long)from])
            end++;
        if (code[i].arg == 1) {
            code[i].op = RV_OP_NOP;
            continue;
        }
        swaptimize(code, &i, end);
        apply_static_swaps(code, begin, end, i);
    }
    rv_free(starts);
}

/******************************************************************************/
/* the statement                                                              */

void cu_match(compiler_t *c, const rv_node_t *n)
{
    const rv_nodes_t *cases = &n->u.match.cases;
    size_t ncases = cases->len;
    int end = cu_new_label(c);
    cu_expr(c, n->u.match.subject);
    const rv_node_t *last = cases->items[ncases - 1];
    bool has_default = is_wildcard(last->u.match_case.pattern) && ncases > 1;
    size_t ntested = ncases - has_default;
    for (size_t i = 0; i < ntested && !c->failed; i++) {
        const rv_node_t *m = cases->items[i];
        const rv_node_t *pat = m->u.match_case.pattern;
        pctx_t pc = { 0 };
        set_loc(c, &pc, pat);
        /* Each case clause is a statement of its own (a step when tested). */
        c->u->stmt_line = pat->line;
        cu_emit(c, RV_OP_STMT, pat->line);
        size_t from = c->u->ncode;
        /* Every case but the last tests a copy of the subject. */
        if (i != ntested - 1)
            cu_emit(c, RV_OP_COPY, 1);
        pc.allow_irrefutable = m->u.match_case.guard || i == ncases - 1;
        compile_pattern(c, pat, &pc);
        /* It matched: store the captures. */
        for (size_t k = 0; k < pc.nstores && !c->failed; k++)
            cu_name_op(c, pat, pc.stores[k], RV_STORE);
        size_t to = c->u->ncode;
        if (m->u.match_case.guard) {
            ensure_fail_pop(c, &pc, 0);
            cu_jump_if(c, m->u.match_case.guard, pc.fail_pop[0], false);
        }
        if (i != ntested - 1) {
            cu_emit(c, RV_OP_POP_TOP, 0);
            if (!m->u.match_case.guard)
                to++;
        }
        if (!c->failed)
            optimize_swaps(c, from, to);
        cu_body(c, &m->u.match_case.body);
        cu_emit_jump(c, RV_OP_JUMP, end);
        /* a failed pattern's cleanup is on the pattern's line */
        set_loc(c, &pc, pat);
        emit_and_reset_fail_pop(c, &pc);
        rv_free(pc.stores);
        rv_free(pc.fail_pop);
    }
    if (has_default && !c->failed) {
        const rv_node_t *pat = last->u.match_case.pattern;
        cu_set_loc(c, pat);
        c->u->stmt_line = pat->line;
        cu_emit(c, RV_OP_STMT, pat->line);
        if (last->u.match_case.guard)
            cu_jump_if(c, last->u.match_case.guard, end, false);
        cu_body(c, &last->u.match_case.body);
    }
    cu_bind_label(c, end);
}
