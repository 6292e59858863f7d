/* src/lang/compile/compile_expr.c - expressions, assignment targets and constant
 * folding. */
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_bytes.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_str.h"
#include "lang/compile/compile_int.h"

/******************************************************************************/
/* constant folding (Python/ast_opt.c, 3.11)                                  */

enum {
    MAX_INT_SIZE = 128,        /* bits */
    MAX_COLLECTION_SIZE = 256, /* items */
    MAX_STR_SIZE = 4096,       /* characters */
};

static bool small_nonneg(rv_obj_t *o, int64_t *out)
{
    return RV_IS(o, rv_int_type) && rv_int_fits_i64(o, out) && *out >= 0;
}

/* safe_multiply / safe_power / safe_lshift / safe_mod: results that could
 * be huge are left to run time. */
static bool fold_is_safe(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    bool ai = RV_IS(a, rv_int_type), bi = RV_IS(b, rv_int_type);
    int64_t n;
    switch (op) {
    case RV_OP_MUL:
        if (ai && bi)
            return rv_int_bit_length(a) + rv_int_bit_length(b) <= MAX_INT_SIZE;
        if (bi || ai) {
            rv_obj_t *seq = ai ? b : a, *num = ai ? a : b;
            size_t len;
            if (RV_IS(seq, rv_tuple_type) || RV_IS(seq, rv_frozenset_type)) {
                len = RV_IS(seq, rv_tuple_type) ? rv_tuple_len(seq) : rv_set_len(seq);
                if (!len)
                    return true;
                return small_nonneg(num, &n) && (uint64_t)n <= MAX_COLLECTION_SIZE / len;
            }
            if (RV_IS(seq, rv_str_type) || RV_IS(seq, rv_bytes_type)) {
                len = RV_IS(seq, rv_str_type) ? rv_str_len(seq) : rv_bytes_len(seq);
                if (!len)
                    return true;
                return small_nonneg(num, &n) && (uint64_t)n <= MAX_STR_SIZE / len;
            }
        }
        return true;
    case RV_OP_POW:
        if (ai && bi && rv_int_sign(a) != 0 && rv_int_sign(b) > 0) {
            if (!small_nonneg(b, &n))
                return false;
            return rv_int_bit_length(a) <= (size_t)(MAX_INT_SIZE / n);
        }
        return true;
    case RV_OP_LSHIFT:
        if (ai && bi) {
            if (!small_nonneg(b, &n) || n > MAX_INT_SIZE)
                return false;
            return rv_int_bit_length(a) <= (size_t)(MAX_INT_SIZE - n);
        }
        return true;
    case RV_OP_MOD:
        return !RV_IS(a, rv_str_type) && !RV_IS(a, rv_bytes_type);
    default:
        return true;
    }
}

static rv_obj_t *fold_or_clear(rv_obj_t *r)
{
    if (!r)
        rv_err_clear();
    return r;
}

