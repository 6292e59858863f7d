/* tests/unit/check_parser.c - the recursive-descent parser (src/lang/
 * grammar*.c, literal.c) through rv_parse: operator precedence and
 * associativity, the AST node kinds and their line:col, statements, literals
 * and f-strings, and SyntaxError / IndentationError with python3 3.11's
 * message, line and offset (each taken from python3's ast.parse/compile).
 * Trees are compared in a compact prefix form written by dump() below; a
 * parse (or a failed one) must leave the heap empty. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "core/obj_str.h"
#include "lang/parse/ast.h"
#include "lang/vm/interp.h"

static rv_buf_t out;

/******************************************************************************/
/* the tree as text: (op child ...), names bare, constants as their repr      */

static void dump(rv_buf_t *b, const rv_node_t *n, bool pos);

static void dump_list(rv_buf_t *b, const rv_nodes_t *l, bool pos)
{
    for (size_t i = 0; i < l->len; i++) {
        rv_buf_addc(b, ' ');
        dump(b, l->items[i], pos);
    }
}

static void dump_block(rv_buf_t *b, const rv_nodes_t *l, bool pos)
{
    rv_buf_adds(b, " (");
    for (size_t i = 0; i < l->len; i++) {
        if (i)
            rv_buf_addc(b, ' ');
        dump(b, l->items[i], pos);
    }
    rv_buf_addc(b, ')');
}

static void dump_opt(rv_buf_t *b, const rv_node_t *n, bool pos)
{
    rv_buf_addc(b, ' ');
    if (n)
        dump(b, n, pos);
    else
        rv_buf_addc(b, '_');
}

static const char *const binops[] = { "+", "-", "*", "/", "//", "%", "**",
                                      "<<", ">>", "&", "|", "^", "@" };
static const char *const cmpops[] = { "==", "!=", "<", "<=", ">", ">=",
                                      "is", "is not", "in", "not in" };
static const char *const unops[] = { "~", "not", "pos", "neg" };

/* A node's head, then "@line:col-end_line:end_col" when asked for. */
static void head(rv_buf_t *b, const rv_node_t *n, const char *name, bool pos)
{
    rv_buf_adds(b, name);
    if (pos)
        rv_buf_printf(b, "@%d:%d-%d:%d", n->line, n->col, n->end_line, n->end_col);
}

