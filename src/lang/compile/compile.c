/* src/lang/compile/compile.c - see compile.h.  Statements here; expressions in
 * compile_expr.c; shared state in compile_int.h. */
#include "lang/compile/compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_str.h"
#include "lang/compile/compile_int.h"

/******************************************************************************/
/* units and emission                                                         */

void cu_error(compiler_t *c, const rv_node_t *n, bool unsupported, const char *fmt, ...)
{
    if (c->failed)
        return;
    c->failed = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err->msg, sizeof c->err->msg, fmt, ap);
    va_end(ap);
    c->err->set = true;
    c->err->unsupported = unsupported;
    c->err->line = n ? n->line : 1;
    c->err->col = n ? n->col + 1 : 1;
    c->err->end_col = n ? n->end_col + 1 : 2;
    c->err->end_line = n ? n->end_line : 0;
}

/* The code points of the source line's columns [from, to) into cps (at
 * most to - from of them); how many there were. */
static size_t line_chars(const compiler_t *c, int line, int from, int to, uint32_t *cps)
{
    if (!c->source || line < 1 || (size_t)line > c->source->nlines)
        return 0;
    const char *p = c->source->lines[line - 1];
    size_t n = 0;
    for (int col = 0; *p && col < to; col++) {
        uint32_t cp = rv_utf8_decode(&p);
        if (col >= from)
            cps[n++] = cp;
    }
    return n;
}

static bool is_blank(uint32_t ch)
{
    return ch == ' ' || ch == '\t' || ch == '\f';
}

/* CPython's traceback anchors (extract_anchors_from_expr) for n, a binary
 * operation or a subscript on one line: the traceback reparses the
 * instruction's source, which gives back n itself, so n's parts say
 * where they are. */
static void set_anchors(compiler_t *c, const rv_node_t *n, rv_loc_t *loc)
{
    loc->anchor_left = loc->anchor_right = -1;
    if (n->line != n->end_line || n->end_col <= n->col ||
        (n->kind != RV_N_BINOP && n->kind != RV_N_SUBSCRIPT))
        return;
    size_t len = (size_t)(n->end_col - n->col);
    uint32_t *seg = rv_malloc(len * sizeof *seg);
    len = line_chars(c, n->line, n->col, n->end_col, seg);
    long left = -1, right = -1;
    if (n->kind == RV_N_BINOP) {
        /* The operator: the first character after the left operand that
         * is no blank and no closing parenthesis; two characters if the
         * next one is no blank either (//, **). */
        long from = n->u.binop.left->end_col - n->col, to = n->u.binop.right->col - n->col;
        for (long i = from; i < to && i < (long)len; i++) {
            if (is_blank(seg[i]))
                continue;
            left = i;
            right = i + 1;
            if (i + 1 < to && !is_blank(seg[i + 1]))
                right++;
            if (i + 1 < to && seg[i] == ')')
                continue;
            break;
        }
    } else {
        /* From the '[' after the value to the ']' after the index. */
        left = n->u.subscript.value->end_col - n->col;
        right = n->u.subscript.slice->end_col - n->col + 1;
        while (left < (long)len && seg[left] != '[')
            left++;
        while (right < (long)len && seg[right] != ']')
            right++;
        if (right < (long)len)
            right++;
    }
    rv_free(seg);
    if (left >= 0 && right >= left) {
        loc->anchor_left = (int32_t)left;
        loc->anchor_right = (int32_t)right;
    }
}

void cu_attr_loc(compiler_t *c, const rv_node_t *attr)
{
    rv_loc_t *loc = &c->u->loc;
    if (loc->line == attr->end_line)
        return;
    loc->line = attr->end_line;
    int len = 0;
    for (const char *p = attr->u.attribute.attr; *p; len++)
        rv_utf8_decode(&p);
    if (len <= attr->end_col) {
        loc->col = attr->end_col - len;
    } else {
        loc->col = -1;
        loc->end_col = -1;
    }
    if (loc->end_line < loc->line)
        loc->end_line = loc->line;
    if (loc->line == loc->end_line && loc->end_col < loc->col)
        loc->end_col = loc->col;
    loc->anchor_left = loc->anchor_right = -1;
}

void cu_set_loc(compiler_t *c, const rv_node_t *n)
{
    if (n->line <= 0)
        return;
    rv_loc_t *loc = &c->u->loc;
    loc->line = n->line;
    loc->end_line = n->end_line;
    loc->col = n->col;
    loc->end_col = n->end_col;
    set_anchors(c, n, loc);
}

int cu_emit(compiler_t *c, int op, int arg)
{
    unit_t *u = c->u;
    if (u->ncode == u->capcode) {
        u->capcode = u->capcode ? u->capcode * 2 : 64;
        u->code = rv_realloc(u->code, u->capcode * sizeof *u->code);
    }
    u->code[u->ncode].op = (uint8_t)op;
    u->code[u->ncode].arg = arg;
    u->code[u->ncode].loc = u->loc;
    return (int)u->ncode++;
}

int cu_new_label(compiler_t *c)
{
    unit_t *u = c->u;
    u->labels = rv_realloc(u->labels, (u->nlabels + 1) * sizeof *u->labels);
    u->labels[u->nlabels] = -1;
    return (int)u->nlabels++;
}

