/* src/lang/compile/compile_format.c - 'text %s' % (a, b) compiled as the
 * f-string CPython 3.11's AST optimizer makes of it (optimize_format in
 * Python/ast_opt.c): when the left operand is a str constant and the right
 * a tuple display without starred items (one of constants is folded first,
 * and then the whole expression), and every conversion is %s, %r or %a,
 * the expression becomes literal pieces and FORMAT_VALUEs.  It shows: the
 * result of '%s' % (x,) is the str FORMAT_VALUE made (str(5) is a new str,
 * where '%s' % 5 writes cached digits), '%s%s' % ('', s) is a new str, and
 * each item's str() runs as soon as it is evaluated.  The literal pieces
 * have no line of their own, which the tracer can see (entry_line_event).
 */
#include "lang/compile/compile_int.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/obj_str.h"

/* A literal piece (item NULL: text is the text), or a conversion of item
 * (text is its format spec, empty for none). */
typedef struct piece {
    const rv_node_t *item;
    char conv;
    rv_buf_t text;
} piece_t;

static bool is_flag(char ch)
{
    return ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0';
}

/* Digits of a width or precision: at most two (the optimizer's limit; a
 * longer count leaves the whole format to run time). */
static bool read_count(const char **pp, const char *e, int *out)
{
    const char *p = *pp;
    int n = 0, digits = 0;
    while (p < e && *p >= '0' && *p <= '9') {
        if (++digits > 2)
            return false;
        n = n * 10 + (*p++ - '0');
    }
    if (digits)
        *out = n;
    *pp = p;
    return true;
}

/* One conversion after its '%': flags, width, precision and s, r or a.
 * Only the '-' flag changes the spec ('%5s' is '>5', '%-5s' is '5'); the
 * others do nothing to a str. */
static bool parse_conversion(const char **pp, const char *e, piece_t *pc)
{
    const char *p = *pp;
    bool ljust = false;
    for (; p < e && is_flag(*p); p++)
        ljust |= *p == '-';
    int width = -1, prec = -1;
    if (!read_count(&p, e, &width))
        return false;
    if (p < e && *p == '.') {
        p++;
        prec = 0;
        if (!read_count(&p, e, &prec))
            return false;
    }
    if (p >= e || (*p != 's' && *p != 'r' && *p != 'a'))
        return false;
    pc->conv = *p++;
    if (!ljust && width > 0)
        rv_buf_addc(&pc->text, '>');
    if (width >= 0)
        rv_buf_printf(&pc->text, "%d", width);
    if (prec >= 0)
        rv_buf_printf(&pc->text, ".%d", prec);
    *pp = p;
    return true;
}

/* Splits fmt into pieces for items; false when the optimizer would leave
 * it to run time (a conversion it does not take, or the items and the
 * conversions differing in number). */
static bool split(rv_obj_t *fmt, const rv_nodes_t *items, piece_t *pieces, size_t *npieces)
{
    const char *p = rv_str_utf8(fmt), *e = p + rv_str_nbytes(fmt);
    size_t used = 0;
    for (;;) {
        piece_t *lit = &pieces[*npieces];
        while (p < e && (*p != '%' || (p + 1 < e && p[1] == '%'))) {
            rv_buf_addc(&lit->text, *p);
            p += *p == '%' ? 2 : 1;
        }
        if (lit->text.len)
            ++*npieces;
        if (p >= e)
            return used == items->len;
        if (used == items->len)
            return false;
        piece_t *pc = &pieces[*npieces];
        p++;
        pc->item = items->items[used++];
        if (!parse_conversion(&p, e, pc))
            return false;
        ++*npieces;
    }
}

/* CPython gives the literal pieces no line (ast_opt.c makes them at line
 * -1) and its assembler gives such an instruction the line of the one
 * before.  As a function's first instruction, that is RESUME, on the def
 * line (or the first decorator's): the tracer reports a line event there
 * before the statement's own, so a step on the def line.  Here that is
 * when the function's code is only the statement's STMT (after a
 * generator's GEN_START): a STMT for the def line goes in front of it. */