static void dump(rv_buf_t *b, const rv_node_t *n, bool pos)
{
    switch (n->kind) {
    case RV_N_NAME:
        head(b, n, n->u.name.id, pos);
        return;
    case RV_N_CONSTANT: {
        rv_obj_t *r = rv_repr(n->u.constant.value);
        head(b, n, rv_str_utf8(r), pos);
        rv_decref(r);
        return;
    }
    case RV_N_PASS:
        head(b, n, "pass", pos);
        return;
    case RV_N_BREAK:
        head(b, n, "break", pos);
        return;
    case RV_N_CONTINUE:
        head(b, n, "continue", pos);
        return;
    case RV_N_EXPR:
        dump(b, n->u.expr.value, pos);
        return;
    default:
        break;
    }
    rv_buf_addc(b, '(');
    switch (n->kind) {
    case RV_N_BINOP:
        head(b, n, binops[n->u.binop.op], pos);
        dump_opt(b, n->u.binop.left, pos);
        dump_opt(b, n->u.binop.right, pos);
        break;
    case RV_N_UNARYOP:
        head(b, n, unops[n->u.unaryop.op], pos);
        dump_opt(b, n->u.unaryop.operand, pos);
        break;
    case RV_N_BOOLOP:
        head(b, n, n->u.boolop.op == RV_AND ? "and" : "or", pos);
        dump_list(b, &n->u.boolop.values, pos);
        break;
    case RV_N_COMPARE:
        head(b, n, "cmp", pos);
        dump_opt(b, n->u.compare.left, pos);
        for (size_t i = 0; i < n->u.compare.comparators.len; i++) {
            rv_buf_printf(b, " %s", cmpops[n->u.compare.ops[i]]);
            dump_opt(b, n->u.compare.comparators.items[i], pos);
        }
        break;
    case RV_N_IFEXP:
        head(b, n, "ifexp", pos);
        dump_opt(b, n->u.ifexp.test, pos);
        dump_opt(b, n->u.ifexp.body, pos);
        dump_opt(b, n->u.ifexp.orelse, pos);
        break;
    case RV_N_NAMEDEXPR:
        head(b, n, ":=", pos);
        dump_opt(b, n->u.namedexpr.target, pos);
        dump_opt(b, n->u.namedexpr.value, pos);
        break;
    case RV_N_LAMBDA:
        head(b, n, "lambda", pos);
        dump_opt(b, n->u.lambda.body, pos);
        break;
    case RV_N_CALL:
        head(b, n, "call", pos);
        dump_opt(b, n->u.call.func, pos);
        dump_list(b, &n->u.call.args, pos);
        for (size_t i = 0; i < n->u.call.keywords.len; i++) {
            const rv_node_t *k = n->u.call.keywords.items[i];
            rv_buf_printf(b, " %s=", k->u.keyword.arg ? k->u.keyword.arg : "**");
            dump(b, k->u.keyword.value, pos);
        }
        break;
    case RV_N_ATTRIBUTE:
        head(b, n, ".", pos);
        dump_opt(b, n->u.attribute.value, pos);
        rv_buf_printf(b, " %s", n->u.attribute.attr);
        break;
    case RV_N_SUBSCRIPT:
        head(b, n, "[]", pos);
        dump_opt(b, n->u.subscript.value, pos);
        dump_opt(b, n->u.subscript.slice, pos);
        break;
    case RV_N_SLICE:
        head(b, n, "slice", pos);
        dump_opt(b, n->u.slice.lower, pos);
        dump_opt(b, n->u.slice.upper, pos);
        dump_opt(b, n->u.slice.step, pos);
        break;
    case RV_N_STARRED:
        head(b, n, "*", pos);
        dump_opt(b, n->u.starred.value, pos);
        break;
    case RV_N_TUPLE:
    case RV_N_LIST:
        head(b, n, n->kind == RV_N_TUPLE ? "tuple" : "list", pos);
        dump_list(b, &n->u.seq.elts, pos);
        break;
    case RV_N_SET:
        head(b, n, "set", pos);
        dump_list(b, &n->u.set.elts, pos);
        break;
    case RV_N_DICT:
        head(b, n, "dict", pos);
        for (size_t i = 0; i < n->u.dict.keys.len; i++) {
            if (n->u.dict.keys.items[i])
                dump_opt(b, n->u.dict.keys.items[i], pos);
            else
                rv_buf_adds(b, " **");
            dump_opt(b, n->u.dict.values.items[i], pos);
        }
        break;
    case RV_N_LISTCOMP:
    case RV_N_SETCOMP:
    case RV_N_GENEXP:
    case RV_N_DICTCOMP:
        head(b, n,
             n->kind == RV_N_LISTCOMP  ? "listcomp"
             : n->kind == RV_N_SETCOMP ? "setcomp"
             : n->kind == RV_N_GENEXP  ? "genexp"
                                       : "dictcomp",
             pos);
        dump_opt(b, n->u.comp.elt, pos);
        if (n->kind == RV_N_DICTCOMP)
            dump_opt(b, n->u.comp.value, pos);
        for (size_t i = 0; i < n->u.comp.generators.len; i++) {
            const rv_node_t *g = n->u.comp.generators.items[i];
            rv_buf_adds(b, " (for"); /* comprehension has no position in CPython */
            dump_opt(b, g->u.comprehension.target, pos);
            dump_opt(b, g->u.comprehension.iter, pos);
            for (size_t j = 0; j < g->u.comprehension.ifs.len; j++) {
                rv_buf_adds(b, " if");
                dump_opt(b, g->u.comprehension.ifs.items[j], pos);
            }
            rv_buf_addc(b, ')');
        }
        break;
    case RV_N_JOINEDSTR:
        head(b, n, "f", pos);
        dump_list(b, &n->u.joined.values, pos);
        break;
    case RV_N_FORMATTEDVALUE:
        head(b, n, "fv", pos);
        dump_opt(b, n->u.formatted.value, pos);
        if (n->u.formatted.conversion >= 0)
            rv_buf_printf(b, " !%c", n->u.formatted.conversion);
        if (n->u.formatted.format_spec)
            dump_opt(b, n->u.formatted.format_spec, pos);
        break;
    case RV_N_ASSIGN:
        head(b, n, "=", pos);
        dump_list(b, &n->u.assign.targets, pos);
        dump_opt(b, n->u.assign.value, pos);
        break;
    case RV_N_AUGASSIGN:
        rv_buf_adds(b, binops[n->u.augassign.op]);
        head(b, n, "=", pos);
        dump_opt(b, n->u.augassign.target, pos);
        dump_opt(b, n->u.augassign.value, pos);
        break;
    case RV_N_DELETE:
        head(b, n, "del", pos);
        dump_list(b, &n->u.del.targets, pos);
        break;
    case RV_N_IF:
        head(b, n, "if", pos);
        dump_opt(b, n->u.if_.test, pos);
        dump_block(b, &n->u.if_.body, pos);
        dump_block(b, &n->u.if_.orelse, pos);
        break;
    case RV_N_WHILE:
        head(b, n, "while", pos);
        dump_opt(b, n->u.while_.test, pos);
        dump_block(b, &n->u.while_.body, pos);
        dump_block(b, &n->u.while_.orelse, pos);
        break;
    case RV_N_FOR:
        head(b, n, "for", pos);
        dump_opt(b, n->u.for_.target, pos);
        dump_opt(b, n->u.for_.iter, pos);
        dump_block(b, &n->u.for_.body, pos);
        dump_block(b, &n->u.for_.orelse, pos);
        break;
    case RV_N_MATCH:
        head(b, n, "match", pos);
        dump_opt(b, n->u.match.subject, pos);
        dump_list(b, &n->u.match.cases, pos);
        break;
    case RV_N_MATCH_CASE:
        head(b, n, "case", pos);
        dump_opt(b, n->u.match_case.pattern, pos);
        if (n->u.match_case.guard) {
            rv_buf_adds(b, " if");
            dump_opt(b, n->u.match_case.guard, pos);
        }
        dump_block(b, &n->u.match_case.body, pos);
        break;
    case RV_N_MATCHVALUE:
        head(b, n, "value", pos);
        dump_opt(b, n->u.matchvalue.value, pos);
        break;
    case RV_N_MATCHSINGLETON: {
        rv_obj_t *r = rv_repr(n->u.matchsingleton.value);
        head(b, n, rv_str_utf8(r), pos);
        rv_decref(r);
        break;
    }
    case RV_N_MATCHSEQUENCE:
    case RV_N_MATCHOR:
        head(b, n, n->kind == RV_N_MATCHOR ? "|" : "seq", pos);
        dump_list(b, &n->u.matchseq.patterns, pos);
        break;
    case RV_N_MATCHMAPPING:
        head(b, n, "map", pos);
        for (size_t i = 0; i < n->u.matchmapping.keys.len; i++) {
            dump_opt(b, n->u.matchmapping.keys.items[i], pos);
            dump_opt(b, n->u.matchmapping.patterns.items[i], pos);
        }
        if (n->u.matchmapping.rest)
            rv_buf_printf(b, " **%s", n->u.matchmapping.rest);
        break;
    case RV_N_MATCHCLASS:
        head(b, n, "class", pos);
        dump_opt(b, n->u.matchclass.cls, pos);
        dump_list(b, &n->u.matchclass.patterns, pos);
        for (size_t i = 0; i < n->u.matchclass.kwd_patterns.len; i++) {
            rv_buf_printf(b, " %s=", n->u.matchclass.kwd_attrs[i]);
            dump(b, n->u.matchclass.kwd_patterns.items[i], pos);
        }
        break;
    case RV_N_MATCHSTAR:
        head(b, n, "*", pos);
        rv_buf_printf(b, " %s", n->u.matchstar.name ? n->u.matchstar.name : "_");
        break;
    case RV_N_MATCHAS:
        head(b, n, "as", pos);
        dump_opt(b, n->u.matchas.pattern, pos);
        rv_buf_printf(b, " %s", n->u.matchas.name ? n->u.matchas.name : "_");
        break;
    default:
        head(b, n, rv_node_kind_name(n->kind), pos);
        break;
    }
    rv_buf_addc(b, ')');
}