void cu_bind_label(compiler_t *c, int label)
{
    c->u->labels[label] = (int)c->u->ncode;
}

/* Jumps carry label numbers until the unit is finished. */
void cu_emit_jump(compiler_t *c, int op, int label)
{
    cu_emit(c, op, label);
}

static bool is_jump(int op)
{
    return op == RV_OP_JUMP || op == RV_OP_POP_JUMP_IF_FALSE || op == RV_OP_POP_JUMP_IF_TRUE ||
           op == RV_OP_JUMP_IF_FALSE_OR_POP || op == RV_OP_JUMP_IF_TRUE_OR_POP ||
           op == RV_OP_FOR_ITER || op == RV_OP_SEND || op == RV_OP_SETUP_FINALLY ||
           op == RV_OP_SETUP_WITH || op == RV_OP_POP_JUMP_IF_NONE;
}

/* Equal constants share one object only when they are "the same constant"
 * to CPython: same type, and for floats the same bits (0.0 and -0.0
 * differ); tuples and frozensets compare item by item the same way. */
static bool const_same(rv_obj_t *a, rv_obj_t *b)
{
    if (a == b)
        return true;
    if (a->type != b->type)
        return false;
    if (RV_IS(a, rv_float_type)) {
        double x = rv_float_value(a), y = rv_float_value(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (RV_IS(a, rv_tuple_type)) {
        if (rv_tuple_len(a) != rv_tuple_len(b))
            return false;
        for (size_t i = 0; i < rv_tuple_len(a); i++)
            if (!const_same(rv_tuple_get_borrow(a, i), rv_tuple_get_borrow(b, i)))
                return false;
        return true;
    }
    if (RV_IS(a, rv_frozenset_type)) {
        /* Whatever the order of the items (_PyCode_ConstantKey compares
         * frozensets of item keys). */
        size_t pa = 0;
        rv_obj_t *ka, *kb;
        if (rv_set_len(a) != rv_set_len(b))
            return false;
        while (rv_set_next(a, &pa, &ka)) {
            size_t pb = 0;
            bool found = false;
            while (!found && rv_set_next(b, &pb, &kb))
                found = const_same(ka, kb);
            if (!found)
                return false;
        }
        return true;
    }
    int eq = rv_eq(a, b);
    if (eq < 0) {
        rv_err_clear();
        return false;
    }
    return eq == 1;
}

/* The unit-wide constant object equal to v (borrowed), registering v.
 * Tuples are merged item by item first, as merge_consts_recursive does:
 * the (1, 2) inside ((1, 2), 3) is the constant (1, 2) itself.  A new
 * frozenset is registered rebuilt from its items in table order (again
 * merge_consts_recursive; here in place, v being the compiler's own),
 * which can change that order: {33, 1, 17, 9} prints as {33, 17, 9, 1}. */
static rv_obj_t *merge_const(compiler_t *c, rv_obj_t *v);

/* A string constant of name characters is the interned one, as CPython's
 * intern_string_constants makes it ('abc' is sys.intern(''.join('abc'))). */
rv_obj_t *cu_merge_const(compiler_t *c, rv_obj_t *v)
{
    if (!RV_IS(v, rv_str_type) || RV_STR(v)->interned || !rv_str_is_name_chars(v))
        return merge_const(c, v);
    rv_obj_t *iv = rv_str_intern_obj(v);
    rv_obj_t *r = merge_const(c, iv); /* c->consts holds it now */
    rv_decref(iv);
    return r;
}

static rv_obj_t *merge_const(compiler_t *c, rv_obj_t *v)
{
    if (RV_IS(v, rv_tuple_type) && v->refcnt == 1) {
        for (size_t i = 0; i < rv_tuple_len(v); i++) {
            rv_obj_t *item = rv_tuple_get_borrow(v, i);
            rv_obj_t *canon = cu_merge_const(c, item);
            if (canon != item) {
                RV_TUPLE(v)->items[i] = rv_incref(canon);
                rv_decref(item);
            }
        }
    }
    int64_t h = 0;
    if (rv_hash(v, &h) < 0) {
        rv_err_clear();
        h = (int64_t)v->id;
    }
    for (size_t i = 0; i < c->nconsts; i++)
        if (c->const_hash[i] == h && const_same(c->consts[i], v))
            return c->consts[i];
    if (RV_IS(v, rv_frozenset_type) && v->refcnt == 1)
        rv_set_readd(v);
    if (c->nconsts == c->capconsts) {
        c->capconsts = c->capconsts ? c->capconsts * 2 : 64;
        c->consts = rv_realloc(c->consts, c->capconsts * sizeof *c->consts);
        c->const_hash = rv_realloc(c->const_hash, c->capconsts * sizeof *c->const_hash);
    }
    c->consts[c->nconsts] = rv_incref(v);
    c->const_hash[c->nconsts] = h;
    c->nconsts++;
    return v;
}

/* Index of constant v in the current unit's table. */
int cu_add_const(compiler_t *c, rv_obj_t *v)
{
    v = cu_merge_const(c, v);
    unit_t *u = c->u;
    for (size_t i = 0; i < u->nconsts; i++)
        if (u->consts[i] == v)
            return (int)i;
    u->consts = rv_realloc(u->consts, (u->nconsts + 1) * sizeof *u->consts);
    u->consts[u->nconsts] = rv_incref(v);
    return (int)u->nconsts++;
}

void cu_load_const(compiler_t *c, rv_obj_t *v)
{
    cu_emit(c, RV_OP_LOAD_CONST, cu_add_const(c, v));
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(rv_str_utf8(*(rv_obj_t *const *)a), rv_str_utf8(*(rv_obj_t *const *)b));
}

static int find_or_add_str(rv_obj_t ***arr, size_t *n, const char *name)
{
    for (size_t i = 0; i < *n; i++)
        if (rv_str_eq_cstr((*arr)[i], name))
            return (int)i;
    *arr = rv_realloc(*arr, (*n + 1) * sizeof **arr);
    (*arr)[*n] = rv_str_intern(name);
    return (int)(*n)++;
}

int cu_add_name(compiler_t *c, const char *name)
{
    return find_or_add_str(&c->u->names, &c->u->nnames, name);
}

static int index_of(rv_obj_t **arr, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (rv_str_eq_cstr(arr[i], name))
            return (int)i;
    return -1;
}

void cu_unsupported(compiler_t *c, const rv_node_t *n, const char *what)
{
    rv_obj_t *msg = rv_str_from_cstr(what);
    int idx = cu_add_const(c, msg);
    rv_decref(msg);
    cu_emit(c, RV_OP_UNSUPPORTED, idx);
    (void)n;
}

/******************************************************************************/
/* names                                                                      */

void cu_name_op(compiler_t *c, const rv_node_t *n, const char *name, rv_ctx_t ctx)
{
    unit_t *u = c->u;
    rv_symbol_t *sym = rv_scope_lookup(u->scope, name);
    rv_binding_t b = sym ? sym->binding : RV_B_GLOBAL_IMPLICIT;
    static const int name_ops[] = { RV_OP_LOAD_NAME, RV_OP_STORE_NAME, RV_OP_DELETE_NAME };
    static const int global_ops[] = { RV_OP_LOAD_GLOBAL, RV_OP_STORE_GLOBAL, RV_OP_DELETE_GLOBAL };
    static const int fast_ops[] = { RV_OP_LOAD_FAST, RV_OP_STORE_FAST, RV_OP_DELETE_FAST };
    static const int deref_ops[] = { RV_OP_LOAD_DEREF, RV_OP_STORE_DEREF, RV_OP_DELETE_DEREF };

    if (b == RV_B_CELL || b == RV_B_FREE) {
        int i = index_of(u->cellvars, u->ncells, name);
        if (i < 0) {
            i = index_of(u->freevars, u->nfrees, name);
            if (i < 0) {
                cu_error(c, n, false, "internal error: no cell for '%s'", name);
                return;
            }
            i += (int)u->ncells;
        }
        cu_emit(c, deref_ops[ctx], i);
        return;
    }
    if (u->scope->kind == RV_SCOPE_MODULE ||
        (u->scope->kind == RV_SCOPE_CLASS && b != RV_B_GLOBAL_EXPLICIT)) {
        cu_emit(c, name_ops[ctx], cu_add_name(c, name));
        return;
    }
    if (b == RV_B_LOCAL) {
        int i = find_or_add_str(&u->varnames, &u->nlocals, name);
        cu_emit(c, fast_ops[ctx], i);
        return;
    }
    cu_emit(c, global_ops[ctx], cu_add_name(c, name));
}

/******************************************************************************/
/* units                                                                      */

/* CPython's compiler_set_qualname: a function's qualname goes through its
 * enclosing functions as "f.<locals>.g" and through classes as "C.m". */
static char *make_qualname(const unit_t *parent, const char *name)
{
    if (!parent || parent->scope->kind == RV_SCOPE_MODULE)
        return rv_strdup(name);
    rv_symbol_t *sym = rv_scope_lookup(parent->scope, name);
    if (sym && sym->binding == RV_B_GLOBAL_EXPLICIT)
        return rv_strdup(name);
    /* compiler_set_qualname: only a function parent adds <locals> (a
     * lambda in a list comprehension is `<listcomp>.<lambda>`). */
    const char *sep = parent->scope->kind == RV_SCOPE_FUNCTION ? ".<locals>." : ".";
    size_t n = strlen(parent->qualname) + strlen(sep) + strlen(name) + 1;
    char *q = rv_malloc(n);
    snprintf(q, n, "%s%s%s", parent->qualname, sep, name);
    return q;
}

void cu_enter(compiler_t *c, rv_scope_t *scope, const char *name, int firstline)
{
    unit_t *u = rv_calloc(1, sizeof *u);
    u->scope = scope;
    u->name = name;
    u->firstline = firstline;
    u->loc.line = u->loc.end_line = firstline;
    u->loc.col = u->loc.end_col = -1;
    u->loc.anchor_left = u->loc.anchor_right = -1;
    u->parent = c->u;
    u->qualname = make_qualname(u->parent, name);
    c->u = u;
    /* Parameters take the first fast slots, in order. */
    for (size_t i = 0; i < scope->nparams; i++) {
        rv_symbol_t *sym = rv_scope_lookup(scope, scope->params[i]);
        if (rv_scope_is_function_like(scope))
            find_or_add_str(&u->varnames, &u->nlocals, scope->params[i]);
        if (sym && sym->binding == RV_B_CELL)
            find_or_add_str(&u->cellvars, &u->ncells, scope->params[i]);
    }
    for (size_t i = 0; i < scope->nsyms; i++) {
        const rv_symbol_t *sym = &scope->syms[i];
        if (sym->binding == RV_B_CELL)
            find_or_add_str(&u->cellvars, &u->ncells, sym->name);
    }
    for (size_t i = 0; i < scope->nsyms; i++) {
        const rv_symbol_t *sym = &scope->syms[i];
        if (sym->binding == RV_B_FREE)
            find_or_add_str(&u->freevars, &u->nfrees, sym->name);
    }
    /* co_freevars is sorted by name (CPython's dictbytype): the order of
     * the closure, of a function's cell refs and of the frame's free
     * variables.  UTF-8 byte order is code point order. */
    if (u->nfrees > 1)
        qsort(u->freevars, u->nfrees, sizeof *u->freevars, cmp_names);
}

static void free_unit(unit_t *u)
{
    for (size_t i = 0; i < u->nconsts; i++)
        rv_decref(u->consts[i]);
    for (size_t i = 0; i < u->nnames; i++)
        rv_decref(u->names[i]);
    for (size_t i = 0; i < u->nlocals; i++)
        rv_decref(u->varnames[i]);
    for (size_t i = 0; i < u->ncells; i++)
        rv_decref(u->cellvars[i]);
    for (size_t i = 0; i < u->nfrees; i++)
        rv_decref(u->freevars[i]);
    rv_free(u->consts);
    rv_free(u->names);
    rv_free(u->varnames);
    rv_free(u->cellvars);
    rv_free(u->freevars);
    rv_free(u->code);
    rv_free(u->labels);
    rv_free(u->loops);
    rv_free(u->qualname);
    rv_free(u);
}

/* How an instruction changes the stack depth, on its fall-through path
 * (jump false) or when it jumps. */
static int stack_effect(const rv_instr_t *in, bool jump)
{
    int n = in->arg;
    switch ((rv_opcode_t)in->op) {
    case RV_OP_POP_TOP: case RV_OP_STORE_NAME: case RV_OP_STORE_GLOBAL: case RV_OP_STORE_FAST:
    case RV_OP_STORE_DEREF: case RV_OP_DELETE_ATTR: case RV_OP_BINARY_SUBSCR:
    case RV_OP_BINARY_OP: case RV_OP_INPLACE_OP: case RV_OP_COMPARE_OP: case RV_OP_IS_OP:
    case RV_OP_CONTAINS_OP: case RV_OP_POP_JUMP_IF_FALSE: case RV_OP_POP_JUMP_IF_TRUE:
    case RV_OP_POP_JUMP_IF_NONE:
    case RV_OP_LIST_APPEND: case RV_OP_SET_ADD: case RV_OP_LIST_EXTEND: case RV_OP_SET_UPDATE:
    case RV_OP_DICT_UPDATE: case RV_OP_DICT_MERGE: case RV_OP_RETURN_VALUE:
    case RV_OP_IMPORT_STAR:
        return -1;
    case RV_OP_COPY: case RV_OP_LOAD_CONST: case RV_OP_LOAD_NAME: case RV_OP_LOAD_GLOBAL:
    case RV_OP_LOAD_FAST: case RV_OP_LOAD_DEREF: case RV_OP_LOAD_CLOSURE:
    case RV_OP_LOAD_BUILD_CLASS: case RV_OP_IMPORT_NAME: case RV_OP_IMPORT_FROM:
    case RV_OP_MATCH_SEQUENCE: case RV_OP_MATCH_MAPPING: case RV_OP_GET_LEN:
    case RV_OP_MATCH_KEYS:
        return 1;
    case RV_OP_MATCH_CLASS:
        return -2;
    case RV_OP_STORE_ATTR: case RV_OP_DELETE_SUBSCR: case RV_OP_MAP_ADD:
        return -2;
    case RV_OP_STORE_SUBSCR:
        return -3;
    case RV_OP_BUILD_SLICE: case RV_OP_BUILD_TUPLE: case RV_OP_BUILD_LIST: case RV_OP_BUILD_SET:
    case RV_OP_BUILD_STRING:
        return 1 - n;
    case RV_OP_BUILD_MAP:
        return 1 - 2 * n;
    case RV_OP_JUMP_IF_FALSE_OR_POP: case RV_OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case RV_OP_FOR_ITER:
        return jump ? -1 : 1;
    case RV_OP_SEND:
        return jump ? -1 : 0;
    case RV_OP_UNPACK_SEQUENCE:
        return n - 1;
    case RV_OP_UNPACK_EX:
        return (n & 0xFF) + (n >> 8);
    case RV_OP_CALL:
        return -n;
    case RV_OP_CALL_KW:
        return -n - 1;
    case RV_OP_CALL_EX:
        return -1 - n;
    case RV_OP_FORMAT_VALUE:
        return (n & RV_FV_SPEC) ? -1 : 0;
    case RV_OP_MAKE_FUNCTION:
        return -((n & RV_MF_DEFAULTS) != 0) - ((n & RV_MF_KWDEFAULTS) != 0) -
               ((n & RV_MF_ANNOTATIONS) != 0) - ((n & RV_MF_CLOSURE) != 0);
    case RV_OP_RAISE: case RV_OP_ASSERT_FAIL:
        return -n;
    case RV_OP_SETUP_FINALLY:
        return jump ? 1 : 0;      /* a handler starts with the exception */
    case RV_OP_SETUP_WITH:
        return 1;                 /* the manager becomes __exit__ and __enter__'s result */
    case RV_OP_POP_EXCEPT: case RV_OP_RERAISE:
        return -1;
    case RV_OP_WITH_EXCEPT_START:
        return 1;
    default:
        return 0;
    }
}

static bool is_call(int op)
{
    return op == RV_OP_CALL || op == RV_OP_CALL_KW || op == RV_OP_CALL_EX;
}

static bool ends_flow(int op)
{
    return op == RV_OP_JUMP || op == RV_OP_RETURN_VALUE || op == RV_OP_RAISE ||
           op == RV_OP_ASSERT_FAIL || op == RV_OP_UNSUPPORTED || op == RV_OP_RERAISE;
}

/* The deepest the stack gets (CPython's stackdepth(), over every path).
 * CPython 3.11 keeps a NULL or self slot under each callable, so a call
 * counts one more: that makes generator sizes (which include the stack)
 * come out as CPython's. */
static int max_stack_depth(const rv_instr_t *code, size_t n)
{
    int *depth = rv_malloc((n ? n : 1) * sizeof *depth);
    size_t *work = rv_malloc((n ? n : 1) * sizeof *work);
    for (size_t i = 0; i < n; i++)
        depth[i] = -1;
    size_t nwork = 0;
    int maxd = 0;
    if (n) {
        depth[0] = 0;
        work[nwork++] = 0;
    }
    while (nwork) {
        size_t i = work[--nwork];
        int d = depth[i];
        for (; i < n; i++) {
            if (depth[i] < d)
                depth[i] = d;
            const rv_instr_t *in = &code[i];
            if (is_call(in->op) && d + 1 > maxd)
                maxd = d + 1;
            if (is_jump(in->op)) {
                size_t t = (size_t)in->arg;
                int jd = d + stack_effect(in, true);
                if (t < n && depth[t] < jd) {
                    depth[t] = jd;
                    work[nwork++] = t;
                }
            }
            if (ends_flow(in->op))
                break;
            d += stack_effect(in, false);
            if (d > maxd)
                maxd = d;
            if (i + 1 < n && depth[i + 1] >= d)
                break;
        }
    }
    rv_free(depth);
    rv_free(work);
    return maxd;
}

/* Finishes the current unit into a code object and returns to the parent. */
rv_obj_t *cu_leave(compiler_t *c, unsigned flags)
{
    unit_t *u = c->u;
    c->u = u->parent;
    if (c->failed) {
        free_unit(u);
        return NULL;
    }
    for (size_t i = 0; i < u->ncode; i++)
        if (is_jump(u->code[i].op))
            u->code[i].arg = u->labels[u->code[i].arg];
    rv_code_t *co = rv_obj_alloc(&rv_code_type, sizeof(rv_code_t));
    co->name = rv_strdup(u->name);
    co->qualname = rv_strdup(u->qualname);
    co->flags = flags;
    co->firstline = u->firstline;
    co->code = u->code;
    co->ncode = u->ncode;
    co->consts = u->consts;
    co->nconsts = u->nconsts;
    co->names = u->names;
    co->nnames = u->nnames;
    co->varnames = u->varnames;
    co->nlocals = u->nlocals;
    co->cellvars = u->cellvars;
    co->ncells = u->ncells;
    co->freevars = u->freevars;
    co->nfrees = u->nfrees;
    co->argcount = (int)u->scope->nparams;
    co->cell2arg = rv_malloc((u->ncells ? u->ncells : 1) * sizeof *co->cell2arg);
    for (size_t i = 0; i < u->ncells; i++)
        co->cell2arg[i] = index_of(u->varnames, (size_t)co->argcount, rv_str_utf8(u->cellvars[i]));
    co->source = rv_source_ref(c->source);
    co->stacksize = max_stack_depth(co->code, co->ncode);
    u->code = NULL;
    u->consts = u->names = u->varnames = u->cellvars = u->freevars = NULL;
    u->nconsts = u->nnames = u->nlocals = u->ncells = u->nfrees = 0;
    free_unit(u);
    return &co->ob;
}

/******************************************************************************/
/* statements                                                                 */

static void push_loop(compiler_t *c, int cont, int brk, bool is_for)
{
    unit_t *u = c->u;
    u->loops = rv_realloc(u->loops, (u->nloops + 1) * sizeof *u->loops);
    u->loops[u->nloops].continue_label = cont;
    u->loops[u->nloops].break_label = brk;
    u->loops[u->nloops].is_for = is_for;
    u->nloops++;
}

static void stmt(compiler_t *c, const rv_node_t *n);

void cu_body(compiler_t *c, const rv_nodes_t *body)
{
    for (size_t i = 0; i < body->len && !c->failed; i++)
        stmt(c, body->items[i]);
}

static void compile_if(compiler_t *c, const rv_node_t *n)
{
    int orelse = cu_new_label(c), end = cu_new_label(c);
    cu_jump_if(c, n->u.if_.test, n->u.if_.orelse.len ? orelse : end, false);
    cu_body(c, &n->u.if_.body);
    if (n->u.if_.orelse.len) {
        cu_emit_jump(c, RV_OP_JUMP, end);
        cu_bind_label(c, orelse);
        cu_body(c, &n->u.if_.orelse);
    }
    cu_bind_label(c, end);
}

static void compile_while(compiler_t *c, const rv_node_t *n)
{
    int top = cu_new_label(c), orelse = cu_new_label(c), brk = cu_new_label(c);
    /* The header's STMT is re-executed at each test: each evaluation of a
     * while header is a step of its own. */
    cu_bind_label(c, top);
    cu_emit(c, RV_OP_STMT, n->line);
    cu_set_loc(c, n);
    cu_jump_if(c, n->u.while_.test, orelse, false);
    push_loop(c, top, brk, false);
    cu_body(c, &n->u.while_.body);
    c->u->nloops--;
    cu_emit_jump(c, RV_OP_JUMP, top);
    cu_bind_label(c, orelse);
    cu_body(c, &n->u.while_.orelse);
    cu_bind_label(c, brk);
}

static void compile_for(compiler_t *c, const rv_node_t *n)
{
    int top = cu_new_label(c), done = cu_new_label(c), brk = cu_new_label(c);
    /* The header's line event comes before the iterable is evaluated (the
     * previous statement's step precedes the calls it makes), and again at
     * each FOR_ITER: the first is the same statement, so no step. */
    cu_emit(c, RV_OP_STMT, n->line);
    cu_expr(c, n->u.for_.iter);
    cu_emit(c, RV_OP_GET_ITER, 0);
    cu_bind_label(c, top);
    cu_emit(c, RV_OP_STMT, n->line);
    cu_emit_jump(c, RV_OP_FOR_ITER, done);
    cu_store(c, n->u.for_.target);
    push_loop(c, top, brk, true);
    cu_body(c, &n->u.for_.body);
    c->u->nloops--;
    cu_emit_jump(c, RV_OP_JUMP, top);
    cu_bind_label(c, done);
    cu_body(c, &n->u.for_.orelse);
    cu_bind_label(c, brk);
}

static void compile_loop_exit(compiler_t *c, const rv_node_t *n, bool is_break)
{
    unit_t *u = c->u;
    if (!u->nloops) {
        cu_error(c, n, false, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    /* Leave the try/with blocks inside the loop first (compile_exc.c). */
    cu_unwind_loop_fblocks(c);
    const loop_t *l = &u->loops[u->nloops - 1];
    if (is_break) {
        if (l->is_for)
            cu_emit(c, RV_OP_POP_TOP, 0);
        cu_emit_jump(c, RV_OP_JUMP, l->break_label);
    } else {
        cu_emit_jump(c, RV_OP_JUMP, l->continue_label);
    }
}

/* Whether t is stored by STORE_FAST: a plain local of a function. */
static bool stores_fast(compiler_t *c, const rv_node_t *t)
{
    if (t->kind != RV_N_NAME || c->u->scope->kind != RV_SCOPE_FUNCTION)
        return false;
    const rv_symbol_t *sym = rv_scope_lookup(c->u->scope, t->u.name.id);
    return sym && sym->binding == RV_B_LOCAL;
}

/* CPython 3.11 compiles `a, b = x, y` (two or three names, a tuple display
 * of as many values that is not a constant) without building a tuple: its
 * optimizer turns BUILD_TUPLE/UNPACK_SEQUENCE into SWAPs, which
 * apply_static_swaps resolves by reordering the stores when they are all
 * STORE_FAST to distinct names.  The names are then bound right to left,
 * which shows in the order of a frame's variables.  A constant tuple is
 * folded instead, into *folded (new reference), and unpacked left to right. */
static bool stores_right_to_left(compiler_t *c, const rv_node_t *n, rv_obj_t **folded)
{
    *folded = NULL;
    if (n->u.assign.targets.len != 1)
        return false;
    const rv_node_t *t = n->u.assign.targets.items[0], *v = n->u.assign.value;
    if ((t->kind != RV_N_TUPLE && t->kind != RV_N_LIST) || v->kind != RV_N_TUPLE)
        return false;
    size_t len = t->u.seq.elts.len;
    if (len < 2 || len > 3 || v->u.seq.elts.len != len)
        return false;
    for (size_t i = 0; i < len; i++) {
        const rv_node_t *ti = t->u.seq.elts.items[i];
        if (v->u.seq.elts.items[i]->kind == RV_N_STARRED || !stores_fast(c, ti))
            return false;
        for (size_t j = 0; j < i; j++)
            if (strcmp(t->u.seq.elts.items[j]->u.name.id, ti->u.name.id) == 0)
                return false;
    }
    *folded = cu_fold(c, v);
    return *folded == NULL;
}

static void compile_assign(compiler_t *c, const rv_node_t *n)
{
    rv_obj_t *folded;
    if (stores_right_to_left(c, n, &folded)) {
        const rv_nodes_t *targets = &n->u.assign.targets.items[0]->u.seq.elts;
        const rv_nodes_t *values = &n->u.assign.value->u.seq.elts;
        for (size_t i = 0; i < values->len; i++)
            cu_expr(c, values->items[i]);
        for (size_t i = targets->len; i-- > 0;)
            cu_store(c, targets->items[i]);
        return;
    }
    if (folded) {
        /* Folded once: folding again would make a second constant. */
        cu_load_const(c, folded);
        rv_decref(folded);
    } else {
        cu_expr(c, n->u.assign.value);
    }
    size_t nt = n->u.assign.targets.len;
    for (size_t i = 0; i < nt; i++) {
        if (i + 1 < nt)
            cu_emit(c, RV_OP_COPY, 1);
        cu_store(c, n->u.assign.targets.items[i]);
    }
}

/* The target is read and written at its own position, the operation
 * is at the statement's (CPython's compiler_augassign). */
static void inplace_op(compiler_t *c, const rv_node_t *n)
{
    rv_loc_t target = c->u->loc;
    cu_set_loc(c, n);
    cu_expr(c, n->u.augassign.value);
    cu_emit(c, RV_OP_INPLACE_OP, (int)n->u.augassign.op);
    c->u->loc = target;
}

static void compile_augassign(compiler_t *c, const rv_node_t *n)
{
    const rv_node_t *t = n->u.augassign.target;
    cu_set_loc(c, t);
    switch (t->kind) {
    case RV_N_NAME:
        cu_name_op(c, t, t->u.name.id, RV_LOAD);
        inplace_op(c, n);
        cu_name_op(c, t, t->u.name.id, RV_STORE);
        break;
    case RV_N_ATTRIBUTE: {
        int name = cu_add_name(c, t->u.attribute.attr);
        cu_expr(c, t->u.attribute.value);
        cu_emit(c, RV_OP_COPY, 1);
        cu_attr_loc(c, t);
        cu_emit(c, RV_OP_LOAD_ATTR, name);
        inplace_op(c, n);
        cu_emit(c, RV_OP_SWAP, 2);
        cu_emit(c, RV_OP_STORE_ATTR, name);
        break;
    }
    case RV_N_SUBSCRIPT:
        cu_expr(c, t->u.subscript.value);
        cu_subscript_key(c, t->u.subscript.slice);
        cu_emit(c, RV_OP_COPY, 2);
        cu_emit(c, RV_OP_COPY, 2);
        cu_emit(c, RV_OP_BINARY_SUBSCR, 0);
        inplace_op(c, n);
        cu_emit(c, RV_OP_SWAP, 3);
        cu_emit(c, RV_OP_SWAP, 2);
        cu_emit(c, RV_OP_STORE_SUBSCR, 0);
        break;
    default:
        cu_error(c, t, false, "'%s' is an illegal expression for augmented assignment",
                 rv_node_kind_name(t->kind));
    }
}

static void compile_delete(compiler_t *c, const rv_node_t *t)
{
    cu_set_loc(c, t);
    switch (t->kind) {
    case RV_N_NAME:
        cu_name_op(c, t, t->u.name.id, RV_DEL);
        break;
    case RV_N_ATTRIBUTE:
        cu_expr(c, t->u.attribute.value);
        cu_attr_loc(c, t);
        cu_emit(c, RV_OP_DELETE_ATTR, cu_add_name(c, t->u.attribute.attr));
        break;
    case RV_N_SUBSCRIPT:
        cu_expr(c, t->u.subscript.value);
        cu_subscript_key(c, t->u.subscript.slice);
        cu_emit(c, RV_OP_DELETE_SUBSCR, 0);
        break;
    case RV_N_TUPLE:
    case RV_N_LIST:
        for (size_t i = 0; i < t->u.seq.elts.len; i++)
            compile_delete(c, t->u.seq.elts.items[i]);
        break;
    default:
        cu_error(c, t, false, "cannot delete %s", rv_node_kind_name(t->kind));
    }
}

/* The name an `import a.b.c` binds without `as`: "a". */
static void store_import_name(compiler_t *c, const rv_node_t *alias)
{
    const char *name = alias->u.alias.asname ? alias->u.alias.asname : alias->u.alias.name;
    if (!alias->u.alias.asname && strchr(name, '.')) {
        cu_unsupported(c, alias, "dotted import");
        return;
    }
    rv_node_t fake = *alias;
    cu_name_op(c, &fake, name, RV_STORE);
}

static void compile_import(compiler_t *c, const rv_node_t *n)
{
    for (size_t i = 0; i < n->u.import.names.len; i++) {
        const rv_node_t *a = n->u.import.names.items[i];
        cu_emit(c, RV_OP_IMPORT_NAME, cu_add_name(c, a->u.alias.name));
        store_import_name(c, a);
    }
}

static void compile_importfrom(compiler_t *c, const rv_node_t *n)
{
    if (n->u.importfrom.level > 0 || !n->u.importfrom.module) {
        cu_unsupported(c, n, "relative import");
        return;
    }
    cu_emit(c, RV_OP_IMPORT_NAME, cu_add_name(c, n->u.importfrom.module));
    for (size_t i = 0; i < n->u.importfrom.names.len; i++) {
        const rv_node_t *a = n->u.importfrom.names.items[i];
        if (strcmp(a->u.alias.name, "*") == 0) {
            cu_emit(c, RV_OP_IMPORT_STAR, 0);
            return;
        }
        cu_emit(c, RV_OP_IMPORT_FROM, cu_add_name(c, a->u.alias.name));
        cu_name_op(c, a, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, RV_STORE);
    }
    cu_emit(c, RV_OP_POP_TOP, 0);
}

/* A decorated definition's step is its first decorator's line. */
static int stmt_line(const rv_node_t *n)
{
    const rv_nodes_t *decos = n->kind == RV_N_FUNCTIONDEF ? &n->u.funcdef.decorators
                              : n->kind == RV_N_CLASSDEF  ? &n->u.classdef.decorators
                                                          : NULL;
    return decos && decos->len ? decos->items[0]->line : n->line;
}

/* Whether CPython 3.11 compiles n to no instructions at all: then it has
 * no line event, so no step, and it never becomes the current statement. */
static bool stmt_has_no_code(const compiler_t *c, const rv_node_t *n)
{
    switch (n->kind) {
    case RV_N_GLOBAL:
    case RV_N_NONLOCAL:
        return true;
    case RV_N_ANNASSIGN:
        /* `x: int` in a function evaluates nothing (module and class
         * bodies store the annotation; `self.x: int` evaluates self). */
        return !n->u.annassign.value && c->u->scope->kind == RV_SCOPE_FUNCTION &&
               n->u.annassign.target->kind == RV_N_NAME;
    default:
        return false;
    }
}

static void stmt(compiler_t *c, const rv_node_t *n)
{
    cu_set_loc(c, n);
    /* Every statement with code opens with its line event (STMT); loops
     * place theirs at the loop top so that each test is a step. */
    c->u->stmt_line = stmt_line(n);
    if (n->kind != RV_N_WHILE && n->kind != RV_N_FOR && !stmt_has_no_code(c, n))
        cu_emit(c, RV_OP_STMT, stmt_line(n));
    switch (n->kind) {
    case RV_N_EXPR:
        cu_expr(c, n->u.expr.value);
        cu_emit(c, RV_OP_POP_TOP, 0);
        break;
    case RV_N_ASSIGN:
        compile_assign(c, n);
        break;
    case RV_N_AUGASSIGN:
        compile_augassign(c, n);
        break;
    case RV_N_ANNASSIGN:
        cu_annassign(c, n);
        break;
    case RV_N_DELETE:
        for (size_t i = 0; i < n->u.del.targets.len; i++)
            compile_delete(c, n->u.del.targets.items[i]);
        break;
    case RV_N_PASS:
    case RV_N_GLOBAL:
    case RV_N_NONLOCAL:
        break;
    case RV_N_IF:
        compile_if(c, n);
        break;
    case RV_N_WHILE:
        compile_while(c, n);
        break;
    case RV_N_FOR:
        compile_for(c, n);
        break;
    case RV_N_BREAK:
        compile_loop_exit(c, n, true);
        break;
    case RV_N_CONTINUE:
        compile_loop_exit(c, n, false);
        break;
    case RV_N_IMPORT:
        compile_import(c, n);
        break;
    case RV_N_IMPORTFROM:
        compile_importfrom(c, n);
        break;
    case RV_N_ASSERT: {
        int end = cu_new_label(c);
        cu_jump_if(c, n->u.assert_.test, end, true);
        if (n->u.assert_.msg)
            cu_expr(c, n->u.assert_.msg);
        cu_emit(c, RV_OP_ASSERT_FAIL, n->u.assert_.msg != NULL);
        cu_bind_label(c, end);
        break;
    }
    case RV_N_RAISE:
        if (n->u.raise.exc)
            cu_expr(c, n->u.raise.exc);
        if (n->u.raise.cause)
            cu_expr(c, n->u.raise.cause);
        cu_emit(c, RV_OP_RAISE, n->u.raise.cause ? 2 : n->u.raise.exc ? 1 : 0);
        break;
    case RV_N_RETURN:
        if (c->u->scope->kind != RV_SCOPE_FUNCTION) {
            cu_error(c, n, false, "'return' outside function");
            break;
        }
        cu_return(c, n);
        break;
    case RV_N_FUNCTIONDEF:
        cu_funcdef(c, n);
        break;
    case RV_N_CLASSDEF:
        cu_classdef(c, n);
        break;
    case RV_N_TRY:
        cu_try(c, n);
        break;
    case RV_N_WITH:
        cu_with(c, n);
        break;
    case RV_N_MATCH:
        cu_match(c, n);
        break;
    default:
        cu_unsupported(c, n, rv_node_kind_name(n->kind));
        break;
    }
}

/******************************************************************************/

rv_obj_t *rv_compile(const rv_module_ast_t *m, rv_syntax_error_t *err)
{
    compiler_t c = { 0 };
    c.err = err;
    c.top = rv_symtable_build(m, err);
    if (!c.top)
        return NULL;
    c.source = rv_source_new(m->filename, m->source, strlen(m->source));
    cu_enter(&c, c.top, "<module>", 1);
    c.future_annotations = cu_future_annotations(&m->body);
    cu_check_future(&c, &m->body);
    if (cu_find_ann(&m->body))
        cu_emit(&c, RV_OP_SETUP_ANNOTATIONS, 0);
    cu_body(&c, &m->body);
    cu_load_const(&c, rv_None);
    cu_emit(&c, RV_OP_RETURN_VALUE, 0);
    rv_obj_t *code = cu_leave(&c, RV_CO_MODULE);
    for (size_t i = 0; i < c.nconsts; i++)
        rv_decref(c.consts[i]);
    rv_free(c.consts);
    rv_free(c.const_hash);
    rv_source_unref(c.source);
    rv_symtable_free(c.top);
    return code;
}
