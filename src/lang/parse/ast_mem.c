/* src/lang/parse/ast_mem.c - the arena behind an AST, and freeing a module. */
#include "lang/parse/ast.h"

#include <string.h>

#include "base/alloc.h"

typedef struct block {
    struct block *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
} block_t;

struct rv_arena {
    block_t *head;
    /* Constant nodes own references: remembered to release them. */
    rv_obj_t **objs;
    size_t nobjs, capobjs;
};

struct rv_arena *rv_arena_new(void)
{
    return rv_calloc(1, sizeof(struct rv_arena));
}

void *rv_arena_alloc(struct rv_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!a->head || a->head->used + n > a->head->cap) {
        size_t cap = n > 65536 ? n : 65536;
        block_t *b = rv_malloc(sizeof *b + cap);
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += n;
    return p;
}

char *rv_arena_strndup(struct rv_arena *a, const char *s, size_t n)
{
    char *d = rv_arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void rv_arena_keep(struct rv_arena *a, rv_obj_t *o)
{
    if (a->nobjs == a->capobjs) {
        a->capobjs = a->capobjs ? a->capobjs * 2 : 64;
        a->objs = rv_realloc(a->objs, a->capobjs * sizeof *a->objs);
    }
    a->objs[a->nobjs++] = o;
}

void rv_arena_free(struct rv_arena *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->nobjs; i++)
        rv_decref(a->objs[i]);
    rv_free(a->objs);
    for (block_t *b = a->head; b;) {
        block_t *next = b->next;
        rv_free(b);
        b = next;
    }
    rv_free(a);
}

void rv_ast_free(rv_module_ast_t *m)
{
    if (!m)
        return;
    rv_arena_free(m->arena);
    rv_free(m->filename);
    rv_free(m->source);
    rv_free(m->lines);
    rv_free(m);
}

const char *rv_node_kind_name(rv_node_kind_t k)
{
    static const char *const names[] = {
        "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign",
        "For", "While", "If", "With", "Raise", "Try", "Assert", "Import", "ImportFrom",
        "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue", "Match", "BoolOp", "NamedExpr",
        "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp",
        "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
        "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred",
        "Name", "List", "Tuple", "Slice", "ExceptHandler", "keyword", "alias",
        "comprehension", "arguments", "arg", "withitem", "match_case", "MatchValue",
        "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass", "MatchStar",
        "MatchAs", "MatchOr",
    };
    return (size_t)k < sizeof names / sizeof names[0] ? names[k] : "?";
}