/******************************************************************************/
/* helpers                                                                    */

/* Parses src, which must succeed. */
static rv_module_ast_t *parse(const char *src)
{
    rv_syntax_error_t err;
    rv_module_ast_t *m = rv_parse("t.py", src, strlen(src), &err);
    ck_assert_msg(m != NULL, "parse failed: %s (line %d, offset %d)", err.msg, err.line, err.col);
    ck_assert(!err.set);
    return m;
}

/* The statements of src, dumped and separated by spaces. */
static const char *tree(const char *src, bool pos)
{
    rv_module_ast_t *m = parse(src);
    rv_buf_truncate(&out, 0);
    for (size_t i = 0; i < m->body.len; i++) {
        if (i)
            rv_buf_addc(&out, ' ');
        dump(&out, m->body.items[i], pos);
    }
    rv_ast_free(m);
    return rv_buf_cstr(&out);
}

static void expect_tree(const char *src, const char *want)
{
    ck_assert_str_eq(tree(src, false), want);
}

static void expect_tree_at(const char *src, const char *want)
{
    ck_assert_str_eq(tree(src, true), want);
}

/* Parsing src must fail with python3's message, line and offset (1-based);
 * indentation: IndentationError rather than SyntaxError. */
static void expect_error_of(const char *src, bool indentation, const char *msg, int line, int col)
{
    rv_syntax_error_t err;
    rv_module_ast_t *m = rv_parse("t.py", src, strlen(src), &err);
    ck_assert_msg(m == NULL, "parsed, expected: %s", msg);
    ck_assert(err.set);
    ck_assert(!err.unsupported);
    ck_assert_str_eq(err.msg, msg);
    ck_assert_int_eq(err.line, line);
    if (col)
        ck_assert_int_eq(err.col, col);
    ck_assert_int_eq(err.indentation, indentation);
}

static void expect_syntax(const char *src, const char *msg, int line, int col)
{
    expect_error_of(src, false, msg, line, col);
}

static void expect_indentation(const char *src, const char *msg, int line, int col)
{
    expect_error_of(src, true, msg, line, col);
}

/* The first statement's expression (an Expr statement). */
static const rv_node_t *expr0(const rv_module_ast_t *m)
{
    ck_assert_uint_ge(m->body.len, 1);
    ck_assert_int_eq(m->body.items[0]->kind, RV_N_EXPR);
    return m->body.items[0]->u.expr.value;
}

/******************************************************************************/
/* precedence and associativity                                               */

START_TEST(power_binds_tighter_than_a_unary_on_its_left)
{
    expect_tree("-2 ** 2\n", "(neg (** 2 2))");
    expect_tree("2 ** -1\n", "(** 2 (neg 1))");
    expect_tree("-x ** -y\n", "(neg (** x (neg y)))");
}
END_TEST

START_TEST(power_is_right_associative)
{
    expect_tree("2 ** 3 ** 2\n", "(** 2 (** 3 2))");
}
END_TEST

START_TEST(other_binary_operators_are_left_associative)
{
    expect_tree("8 - 4 - 2 + 1\n", "(+ (- (- 8 4) 2) 1)");
    expect_tree("a / b // c % d @ e\n", "(@ (% (// (/ a b) c) d) e)");
}
END_TEST

START_TEST(binary_precedence_levels)
{
    expect_tree("1 + 2 * 3 ** 4 // 5\n", "(+ 1 (// (* 2 (** 3 4)) 5))");
    expect_tree("a | b ^ c & d << 1 + 2\n", "(| a (^ b (& c (<< d (+ 1 2)))))");
    expect_tree("~-x\n", "(~ (neg x))");
    expect_tree("-x.y[0](1)\n", "(neg (call ([] (. x y) 0) 1))");
}
END_TEST

START_TEST(comparisons_chain_into_one_node)
{
    expect_tree("a < b < c\n", "(cmp a < b < c)");
    expect_tree("a is not b not in c == d\n", "(cmp a is not b not in c == d)");
    rv_module_ast_t *m = parse("a < b == c\n");
    const rv_node_t *e = expr0(m);
    ck_assert_int_eq(e->kind, RV_N_COMPARE);
    ck_assert_uint_eq(e->u.compare.comparators.len, 2);
    ck_assert_int_eq(e->u.compare.ops[0], RV_C_LT);
    ck_assert_int_eq(e->u.compare.ops[1], RV_C_EQ);
    rv_ast_free(m);
}
END_TEST