static void entry_line_event(compiler_t *c)
{
    unit_t *u = c->u;
    if (!u->def_body || u->ncode == 0)
        return;
    size_t stmt = u->ncode - 1;
    if (u->code[stmt].op != RV_OP_STMT || u->code[stmt].arg == u->firstline)
        return;
    for (size_t i = 0; i < stmt; i++)
        if (u->code[i].op != RV_OP_GEN_START)
            return;
    rv_instr_t moved = u->code[stmt];
    cu_emit(c, RV_OP_STMT, 0);
    u->code[stmt + 1] = moved;
    u->code[stmt].arg = u->firstline;
    u->code[stmt].loc = (rv_loc_t){ .line = u->firstline, .end_line = u->firstline, .col = -1,
                                    .end_col = -1, .anchor_left = -1, .anchor_right = -1 };
    /* A while loop's top is its test's STMT, not the def line's. */
    for (size_t i = 0; i < u->nlabels; i++)
        if (u->labels[i] == (int)stmt)
            u->labels[i] = (int)stmt + 1;
}

static void emit_pieces(compiler_t *c, piece_t *pieces, size_t n)
{
    for (size_t i = 0; i < n && !c->failed; i++) {
        piece_t *pc = &pieces[i];
        if (!pc->item) {
            if (i == 0)
                entry_line_event(c);
            rv_obj_t *lit = rv_str_from_buf(&pc->text);
            cu_load_const(c, lit);
            rv_decref(lit);
            continue;
        }
        cu_expr(c, pc->item);
        int flags = pc->conv == 's' ? RV_FV_STR : pc->conv == 'r' ? RV_FV_REPR : RV_FV_ASCII;
        if (pc->text.len) {
            rv_obj_t *spec = rv_str_from_buf(&pc->text);
            cu_load_const(c, spec);
            rv_decref(spec);
            flags |= RV_FV_SPEC;
        }
        /* The FormattedValue has its item's position (a failing str()
         * underlines the item). */
        rv_loc_t saved = c->u->loc;
        cu_set_loc(c, pc->item);
        cu_emit(c, RV_OP_FORMAT_VALUE, flags);
        c->u->loc = saved;
    }
    /* compiler_joined_str: one piece is the value itself. */
    if (n != 1)
        cu_emit(c, RV_OP_BUILD_STRING, (int)n);
}

bool cu_percent_format(compiler_t *c, const rv_node_t *n)
{
    const rv_node_t *right = n->u.binop.right;
    if (n->u.binop.op != RV_OP_MOD || right->kind != RV_N_TUPLE || right->u.seq.ctx != RV_LOAD)
        return false;
    const rv_nodes_t *items = &right->u.seq.elts;
    for (size_t i = 0; i < items->len; i++)
        if (items->items[i]->kind == RV_N_STARRED)
            return false;
    rv_obj_t *folded = cu_fold(c, right);
    if (folded) {
        rv_decref(folded);
        return false;
    }
    rv_obj_t *fmt = cu_fold(c, n->u.binop.left);
    if (!fmt || !RV_IS(fmt, rv_str_type)) {
        rv_xdecref(fmt);
        return false;
    }
    /* Each item gives a conversion, with a literal piece before it, and
     * one more may end the text. */
    size_t cap = 2 * items->len + 1, npieces = 0;
    piece_t *pieces = rv_calloc(cap, sizeof *pieces);
    bool ok = split(fmt, items, pieces, &npieces);
    if (ok)
        emit_pieces(c, pieces, npieces);
    for (size_t i = 0; i < cap; i++)
        rv_buf_free(&pieces[i].text);
    rv_free(pieces);
    rv_decref(fmt);
    return ok;
}