rv_obj_t *cu_fold(compiler_t *c, const rv_node_t *n)
{
    switch (n->kind) {
    case RV_N_CONSTANT:
        return rv_incref(n->u.constant.value);
    case RV_N_UNARYOP: {
        rv_obj_t *v = cu_fold(c, n->u.unaryop.operand);
        if (!v)
            return NULL;
        rv_obj_t *r = NULL;
        switch (n->u.unaryop.op) {
        case RV_U_USUB:
            r = rv_unop(RV_UOP_NEG, v);
            break;
        case RV_U_UADD:
            r = rv_unop(RV_UOP_POS, v);
            break;
        case RV_U_INVERT:
            r = rv_unop(RV_UOP_INVERT, v);
            break;
        case RV_U_NOT: {
            int t = rv_truth(v);
            r = t < 0 ? NULL : rv_bool_from(!t);
            break;
        }
        }
        rv_decref(v);
        return fold_or_clear(r);
    }
    case RV_N_BINOP: {
        rv_obj_t *a = cu_fold(c, n->u.binop.left);
        if (!a)
            return NULL;
        rv_obj_t *b = cu_fold(c, n->u.binop.right);
        rv_obj_t *r = NULL;
        if (b && n->u.binop.op != RV_OP_MATMUL && fold_is_safe(n->u.binop.op, a, b))
            r = fold_or_clear(rv_binop(n->u.binop.op, a, b));
        rv_decref(a);
        rv_xdecref(b);
        return r;
    }
    case RV_N_TUPLE: {
        if (n->u.seq.ctx != RV_LOAD)
            return NULL;
        size_t len = n->u.seq.elts.len;
        rv_obj_t *t = rv_tuple_new(len);
        for (size_t i = 0; i < len; i++) {
            const rv_node_t *e = n->u.seq.elts.items[i];
            rv_obj_t *v = e->kind == RV_N_STARRED ? NULL : cu_fold(c, e);
            if (!v) {
                for (size_t k = i; k < len; k++)
                    rv_tuple_set_steal(t, k, rv_incref(rv_None));
                rv_decref(t);
                return NULL;
            }
            rv_tuple_set_steal(t, i, v);
        }
        return t;
    }
    case RV_N_SUBSCRIPT: {
        if (n->u.subscript.ctx != RV_LOAD || n->u.subscript.slice->kind == RV_N_SLICE)
            return NULL;
        rv_obj_t *v = cu_fold(c, n->u.subscript.value);
        if (!v)
            return NULL;
        rv_obj_t *k = cu_fold(c, n->u.subscript.slice);
        rv_obj_t *r = k ? fold_or_clear(rv_getitem(v, k)) : NULL;
        rv_decref(v);
        rv_xdecref(k);
        return r;
    }
    case RV_N_JOINEDSTR: {
        rv_buf_t b = RV_BUF_INIT;
        for (size_t i = 0; i < n->u.joined.values.len; i++) {
            const rv_node_t *p = n->u.joined.values.items[i];
            if (p->kind != RV_N_CONSTANT || !RV_IS(p->u.constant.value, rv_str_type)) {
                rv_buf_free(&b);
                return NULL;
            }
            rv_buf_add(&b, rv_str_utf8(p->u.constant.value), rv_str_nbytes(p->u.constant.value));
        }
        rv_obj_t *s = rv_str_from_buf(&b);
        rv_buf_free(&b);
        return s;
    }
    default:
        return NULL;
    }
}

/******************************************************************************/
/* expressions                                                                */

static void exprs(compiler_t *c, const rv_nodes_t *list)
{
    for (size_t i = 0; i < list->len; i++)
        cu_expr(c, list->items[i]);
}

static bool has_starred(const rv_nodes_t *elts)
{
    for (size_t i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == RV_N_STARRED)
            return true;
    return false;
}

/* Leading plain items, BUILD_x, then LIST_APPEND / LIST_EXTEND for the rest
 * (CPython's starunpack_helper).  Past STACK_USE_GUIDELINE (30) items
 * nothing leads: BUILD_x 0 and an append per item, so a list display of
 * 31 items is over-allocated (sys.getsizeof shows it). */
static void build_sequence(compiler_t *c, const rv_nodes_t *elts, int build_op, int add_op,
                           int extend_op)
{
    size_t lead = 0;
    while (elts->len <= 30 && lead < elts->len && elts->items[lead]->kind != RV_N_STARRED)
        lead++;
    for (size_t i = 0; i < lead; i++)
        cu_expr(c, elts->items[i]);
    cu_emit(c, build_op, (int)lead);
    for (size_t i = lead; i < elts->len; i++) {
        const rv_node_t *e = elts->items[i];
        if (e->kind == RV_N_STARRED) {
            cu_expr(c, e->u.starred.value);
            cu_emit(c, extend_op, 1);
        } else {
            cu_expr(c, e);
            cu_emit(c, add_op, 1);
        }
    }
}

/* Three or more constants: build empty, then extend from one constant
 * tuple (or frozenset for sets); this is visible in sys.getsizeof. */
static bool const_display(compiler_t *c, const rv_nodes_t *elts, bool is_set)
{
    if (elts->len < 3 || has_starred(elts))
        return false;
    /* The items after constant folding (-3 is a constant). */
    rv_obj_t **vals = rv_malloc(elts->len * sizeof *vals);
    size_t i;
    for (i = 0; i < elts->len; i++) {
        vals[i] = cu_fold(c, elts->items[i]);
        if (!vals[i])
            break;
    }
    size_t nvals = i;
    bool ok = i == elts->len;
    if (ok) {
        rv_obj_t *t = rv_tuple_from_array(vals, elts->len);
        rv_obj_t *k = t;
        if (is_set) {
            k = rv_frozenset_new(t);
            rv_decref(t);
        }
        if (!k) {
            rv_err_clear();
            ok = false;
        } else {
            cu_emit(c, is_set ? RV_OP_BUILD_SET : RV_OP_BUILD_LIST, 0);
            cu_load_const(c, k);
            cu_emit(c, is_set ? RV_OP_SET_UPDATE : RV_OP_LIST_EXTEND, 1);
            rv_decref(k);
        }
    }
    for (i = 0; i < nvals; i++)
        rv_decref(vals[i]);
    rv_free(vals);
    return ok;
}