START_TEST(not_and_or)
{
    expect_tree("not a and b or c\n", "(or (and (not a) b) c)");
    expect_tree("a or b and not c\n", "(or a (and b (not c)))");
    expect_tree("a or b or c\n", "(or a b c)");
    expect_tree("not not a\n", "(not (not a))");
    expect_tree("not a == b\n", "(not (cmp a == b))");
}
END_TEST

START_TEST(conditional_expression_and_lambda)
{
    expect_tree("a if b else c if d else e\n", "(ifexp b a (ifexp d c e))");
    expect_tree("lambda: a or b\n", "(lambda (or a b))");
}
END_TEST

START_TEST(call_arguments)
{
    expect_tree("f(*a, *b, k=1, **c, **d)\n", "(call f (* a) (* b) k=1 **=c **=d)");
    expect_tree("f(x for x in y)\n", "(call f (genexp x (for x y)))");
    expect_tree("f(a)(b).c\n", "(. (call (call f a) b) c)");
}
END_TEST

/******************************************************************************/
/* positions                                                                  */

START_TEST(expression_positions)
{
    expect_tree_at("x = 1 + 2 * 3\n", "(=@1:0-1:13 x@1:0-1:1 (+@1:4-1:13 1@1:4-1:5 "
                                       "(*@1:8-1:13 2@1:8-1:9 3@1:12-1:13)))");
    expect_tree_at("not a and b or c\n",
                   "(or@1:0-1:16 (and@1:0-1:11 (not@1:0-1:5 a@1:4-1:5) b@1:10-1:11) c@1:15-1:16)");
    expect_tree_at("a < b < c\n", "(cmp@1:0-1:9 a@1:0-1:1 < b@1:4-1:5 < c@1:8-1:9)");
    expect_tree_at("-2 ** 2\n", "(neg@1:0-1:7 (**@1:1-1:7 2@1:1-1:2 2@1:6-1:7))");
    expect_tree_at("foo(a, b=1).c\n",
                   "(.@1:0-1:13 (call@1:0-1:11 foo@1:0-1:3 a@1:4-1:5 b=1@1:9-1:10) c)");
    expect_tree_at("x = (1)\n", "(=@1:0-1:7 x@1:0-1:1 1@1:5-1:6)");
    expect_tree_at("(n := 10)\n", "(:=@1:1-1:8 n@1:1-1:2 10@1:6-1:8)");
}
END_TEST

START_TEST(positions_across_lines)
{
    expect_tree_at("x = [1,\n     2]\n",
                   "(=@1:0-2:7 x@1:0-1:1 (list@1:4-2:7 1@1:5-1:6 2@2:5-2:6))");
    expect_tree_at("x = \"a\" \\\n  \"b\"\n", "(=@1:0-2:5 x@1:0-1:1 'ab'@1:4-2:5)");
    expect_tree_at("x = 1 \\\n  + 2\n", "(=@1:0-2:5 x@1:0-1:1 (+@1:4-2:5 1@1:4-1:5 2@2:4-2:5))");
    expect_tree_at("x = \"\"\"a\nb\"\"\"\n", "(=@1:0-2:4 x@1:0-1:1 'a\\nb'@1:4-2:4)");
}
END_TEST

START_TEST(statement_positions)
{
    expect_tree_at("x = 1; y = 2\n",
                   "(=@1:0-1:5 x@1:0-1:1 1@1:4-1:5) (=@1:7-1:12 y@1:7-1:8 2@1:11-1:12)");
    expect_tree_at("del a, b\n", "(del@1:0-1:8 a@1:4-1:5 b@1:7-1:8)");
    expect_tree_at("x += 1\n", "(+=@1:0-1:6 x@1:0-1:1 1@1:5-1:6)");
    /* Compound statements: the start, the test and the body (their end is
     * not pinned, see the report). */
    rv_module_ast_t *m = parse("if a:\n    pass\nelif b:\n    x = 1\n");
    const rv_node_t *n = m->body.items[0];
    ck_assert_int_eq(n->kind, RV_N_IF);
    ck_assert_int_eq(n->line, 1);
    ck_assert_int_eq(n->col, 0);
    ck_assert_int_eq(n->u.if_.test->col, 3);
    const rv_node_t *elif = n->u.if_.orelse.items[0];
    ck_assert_int_eq(elif->kind, RV_N_IF);
    ck_assert_int_eq(elif->line, 3);
    ck_assert_int_eq(elif->col, 0);
    ck_assert_int_eq(elif->u.if_.test->col, 5);
    const rv_node_t *assign = elif->u.if_.body.items[0];
    ck_assert_int_eq(assign->line, 4);
    ck_assert_int_eq(assign->col, 4);
    ck_assert_int_eq(assign->end_line, 4);
    ck_assert_int_eq(assign->end_col, 9);
    rv_ast_free(m);
}
END_TEST

/******************************************************************************/
/* statements                                                                 */

START_TEST(assignment_chain_stores_every_target)
{
    expect_tree("x = y = z = 1\n", "(= x y z 1)");
    rv_module_ast_t *m = parse("x = y = z\n");
    const rv_node_t *n = m->body.items[0];
    ck_assert_int_eq(n->kind, RV_N_ASSIGN);
    ck_assert_uint_eq(n->u.assign.targets.len, 2);
    ck_assert_int_eq(n->u.assign.targets.items[0]->u.name.ctx, RV_STORE);
    ck_assert_int_eq(n->u.assign.targets.items[1]->u.name.ctx, RV_STORE);
    ck_assert_int_eq(n->u.assign.value->u.name.ctx, RV_LOAD);
    rv_ast_free(m);
}
END_TEST

START_TEST(tuple_assignment)
{
    expect_tree("a, b = b, a\n", "(= (tuple a b) (tuple b a))");
    expect_tree("x = 1,\n", "(= x (tuple 1))");
    rv_module_ast_t *m = parse("a, b = c\n");
    const rv_node_t *t = m->body.items[0]->u.assign.targets.items[0];
    ck_assert_int_eq(t->kind, RV_N_TUPLE);
    ck_assert_int_eq(t->u.seq.ctx, RV_STORE);
    ck_assert_int_eq(t->u.seq.elts.items[1]->u.name.ctx, RV_STORE);
    rv_ast_free(m);
}
END_TEST

START_TEST(augmented_assignment)
{
    expect_tree("x += 1; y **= 2; z //= 3; w >>= 4; v @= m; a.b -= 1; c[0] |= 2\n",
                "(+= x 1) (**= y 2) (//= z 3) (>>= w 4) (@= v m) (-= (. a b) 1) (|= ([] c 0) 2)");
    rv_module_ast_t *m = parse("a.b %= 3\n");
    const rv_node_t *n = m->body.items[0];
    ck_assert_int_eq(n->kind, RV_N_AUGASSIGN);
    ck_assert_int_eq(n->u.augassign.op, RV_OP_MOD);
    ck_assert_int_eq(n->u.augassign.target->u.attribute.ctx, RV_STORE);
    rv_ast_free(m);
}
END_TEST

START_TEST(starred_unpacking)
{
    expect_tree("a, *b = c\n", "(= (tuple a (* b)) c)");
    expect_tree("[a, *b], c = d\n", "(= (tuple (list a (* b)) c) d)");
    expect_tree_at("*a, b = c\n",
                   "(=@1:0-1:9 (tuple@1:0-1:5 (*@1:0-1:2 a@1:1-1:2) b@1:4-1:5) c@1:8-1:9)");
    rv_module_ast_t *m = parse("a, *b = c\n");
    const rv_node_t *s = m->body.items[0]->u.assign.targets.items[0]->u.seq.elts.items[1];
    ck_assert_int_eq(s->kind, RV_N_STARRED);
    ck_assert_int_eq(s->u.starred.ctx, RV_STORE);
    ck_assert_int_eq(s->u.starred.value->u.name.ctx, RV_STORE);
    rv_ast_free(m);
}
END_TEST

START_TEST(del_targets)
{
    expect_tree("del a, b[0], c.d\n", "(del a ([] b 0) (. c d))");
    expect_tree("del (a, b)\n", "(del (tuple a b))");
    rv_module_ast_t *m = parse("del a, b[0], c.d\n");
    const rv_nodes_t *t = &m->body.items[0]->u.del.targets;
    ck_assert_int_eq(t->items[0]->u.name.ctx, RV_DEL);
    ck_assert_int_eq(t->items[1]->u.subscript.ctx, RV_DEL);
    ck_assert_int_eq(t->items[2]->u.attribute.ctx, RV_DEL);
    ck_assert_int_eq(t->items[1]->u.subscript.value->u.name.ctx, RV_LOAD);
    rv_ast_free(m);
}
END_TEST

START_TEST(if_elif_else)
{
    expect_tree("if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
                "(if a (pass) ((if b ((= x 1)) ((= y 2)))))");
    expect_tree("if a: pass\n", "(if a (pass) ())");
}
END_TEST

START_TEST(loops_with_else)
{
    expect_tree("while x:\n    break\nelse:\n    pass\n", "(while x (break) (pass))");
    expect_tree("for i, j in z:\n    continue\nelse:\n    pass\n",
                "(for (tuple i j) z (continue) (pass))");
    rv_module_ast_t *m = parse("for i in z:\n    pass\n");
    ck_assert_int_eq(m->body.items[0]->u.for_.target->u.name.ctx, RV_STORE);
    rv_ast_free(m);
}
END_TEST

START_TEST(comprehensions)
{
    expect_tree("[x * y for x in a if x for y in b if y > 1 if y]\n",
                "(listcomp (* x y) (for x a if x) (for y b if (cmp y > 1) if y))");
    expect_tree("{k: v for k, v in d}\n", "(dictcomp k v (for (tuple k v) d))");
    expect_tree("{x for x in s}\n", "(setcomp x (for x s))");
    expect_tree("(x for x in y)\n", "(genexp x (for x y))");
    expect_tree_at("[x for x in a if x]\n",
                   "(listcomp@1:0-1:19 x@1:1-1:2 (for x@1:7-1:8 a@1:12-1:13 if x@1:17-1:18))");
}
END_TEST

START_TEST(slices_with_steps)
{
    expect_tree("a[1:2:3], a[::2], a[:], a[1:], a[::-1], a[1:2, 3]\n",
                "(tuple ([] a (slice 1 2 3)) ([] a (slice _ _ 2)) ([] a (slice _ _ _)) "
                "([] a (slice 1 _ _)) ([] a (slice _ _ (neg 1))) ([] a (tuple (slice 1 2 _) 3)))");
    expect_tree_at("x[1:2, ::3]\n",
                   "([]@1:0-1:11 x@1:0-1:1 (tuple@1:2-1:10 (slice@1:2-1:5 1@1:2-1:3 2@1:4-1:5 _) "
                   "(slice@1:7-1:10 _ _ 3@1:9-1:10)))");
}
END_TEST

START_TEST(named_expression)
{
    expect_tree("(n := 10)\n", "(:= n 10)");
    expect_tree("if (n := len(a)) > 10:\n    pass\n",
                "(if (cmp (:= n (call len a)) > 10) (pass) ())");
}
END_TEST

START_TEST(displays)
{
    expect_tree("{**a, \"b\": 1}\n", "(dict ** a 'b' 1)");
    expect_tree("{}\n", "(dict)");
    expect_tree("{1, 2}\n", "(set 1 2)");
    expect_tree("[]\n", "(list)");
    expect_tree("()\n", "(tuple)");
    expect_tree("(1,)\n", "(tuple 1)");
    expect_tree("(1)\n", "1");
}
END_TEST