static void compare_op(compiler_t *c, rv_cmp_t op)
{
    switch (op) {
    case RV_C_IS:
    case RV_C_ISNOT:
        cu_emit(c, RV_OP_IS_OP, op == RV_C_ISNOT);
        break;
    case RV_C_IN:
    case RV_C_NOTIN:
        cu_emit(c, RV_OP_CONTAINS_OP, op == RV_C_NOTIN);
        break;
    default: {
        static const rv_cmpop_t map[] = { RV_EQ, RV_NE, RV_LT, RV_LE, RV_GT, RV_GE };
        cu_emit(c, RV_OP_COMPARE_OP, (int)map[op]);
    }
    }
}

static void compile_compare(compiler_t *c, const rv_node_t *n)
{
    size_t count = n->u.compare.comparators.len;
    cu_expr(c, n->u.compare.left);
    int cleanup = cu_new_label(c), end = cu_new_label(c);
    for (size_t i = 0; i < count; i++) {
        cu_expr(c, n->u.compare.comparators.items[i]);
        if (i + 1 < count) {
            cu_emit(c, RV_OP_SWAP, 2);
            cu_emit(c, RV_OP_COPY, 2);
        }
        compare_op(c, n->u.compare.ops[i]);
        if (i + 1 < count)
            cu_emit_jump(c, RV_OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (count > 1) {
        cu_emit_jump(c, RV_OP_JUMP, end);
        cu_bind_label(c, cleanup);
        cu_emit(c, RV_OP_SWAP, 2);
        cu_emit(c, RV_OP_POP_TOP, 0);
        cu_bind_label(c, end);
    } else {
        cu_bind_label(c, cleanup);
        cu_bind_label(c, end);
    }
}

/* Whether CPython 3.11 calls this as a method (maybe_optimize_method_call:
 * LOAD_METHOD), which moves the call's position to the attribute's name
 * when that is on a later line.  Not for a module's attribute (a name
 * imported at module level), nor with * or ** arguments. */
static bool method_call(compiler_t *c, const rv_node_t *n)
{
    const rv_node_t *f = n->u.call.func;
    if (f->kind != RV_N_ATTRIBUTE)
        return false;
    const rv_node_t *base = f->u.attribute.value;
    if (base->kind == RV_N_NAME) {
        const rv_symbol_t *sym = rv_scope_lookup(c->top, base->u.name.id);
        if (sym && (sym->flags & RV_SYM_IMPORTED))
            return false;
    }
    size_t nargs = n->u.call.args.len, nkw = n->u.call.keywords.len;
    return nargs + nkw + (nkw != 0) < 30;
}

static void compile_call(compiler_t *c, const rv_node_t *n)
{
    const rv_nodes_t *args = &n->u.call.args, *kws = &n->u.call.keywords;
    bool dstar = false;
    for (size_t i = 0; i < kws->len; i++)
        if (!kws->items[i]->u.keyword.arg)
            dstar = true;
    cu_expr(c, n->u.call.func);
    if (!has_starred(args) && !dstar) {
        exprs(c, args);
        for (size_t i = 0; i < kws->len; i++)
            cu_expr(c, kws->items[i]->u.keyword.value);
        if (method_call(c, n))
            cu_attr_loc(c, n->u.call.func);
        if (kws->len) {
            rv_obj_t *names = rv_tuple_new(kws->len);
            for (size_t i = 0; i < kws->len; i++)
                rv_tuple_set_steal(names, i, rv_str_intern(kws->items[i]->u.keyword.arg));
            cu_load_const(c, names);
            rv_decref(names);
            cu_emit(c, RV_OP_CALL_KW, (int)(args->len + kws->len));
        } else {
            cu_emit(c, RV_OP_CALL, (int)args->len);
        }
        return;
    }
    build_sequence(c, args, RV_OP_BUILD_LIST, RV_OP_LIST_APPEND, RV_OP_LIST_EXTEND);
    cu_emit(c, RV_OP_LIST_TO_TUPLE, 0);
    if (kws->len) {
        cu_emit(c, RV_OP_BUILD_MAP, 0);
        for (size_t i = 0; i < kws->len; i++) {
            const rv_node_t *k = kws->items[i];
            if (k->u.keyword.arg) {
                rv_obj_t *name = rv_str_intern(k->u.keyword.arg);
                cu_load_const(c, name);
                rv_decref(name);
                cu_expr(c, k->u.keyword.value);
                cu_emit(c, RV_OP_BUILD_MAP, 1);
            } else {
                cu_expr(c, k->u.keyword.value);
            }
            cu_emit(c, RV_OP_DICT_MERGE, 1);
        }
    }
    cu_emit(c, RV_OP_CALL_EX, kws->len > 0);
}

static void compile_boolop(compiler_t *c, const rv_node_t *n)
{
    int end = cu_new_label(c);
    int op = n->u.boolop.op == RV_AND ? RV_OP_JUMP_IF_FALSE_OR_POP : RV_OP_JUMP_IF_TRUE_OR_POP;
    size_t len = n->u.boolop.values.len;
    for (size_t i = 0; i < len; i++) {
        cu_expr(c, n->u.boolop.values.items[i]);
        if (i + 1 < len)
            cu_emit_jump(c, op, end);
    }
    cu_bind_label(c, end);
}

/* compiler_subdict: items begin..end as BUILD_MAP n, or, past
 * STACK_USE_GUIDELINE (30 stack slots), as BUILD_MAP 0 and a MAP_ADD per
 * item: a dict that grows instead of one pre-sized (sys.getsizeof shows
 * it). */
static void compile_subdict(compiler_t *c, const rv_node_t *n, size_t begin, size_t end)
{
    const rv_nodes_t *keys = &n->u.dict.keys, *vals = &n->u.dict.values;
    bool big = (end - begin) * 2 > 30;
    if (big)
        cu_emit(c, RV_OP_BUILD_MAP, 0);
    for (size_t i = begin; i < end; i++) {
        cu_expr(c, keys->items[i]);
        cu_expr(c, vals->items[i]);
        if (big)
            cu_emit(c, RV_OP_MAP_ADD, 1);
    }
    if (!big)
        cu_emit(c, RV_OP_BUILD_MAP, (int)(end - begin));
}

/* compiler_dict: runs of key: value items, cut at ** unpackings and after
 * 17 items, each run a subdict merged into the first by DICT_UPDATE. */
static void compile_dict(compiler_t *c, const rv_node_t *n)
{
    const rv_nodes_t *keys = &n->u.dict.keys, *vals = &n->u.dict.values;
    size_t len = keys->len, elements = 0;
    bool have_dict = false;
    for (size_t i = 0; i < len; i++) {
        if (!keys->items[i]) {
            if (elements) {
                compile_subdict(c, n, i - elements, i);
                if (have_dict)
                    cu_emit(c, RV_OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                cu_emit(c, RV_OP_BUILD_MAP, 0);
                have_dict = true;
            }
            cu_expr(c, vals->items[i]);
            cu_emit(c, RV_OP_DICT_UPDATE, 1);
        } else if (elements * 2 > 30) {
            compile_subdict(c, n, i - elements, i + 1);
            if (have_dict)
                cu_emit(c, RV_OP_DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        compile_subdict(c, n, len - elements, len);
        if (have_dict)
            cu_emit(c, RV_OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict)
        cu_emit(c, RV_OP_BUILD_MAP, 0);
}

static void compile_joined(compiler_t *c, const rv_node_t *n)
{
    rv_obj_t *folded = cu_fold(c, n);
    if (folded) {
        cu_load_const(c, folded);
        rv_decref(folded);
        return;
    }
    size_t len = n->u.joined.values.len;
    for (size_t i = 0; i < len; i++)
        cu_expr(c, n->u.joined.values.items[i]);
    /* compiler_joined_str: one part is the value itself (f"{x}" is the
     * str FORMAT_VALUE made). */
    if (len != 1)
        cu_emit(c, RV_OP_BUILD_STRING, (int)len);
}

static void compile_formatted(compiler_t *c, const rv_node_t *n)
{
    cu_expr(c, n->u.formatted.value);
    int flags = RV_FV_NONE;
    switch (n->u.formatted.conversion) {
    case 's':
        flags = RV_FV_STR;
        break;
    case 'r':
        flags = RV_FV_REPR;
        break;
    case 'a':
        flags = RV_FV_ASCII;
        break;
    default:
        break;
    }
    if (n->u.formatted.format_spec) {
        compile_joined(c, n->u.formatted.format_spec);
        flags |= RV_FV_SPEC;
    }
    cu_emit(c, RV_OP_FORMAT_VALUE, flags);
}

/* One `for ... in ... if ...` clause of a comprehension, and the clauses
 * inside it (CPython's compiler_comprehension_generator). */
static void comprehension_clause(compiler_t *c, const rv_node_t *comp, size_t index)
{
    const rv_nodes_t *gens = &comp->u.comp.generators;
    const rv_node_t *g = gens->items[index];
    int start = cu_new_label(c), anchor = cu_new_label(c);
    if (index == 0) {
        cu_emit(c, RV_OP_LOAD_FAST, 0);
    } else {
        cu_expr(c, g->u.comprehension.iter);
        cu_emit(c, RV_OP_GET_ITER, 0);
    }
    cu_bind_label(c, start);
    cu_emit_jump(c, RV_OP_FOR_ITER, anchor);
    cu_store(c, g->u.comprehension.target);
    for (size_t i = 0; i < g->u.comprehension.ifs.len; i++)
        cu_jump_if(c, g->u.comprehension.ifs.items[i], start, false);
    if (index + 1 < gens->len) {
        comprehension_clause(c, comp, index + 1);
    } else {
        int depth = (int)gens->len + 1;
        switch (comp->kind) {
        case RV_N_LISTCOMP:
            cu_expr(c, comp->u.comp.elt);
            cu_emit(c, RV_OP_LIST_APPEND, depth);
            break;
        case RV_N_SETCOMP:
            cu_expr(c, comp->u.comp.elt);
            cu_emit(c, RV_OP_SET_ADD, depth);
            break;
        case RV_N_DICTCOMP:
            cu_expr(c, comp->u.comp.elt);
            cu_expr(c, comp->u.comp.value);
            cu_emit(c, RV_OP_MAP_ADD, depth);
            break;
        default: /* generator expression */
            cu_expr(c, comp->u.comp.elt);
            cu_emit(c, RV_OP_YIELD_VALUE, 0);
            cu_emit(c, RV_OP_POP_TOP, 0);
            break;
        }
    }
    cu_emit_jump(c, RV_OP_JUMP, start);
    cu_bind_label(c, anchor);
}

void cu_make_function(compiler_t *c, rv_obj_t *code, int flags)
{
    rv_code_t *co = RV_CODE(code);
    if (co->nfrees) {
        for (size_t i = 0; i < co->nfrees; i++) {
            const char *name = rv_str_utf8(co->freevars[i]);
            unit_t *u = c->u;
            int idx = -1;
            for (size_t k = 0; k < u->ncells && idx < 0; k++)
                if (rv_str_eq_cstr(u->cellvars[k], name))
                    idx = (int)k;
            for (size_t k = 0; k < u->nfrees && idx < 0; k++)
                if (rv_str_eq_cstr(u->freevars[k], name))
                    idx = (int)(u->ncells + k);
            if (idx < 0) {
                cu_error(c, NULL, false, "internal error: no closure cell for '%s'", name);
                return;
            }
            cu_emit(c, RV_OP_LOAD_CLOSURE, idx);
        }
        cu_emit(c, RV_OP_BUILD_TUPLE, (int)co->nfrees);
        flags |= RV_MF_CLOSURE;
    }
    cu_load_const(c, code);
    cu_emit(c, RV_OP_MAKE_FUNCTION, flags);
}

static void compile_comprehension(compiler_t *c, const rv_node_t *n)
{
    rv_scope_t *scope = rv_scope_child(c->u->scope, n);
    if (!scope) {
        cu_error(c, n, false, "internal error: comprehension without a scope");
        return;
    }
    rv_loc_t outer = c->u->loc;
    cu_enter(c, scope, scope->name, n->line);
    c->u->loc = outer;
    if (n->kind == RV_N_LISTCOMP)
        cu_emit(c, RV_OP_BUILD_LIST, 0);
    else if (n->kind == RV_N_SETCOMP)
        cu_emit(c, RV_OP_BUILD_SET, 0);
    else if (n->kind == RV_N_DICTCOMP)
        cu_emit(c, RV_OP_BUILD_MAP, 0);
    else
        cu_emit(c, RV_OP_GEN_START, 0);
    comprehension_clause(c, n, 0);
    if (n->kind == RV_N_GENEXP)
        cu_load_const(c, rv_None);
    cu_emit(c, RV_OP_RETURN_VALUE, 0);
    unsigned flags = RV_CO_FUNCTION | RV_CO_HIDDEN;
    if (n->kind == RV_N_GENEXP)
        flags |= RV_CO_GENERATOR;
    rv_obj_t *code = cu_leave(c, flags);
    if (!code)
        return;
    cu_make_function(c, code, 0);
    rv_decref(code);
    cu_expr(c, n->u.comp.generators.items[0]->u.comprehension.iter);
    cu_emit(c, RV_OP_GET_ITER, 0);
    cu_emit(c, RV_OP_CALL, 1);
}

void cu_subscript_key(compiler_t *c, const rv_node_t *s)
{
    if (s->kind == RV_N_SLICE) {
        const rv_node_t *parts[3] = { s->u.slice.lower, s->u.slice.upper, s->u.slice.step };
        for (int i = 0; i < 3; i++) {
            if (i == 2 && !parts[2])
                break;
            if (parts[i])
                cu_expr(c, parts[i]);
            else
                cu_load_const(c, rv_None);
        }
        cu_emit(c, RV_OP_BUILD_SLICE, parts[2] ? 3 : 2);
        return;
    }
    if (s->kind == RV_N_TUPLE) {
        bool any_slice = false;
        for (size_t i = 0; i < s->u.seq.elts.len; i++)
            any_slice |= s->u.seq.elts.items[i]->kind == RV_N_SLICE;
        if (any_slice) {
            for (size_t i = 0; i < s->u.seq.elts.len; i++)
                cu_subscript_key(c, s->u.seq.elts.items[i]);
            cu_emit(c, RV_OP_BUILD_TUPLE, (int)s->u.seq.elts.len);
            return;
        }
    }
    cu_expr(c, s);
}

void cu_expr(compiler_t *c, const rv_node_t *n)
{
    if (c->failed)
        return;
    rv_loc_t saved = c->u->loc;
    cu_set_loc(c, n);
    if (n->kind == RV_N_BINOP || n->kind == RV_N_UNARYOP || n->kind == RV_N_TUPLE ||
        n->kind == RV_N_SUBSCRIPT) {
        rv_obj_t *folded = cu_fold(c, n);
        if (folded) {
            cu_load_const(c, folded);
            rv_decref(folded);
            c->u->loc = saved;
            return;
        }
    }
    switch (n->kind) {
    case RV_N_CONSTANT:
        cu_load_const(c, n->u.constant.value);
        break;
    case RV_N_NAME:
        cu_name_op(c, n, n->u.name.id, RV_LOAD);
        break;
    case RV_N_BINOP:
        if (cu_percent_format(c, n))
            break;
        cu_expr(c, n->u.binop.left);
        cu_expr(c, n->u.binop.right);
        cu_emit(c, RV_OP_BINARY_OP, (int)n->u.binop.op);
        break;
    case RV_N_UNARYOP:
        cu_expr(c, n->u.unaryop.operand);
        switch (n->u.unaryop.op) {
        case RV_U_NOT:
            cu_emit(c, RV_OP_UNARY_NOT, 0);
            break;
        case RV_U_USUB:
            cu_emit(c, RV_OP_UNARY_OP, RV_UOP_NEG);
            break;
        case RV_U_UADD:
            cu_emit(c, RV_OP_UNARY_OP, RV_UOP_POS);
            break;
        case RV_U_INVERT:
            cu_emit(c, RV_OP_UNARY_OP, RV_UOP_INVERT);
            break;
        }
        break;
    case RV_N_BOOLOP:
        compile_boolop(c, n);
        break;
    case RV_N_COMPARE:
        compile_compare(c, n);
        break;
    case RV_N_IFEXP: {
        int orelse = cu_new_label(c), end = cu_new_label(c);
        cu_jump_if(c, n->u.ifexp.test, orelse, false);
        cu_expr(c, n->u.ifexp.body);
        cu_emit_jump(c, RV_OP_JUMP, end);
        cu_bind_label(c, orelse);
        cu_expr(c, n->u.ifexp.orelse);
        cu_bind_label(c, end);
        break;
    }
    case RV_N_CALL:
        compile_call(c, n);
        break;
    case RV_N_ATTRIBUTE:
        cu_expr(c, n->u.attribute.value);
        cu_attr_loc(c, n);
        cu_emit(c, RV_OP_LOAD_ATTR, cu_add_name(c, n->u.attribute.attr));
        break;
    case RV_N_SUBSCRIPT:
        cu_expr(c, n->u.subscript.value);
        cu_subscript_key(c, n->u.subscript.slice);
        cu_emit(c, RV_OP_BINARY_SUBSCR, 0);
        break;
    case RV_N_SLICE:
        cu_subscript_key(c, n);
        break;
    case RV_N_TUPLE:
        if (has_starred(&n->u.seq.elts)) {
            build_sequence(c, &n->u.seq.elts, RV_OP_BUILD_LIST, RV_OP_LIST_APPEND,
                           RV_OP_LIST_EXTEND);
            cu_emit(c, RV_OP_LIST_TO_TUPLE, 0);
        } else {
            exprs(c, &n->u.seq.elts);
            cu_emit(c, RV_OP_BUILD_TUPLE, (int)n->u.seq.elts.len);
        }
        break;
    case RV_N_LIST:
        if (!const_display(c, &n->u.seq.elts, false))
            build_sequence(c, &n->u.seq.elts, RV_OP_BUILD_LIST, RV_OP_LIST_APPEND,
                           RV_OP_LIST_EXTEND);
        break;
    case RV_N_SET:
        if (!const_display(c, &n->u.set.elts, true))
            build_sequence(c, &n->u.set.elts, RV_OP_BUILD_SET, RV_OP_SET_ADD, RV_OP_SET_UPDATE);
        break;
    case RV_N_DICT:
        compile_dict(c, n);
        break;
    case RV_N_LISTCOMP:
    case RV_N_SETCOMP:
    case RV_N_DICTCOMP:
    case RV_N_GENEXP:
        compile_comprehension(c, n);
        break;
    case RV_N_JOINEDSTR:
        compile_joined(c, n);
        break;
    case RV_N_FORMATTEDVALUE:
        compile_formatted(c, n);
        break;
    case RV_N_NAMEDEXPR:
        cu_expr(c, n->u.namedexpr.value);
        cu_emit(c, RV_OP_COPY, 1);
        cu_store(c, n->u.namedexpr.target);
        break;
    case RV_N_STARRED:
        cu_error(c, n, false, "can't use starred expression here");
        break;
    case RV_N_LAMBDA:
        cu_lambda(c, n);
        break;
    case RV_N_YIELD:
    case RV_N_YIELDFROM:
        cu_yield(c, n);
        break;
    case RV_N_AWAIT:
        cu_unsupported(c, n, "await");
        break;
    default:
        cu_unsupported(c, n, rv_node_kind_name(n->kind));
        break;
    }
    c->u->loc = saved;
}

/******************************************************************************/
/* tests                                                                      */

static bool cu_folds(compiler_t *c, const rv_node_t *e)
{
    rv_obj_t *v = cu_fold(c, e);
    rv_xdecref(v);
    return v != NULL;
}

/* A chained comparison as a test: the last one decides; a false one before
 * jumps to the cleanup, which drops the operand kept for the next. */
static void jump_if_chain(compiler_t *c, const rv_node_t *e, int label, bool cond)
{
    size_t n = e->u.compare.comparators.len - 1;
    int cleanup = cu_new_label(c), end = cu_new_label(c);
    cu_expr(c, e->u.compare.left);
    for (size_t i = 0; i < n; i++) {
        cu_expr(c, e->u.compare.comparators.items[i]);
        cu_emit(c, RV_OP_SWAP, 2);
        cu_emit(c, RV_OP_COPY, 2);
        compare_op(c, e->u.compare.ops[i]);
        cu_emit_jump(c, RV_OP_POP_JUMP_IF_FALSE, cleanup);
    }
    cu_expr(c, e->u.compare.comparators.items[n]);
    compare_op(c, e->u.compare.ops[n]);
    cu_emit_jump(c, cond ? RV_OP_POP_JUMP_IF_TRUE : RV_OP_POP_JUMP_IF_FALSE, label);
    cu_emit_jump(c, RV_OP_JUMP, end);
    cu_bind_label(c, cleanup);
    cu_emit(c, RV_OP_POP_TOP, 0);
    if (!cond)
        cu_emit_jump(c, RV_OP_JUMP, label);
    cu_bind_label(c, end);
}

/* CPython's compiler_jump_if: jumps to label when e's truth is cond,
 * without computing e's value where it need not: `not` flips the jump,
 * `and`/`or` jump on each operand (each tested once), a conditional
 * expression jumps from its branches.  A comparison leaves its position
 * as the current one (CPython's does), which is where a failing assert
 * after it points. */
void cu_jump_if(compiler_t *c, const rv_node_t *e, int label, bool cond)
{
    if (c->failed)
        return;
    switch (e->kind) {
    case RV_N_UNARYOP:
        if (e->u.unaryop.op == RV_U_NOT && !cu_folds(c, e)) {
            cu_jump_if(c, e->u.unaryop.operand, label, !cond);
            return;
        }
        break;
    case RV_N_BOOLOP: {
        const rv_nodes_t *vals = &e->u.boolop.values;
        bool cond2 = e->u.boolop.op == RV_OR;
        int next2 = cond2 != cond ? cu_new_label(c) : label;
        for (size_t i = 0; i + 1 < vals->len; i++)
            cu_jump_if(c, vals->items[i], next2, cond2);
        cu_jump_if(c, vals->items[vals->len - 1], label, cond);
        if (next2 != label)
            cu_bind_label(c, next2);
        return;
    }
    case RV_N_IFEXP: {
        int end = cu_new_label(c), next2 = cu_new_label(c);
        cu_jump_if(c, e->u.ifexp.test, next2, false);
        cu_jump_if(c, e->u.ifexp.body, label, cond);
        cu_emit_jump(c, RV_OP_JUMP, end);
        cu_bind_label(c, next2);
        cu_jump_if(c, e->u.ifexp.orelse, label, cond);
        cu_bind_label(c, end);
        return;
    }
    case RV_N_COMPARE:
        cu_set_loc(c, e);
        if (e->u.compare.comparators.len > 1) {
            jump_if_chain(c, e, label, cond);
            return;
        }
        break;
    default:
        break;
    }
    cu_expr(c, e);
    cu_emit_jump(c, cond ? RV_OP_POP_JUMP_IF_TRUE : RV_OP_POP_JUMP_IF_FALSE, label);
}

/******************************************************************************/
/* assignment targets                                                         */

/* Stores go to their target's position (CPython visits the target). */
void cu_store(compiler_t *c, const rv_node_t *t)
{
    rv_loc_t saved = c->u->loc;
    cu_set_loc(c, t);
    switch (t->kind) {
    case RV_N_NAME:
        cu_name_op(c, t, t->u.name.id, RV_STORE);
        break;
    case RV_N_ATTRIBUTE:
        cu_expr(c, t->u.attribute.value);
        cu_attr_loc(c, t);
        cu_emit(c, RV_OP_STORE_ATTR, cu_add_name(c, t->u.attribute.attr));
        break;
    case RV_N_SUBSCRIPT:
        cu_expr(c, t->u.subscript.value);
        cu_subscript_key(c, t->u.subscript.slice);
        cu_emit(c, RV_OP_STORE_SUBSCR, 0);
        break;
    case RV_N_STARRED:
        cu_store(c, t->u.starred.value);
        break;
    case RV_N_TUPLE:
    case RV_N_LIST: {
        const rv_nodes_t *elts = &t->u.seq.elts;
        size_t star = elts->len;
        for (size_t i = 0; i < elts->len; i++) {
            if (elts->items[i]->kind == RV_N_STARRED) {
                if (star != elts->len) {
                    cu_error(c, elts->items[i], false,
                             "multiple starred expressions in assignment");
                    return;
                }
                star = i;
            }
        }
        if (star == elts->len)
            cu_emit(c, RV_OP_UNPACK_SEQUENCE, (int)elts->len);
        else
            cu_emit(c, RV_OP_UNPACK_EX, (int)(star | ((elts->len - star - 1) << 8)));
        for (size_t i = 0; i < elts->len; i++)
            cu_store(c, elts->items[i]);
        break;
    }
    default:
        cu_error(c, t, false, "cannot assign to %s", rv_node_kind_name(t->kind));
    }
    c->u->loc = saved;
}