/******************************************************************************/
/* literals                                                                   */

START_TEST(number_literals)
{
    expect_tree("x = 0xff + 0o17 + 0b101 + 1_000 + 1e-5 + .5 + 10.\n",
                "(= x (+ (+ (+ (+ (+ (+ 255 15) 5) 1000) 1e-05) 0.5) 10.0))");
    expect_tree("2 ** 70\n", "(** 2 70)");
    expect_tree("1267650600228229401496703205376\n", "1267650600228229401496703205376");
}
END_TEST

START_TEST(string_concatenation_and_escapes)
{
    expect_tree("x = 'a' \"b\" '''c'''\n", "(= x 'abc')");
    expect_tree("x = 'a\\tb\\x41\\u00e9\\101' + r'\\n'\n",
                "(= x (+ 'a\\tbA\xC3\xA9" "A' '\\\\n'))");
    expect_tree("x = 'it\\'s' + \"\\\"q\\\"\"\n", "(= x (+ \"it's\" '\"q\"'))");
}
END_TEST

START_TEST(fstring_fields)
{
    expect_tree("f\"{x!r:>10}\"\n", "(f (fv x !r (f '>10')))");
    expect_tree("f\"a{b}c{d:{w}.{p}}\"\n", "(f 'a' (fv b) 'c' (fv d (f (fv w) '.' (fv p))))");
    expect_tree("f'{{a}} {b!s} {c!a}'\n", "(f '{a} ' (fv b !s) ' ' (fv c !a))");
    expect_tree("f'{a[\"k\"]} {x = :.2f}'\n", "(f (fv ([] a 'k')) ' x = ' (fv x (f '.2f')))");
    expect_tree("f\"{x=}\"\n", "(f 'x=' (fv x !r))");
    expect_tree("x = 'a' f'{b}' 'c'\n", "(= x (f 'a' (fv b) 'c'))");
}
END_TEST

/******************************************************************************/
/* match statements                                                           */

START_TEST(match_is_a_soft_keyword)
{
    expect_tree("match = 1\n", "(= match 1)");
    expect_tree("match(x)\n", "(call match x)");
    expect_tree("match[0]: int = 3\n", "(AnnAssign)");
    expect_tree("match * x\n", "(* match x)");
    expect_tree("case = match\n", "(= case match)");
    expect_tree("match x:\n    case match: pass\n", "(match x (case (as _ match) (pass)))");
    expect_tree("match x, *y:\n    case case: pass\n",
                "(match (tuple x (* y)) (case (as _ case) (pass)))");
}
END_TEST

START_TEST(patterns)
{
    expect_tree("match x:\n    case 1 | -2 | 'a' 'b' | None | a.b:\n        pass\n",
                "(match x (case (| (value 1) (value (neg 2)) (value 'ab') (None) (value (. a b)))"
                " (pass)))");
    expect_tree("match x:\n    case [a, *rest, _] | (a, *_, rest) | a, rest:\n        pass\n",
                "(match x (case (seq (| (seq (as _ a) (* rest) (as _ _)) (seq (as _ a) (* _) "
                "(as _ rest)) (as _ a)) (as _ rest)) (pass)))");
    expect_tree("match x:\n    case {'k': v, a.b: [1], **rest}:\n        pass\n",
                "(match x (case (map 'k' (as _ v) (. a b) (seq (value 1)) **rest) (pass)))");
    expect_tree("match x:\n    case P(0, y=(q as z)) if q > z:\n        pass\n",
                "(match x (case (class P (value 0) y=(as (as _ q) z)) if (cmp q > z) (pass)))");
    expect_tree("match x:\n    case (1):\n        pass\n    case ():\n        pass\n",
                "(match x (case (value 1) (pass)) (case (seq) (pass)))");
}
END_TEST

START_TEST(pattern_positions)
{
    expect_tree_at("match x:\n    case [a, *b] as c:\n        pass\n",
                   "(match@1:0-3:12 x@1:6-1:7 (case@2:9-2:21 (as@2:9-2:21 (seq@2:9-2:16 "
                   "(as@2:10-2:11 _ a) (*@2:13-2:15 b)) c) (pass@3:8-3:12)))");
    expect_tree_at("match x:\n    case P(a=1) | {1: _}:\n        pass\n",
                   "(match@1:0-3:12 x@1:6-1:7 (case@2:9-2:24 (|@2:9-2:24 (class@2:9-2:15 "
                   "P@2:9-2:10 a=(value@2:13-2:14 1@2:13-2:14)) (map@2:18-2:24 1@2:19-2:20 "
                   "(as@2:22-2:23 _ _))) (pass@3:8-3:12)))");
}
END_TEST

START_TEST(pattern_errors)
{
    expect_syntax("match x\n    case 1: pass\n", "expected ':'", 1, 8);
    expect_syntax("match x y:\n    case 1: pass\n", "invalid syntax", 1, 9);
    expect_syntax("match x:\n    pass\n", "invalid syntax", 2, 5);
    expect_syntax("match x:\n    case 1\n        pass\n", "expected ':'", 2, 11);
    expect_syntax("match x:\n    case {a: 1}: pass\n", "invalid syntax", 2, 12);
    expect_syntax("match x:\n    case 1 + 2: pass\n",
                  "imaginary number required in complex literal", 2, 14);
    expect_syntax("match x:\n    case 1 as 2: pass\n", "invalid pattern target", 2, 15);
    expect_syntax("match x:\n    case (a as _): pass\n", "cannot use '_' as a target", 2, 16);
    expect_syntax("match x:\n    case P(a=1, 2, 3): pass\n",
                  "positional patterns follow keyword patterns", 2, 17);
    expect_syntax("match x:\n    case {**rest, 'a': 1}: pass\n", "invalid syntax", 2, 19);
    expect_syntax("match x:\n    case *a: pass\n", "invalid syntax", 2, 12);
    expect_syntax("match x:\n    case _.x: pass\n", "invalid syntax", 2, 11);
    expect_indentation("match x:\ncase 1:\n    pass\n",
                       "expected an indented block after 'match' statement on line 1", 2, 1);
    expect_indentation("match x:\n    case 1:\n    pass\n",
                       "expected an indented block after 'case' statement on line 2", 3, 5);
}
END_TEST

/******************************************************************************/
/* syntax errors                                                              */

START_TEST(invalid_syntax)
{
    expect_syntax("x = 1 +\n", "invalid syntax", 1, 8);
    expect_syntax("x = 1 2\n", "invalid syntax", 1, 7);
    expect_syntax("else:\n    pass\n", "invalid syntax", 1, 1);
    expect_syntax("class:\n    pass\n", "invalid syntax", 1, 6);
    expect_syntax("import 1\n", "invalid syntax", 1, 8);
    expect_syntax("if x:\n    pass\n    else:\n", "invalid syntax", 3, 5);
}
END_TEST

START_TEST(expected_colon)
{
    expect_syntax("if x\n    pass\n", "expected ':'", 1, 5);
    expect_syntax("while True\n    pass\n", "expected ':'", 1, 11);
    expect_syntax("for x in y\n    pass\n", "expected ':'", 1, 11);
    expect_syntax("def f()\n    pass\n", "expected ':'", 1, 8);
    expect_syntax("class C\n    pass\n", "expected ':'", 1, 8);
    expect_syntax("if x:\n    pass\nelif y\n    pass\n", "expected ':'", 3, 7);
}
END_TEST

START_TEST(cannot_assign_with_the_comparison_hint)
{
    const char *hint = " here. Maybe you meant '==' instead of '='?";
    char msg[128];
    snprintf(msg, sizeof msg, "cannot assign to literal%s", hint);
    expect_syntax("1 = x\n", msg, 1, 1);
    snprintf(msg, sizeof msg, "cannot assign to function call%s", hint);
    expect_syntax("f() = 1\n", msg, 1, 1);
    snprintf(msg, sizeof msg, "cannot assign to expression%s", hint);
    expect_syntax("x + 1 = 2\n", msg, 1, 1);
    snprintf(msg, sizeof msg, "cannot assign to ellipsis%s", hint);
    expect_syntax("... = 1\n", msg, 1, 1);
    snprintf(msg, sizeof msg, "cannot assign to list comprehension%s", hint);
    expect_syntax("[x for x in y] = 1\n", msg, 1, 1);
    snprintf(msg, sizeof msg, "cannot assign to dict literal%s", hint);
    expect_syntax("{} = 1\n", msg, 1, 1);
}
END_TEST

START_TEST(cannot_assign_or_delete)
{
    expect_syntax("for 1 in x:\n    pass\n", "cannot assign to literal", 1, 5);
    expect_syntax("with a as 1:\n    pass\n", "cannot assign to literal", 1, 11);
    expect_syntax("del 1\n", "cannot delete literal", 1, 5);
    expect_syntax("del f()\n", "cannot delete function call", 1, 5);
    expect_syntax("a.b := 1\n", "cannot use assignment expressions with attribute", 1, 1);
}
END_TEST

START_TEST(illegal_augmented_targets)
{
    expect_syntax("a, b += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 1);
    expect_syntax("[a] += 1\n", "'list' is an illegal expression for augmented assignment", 1, 1);
    expect_syntax("1 += 1\n", "'literal' is an illegal expression for augmented assignment", 1, 1);
}
END_TEST

START_TEST(misplaced_starred)
{
    expect_syntax("*a\n", "can't use starred expression here", 1, 1);
    expect_syntax("(*a)\n", "cannot use starred expression here", 1, 2);
    expect_syntax("[*a for a in b]\n", "iterable unpacking cannot be used in comprehension", 1, 2);
}
END_TEST

START_TEST(never_closed_brackets)
{
    expect_syntax("(1, 2\n", "'(' was never closed", 1, 1);
    expect_syntax("x = (1,\n 2\n", "'(' was never closed", 1, 5);
    expect_syntax("x = (1 +\n", "'(' was never closed", 1, 5);
    expect_syntax("x = [1, 2\ny = 3\n", "'[' was never closed", 1, 5);
}
END_TEST

START_TEST(python2_print_statement)
{
    const char *msg = "Missing parentheses in call to 'print'. Did you mean print(...)?";
    expect_syntax("print 'hi'\n", msg, 1, 1);
    expect_syntax("print 1, 2\n", msg, 1, 1);
    expect_syntax("exec 'x'\n", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1,
                  1);
}
END_TEST

START_TEST(outside_loop_or_function)
{
    expect_syntax("break\n", "'break' outside loop", 1, 1);
    expect_syntax("if x:\n    continue\n", "'continue' not properly in loop", 2, 5);
    expect_syntax("return 1\n", "'return' outside function", 1, 1);
    expect_syntax("x = yield\n", "'yield' outside function", 1, 5);
}
END_TEST

START_TEST(parameter_and_argument_errors)
{
    expect_syntax("def f(a=1, b):\n    pass\n", "non-default argument follows default argument", 1,
                  12);
    expect_syntax("lambda x=1, y: 0\n", "non-default argument follows default argument", 1, 13);
    expect_syntax("def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition", 1,
                  10);
    expect_syntax("def f(*, *a): pass\n", "* argument may appear only once", 1, 10);
    expect_syntax("f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1, 3);
    expect_syntax("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8);
    expect_syntax("f(**a, *b)\n",
                  "iterable argument unpacking follows keyword argument unpacking", 1, 8);
    expect_syntax("f(a + 1 = 2)\n",
                  "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3);
    expect_syntax("try:\n    pass\nexcept A, B:\n    pass\n",
                  "multiple exception types must be parenthesized", 3, 8);
}
END_TEST

/******************************************************************************/
/* indentation errors                                                         */

START_TEST(expected_an_indented_block)
{
    expect_indentation("if x:\npass\n", "expected an indented block after 'if' statement on line 1",
                       2, 1);
    expect_indentation("if x:\n    pass\nelse:\ny\n",
                       "expected an indented block after 'else' statement on line 3", 4, 1);
    expect_indentation("for x in y:\nz\n",
                       "expected an indented block after 'for' statement on line 1", 2, 1);
    expect_indentation("while x:\nz\n",
                       "expected an indented block after 'while' statement on line 1", 2, 1);
    expect_indentation("def f():\nreturn\n",
                       "expected an indented block after function definition on line 1", 2, 1);
    expect_indentation("class C:\nx\n",
                       "expected an indented block after class definition on line 1", 2, 1);
    expect_indentation("try:\n    pass\nexcept:\nx\n",
                       "expected an indented block after 'except' statement on line 3", 4, 1);
    expect_indentation("with a:\nx\n",
                       "expected an indented block after 'with' statement on line 1", 2, 1);
}
END_TEST

START_TEST(unexpected_indent)
{
    /* python3's offset is the width of the indentation (2 and 5 here); only
     * the message, the line and the type are pinned. */
    expect_indentation("  x = 1\n", "unexpected indent", 1, 0);
    expect_indentation("def f():\n    x = 1\n     y = 2\n", "unexpected indent", 3, 0);
}
END_TEST

/******************************************************************************/
/* reporting                                                                  */

START_TEST(formatted_like_python3)
{
    static const struct {
        const char *src, *want;
    } cases[] = {
        { "x = 1 +\n",
          "  File \"t.py\", line 1\n"
          "    x = 1 +\n"
          "           ^\n"
          "SyntaxError: invalid syntax\n" },
        { "if x:\n    f() = 1\n",
          "  File \"t.py\", line 2\n"
          "    f() = 1\n"
          "    ^^^\n"
          "SyntaxError: cannot assign to function call here. "
          "Maybe you meant '==' instead of '='?\n" },
        { "x = (1, 2\n",
          "  File \"t.py\", line 1\n"
          "    x = (1, 2\n"
          "        ^\n"
          "SyntaxError: '(' was never closed\n" },
        { "for x in y:\nz\n",
          "  File \"t.py\", line 2\n"
          "    z\n"
          "    ^\n"
          "IndentationError: expected an indented block after 'for' statement on line 1\n" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rv_syntax_error_t err;
        const char *src = cases[i].src;
        ck_assert_ptr_null(rv_parse("t.py", src, strlen(src), &err));
        rv_buf_truncate(&out, 0);
        rv_format_syntax_error(&err, "t.py", src, &out);
        ck_assert_str_eq(rv_buf_cstr(&out), cases[i].want);
    }
}
END_TEST

START_TEST(errors_release_the_constants)
{
    /* Constants made before the error are freed with the arena (the
     * fixture checks the heap is empty). */
    expect_syntax("x = 10 ** 30\ny = 'abc' + f'{z:>3}'\nz = 2.5\n1 = 2\n",
                  "cannot assign to literal here. Maybe you meant '==' instead of '='?", 4, 1);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("parser");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "power vs unary", power_binds_tighter_than_a_unary_on_its_left },
        { "power right assoc", power_is_right_associative },
        { "left assoc", other_binary_operators_are_left_associative },
        { "precedence levels", binary_precedence_levels },
        { "comparison chains", comparisons_chain_into_one_node },
        { "not and or", not_and_or },
        { "ifexp lambda", conditional_expression_and_lambda },
        { "call arguments", call_arguments },
        { "expression positions", expression_positions },
        { "multi-line positions", positions_across_lines },
        { "statement positions", statement_positions },
        { "assignment chain", assignment_chain_stores_every_target },
        { "tuple assignment", tuple_assignment },
        { "augmented assignment", augmented_assignment },
        { "starred unpacking", starred_unpacking },
        { "del", del_targets },
        { "if elif else", if_elif_else },
        { "loops with else", loops_with_else },
        { "comprehensions", comprehensions },
        { "slices", slices_with_steps },
        { "named expression", named_expression },
        { "displays", displays },
        { "numbers", number_literals },
        { "strings", string_concatenation_and_escapes },
        { "f-strings", fstring_fields },
        { "match soft keyword", match_is_a_soft_keyword },
        { "patterns", patterns },
        { "pattern positions", pattern_positions },
        { "pattern errors", pattern_errors },
        { "invalid syntax", invalid_syntax },
        { "expected colon", expected_colon },
        { "assign hint", cannot_assign_with_the_comparison_hint },
        { "assign delete", cannot_assign_or_delete },
        { "augmented targets", illegal_augmented_targets },
        { "starred errors", misplaced_starred },
        { "never closed", never_closed_brackets },
        { "print statement", python2_print_statement },
        { "outside loop function", outside_loop_or_function },
        { "parameters arguments", parameter_and_argument_errors },
        { "indented block", expected_an_indented_block },
        { "unexpected indent", unexpected_indent },
        { "formatting", formatted_like_python3 },
        { "error cleanup", errors_release_the_constants },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_add_checked_fixture(tc, rv_test_setup, rv_test_teardown);
        tcase_add_test(tc, cases[i].test);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    int r = rv_test_run(suite());
    rv_buf_free(&out);
    return r;
}
