/* src/lang/parse/ast.h - the abstract syntax tree the parser builds and the
 * compiler reads.  It follows CPython's ast module (Python/Python.asdl) so
 * that its shapes and names are familiar; every node carries its source
 * position.
 *
 * All nodes and arrays of one module live in the module's arena and are freed
 * together by rv_ast_free.  Constant nodes own one reference to their value
 * object (released by rv_ast_free). */
#ifndef RV_LANG_AST_H
#define RV_LANG_AST_H

#include <stdbool.h>
#include <stddef.h>

#include "core/object.h"

typedef struct rv_node rv_node_t;

typedef struct rv_nodes {
    rv_node_t **items;
    size_t len;
} rv_nodes_t;

typedef enum rv_node_kind {
    /* statements */
    RV_N_FUNCTIONDEF, RV_N_CLASSDEF, RV_N_RETURN, RV_N_DELETE, RV_N_ASSIGN,
    RV_N_AUGASSIGN, RV_N_ANNASSIGN, RV_N_FOR, RV_N_WHILE, RV_N_IF, RV_N_WITH,
    RV_N_RAISE, RV_N_TRY, RV_N_ASSERT, RV_N_IMPORT, RV_N_IMPORTFROM,
    RV_N_GLOBAL, RV_N_NONLOCAL, RV_N_EXPR, RV_N_PASS, RV_N_BREAK, RV_N_CONTINUE,
    RV_N_MATCH,
    /* expressions */
    RV_N_BOOLOP, RV_N_NAMEDEXPR, RV_N_BINOP, RV_N_UNARYOP, RV_N_LAMBDA,
    RV_N_IFEXP, RV_N_DICT, RV_N_SET, RV_N_LISTCOMP, RV_N_SETCOMP,
    RV_N_DICTCOMP, RV_N_GENEXP, RV_N_AWAIT, RV_N_YIELD, RV_N_YIELDFROM,
    RV_N_COMPARE, RV_N_CALL, RV_N_FORMATTEDVALUE, RV_N_JOINEDSTR,
    RV_N_CONSTANT, RV_N_ATTRIBUTE, RV_N_SUBSCRIPT, RV_N_STARRED, RV_N_NAME,
    RV_N_LIST, RV_N_TUPLE, RV_N_SLICE,
    /* helpers */
    RV_N_EXCEPTHANDLER, RV_N_KEYWORD, RV_N_ALIAS, RV_N_COMPREHENSION,
    RV_N_ARGUMENTS, RV_N_ARG, RV_N_WITHITEM, RV_N_MATCH_CASE,
    /* patterns (PEP 634), as CPython's ast names them */
    RV_N_MATCHVALUE, RV_N_MATCHSINGLETON, RV_N_MATCHSEQUENCE, RV_N_MATCHMAPPING,
    RV_N_MATCHCLASS, RV_N_MATCHSTAR, RV_N_MATCHAS, RV_N_MATCHOR,
    RV_N__COUNT
} rv_node_kind_t;

/* Expression context, as in CPython's ast: where a Name/Attribute/
 * Subscript/Starred/List/Tuple appears. */
typedef enum rv_ctx { RV_LOAD, RV_STORE, RV_DEL } rv_ctx_t;

typedef enum rv_boolop { RV_AND, RV_OR } rv_boolop_t;

/* Unary operators of the syntax (not is not a type slot). */
typedef enum rv_unaryop { RV_U_INVERT, RV_U_NOT, RV_U_UADD, RV_U_USUB } rv_unaryop_t;

/* Comparison operators of the syntax. */
typedef enum rv_cmp {
    RV_C_EQ, RV_C_NOTEQ, RV_C_LT, RV_C_LTE, RV_C_GT, RV_C_GTE,
    RV_C_IS, RV_C_ISNOT, RV_C_IN, RV_C_NOTIN
} rv_cmp_t;

struct rv_node {
    rv_node_kind_t kind;
    int line, col;          /* 1-based line, 0-based column (in code points) */
    int end_line, end_col;  /* end position, exclusive column */
    union {
        /* ---- statements ---- */
        /* line (above) is the first decorator's; def_line the keyword's */
        struct { const char *name; rv_node_t *args; rv_nodes_t body;
                 rv_nodes_t decorators; rv_node_t *returns; int def_line; } funcdef;   /* args: RV_N_ARGUMENTS */
        struct { const char *name; rv_nodes_t bases; rv_nodes_t keywords;
                 rv_nodes_t body; rv_nodes_t decorators; int def_line; } classdef;
        struct { rv_node_t *value; } ret;                 /* value may be NULL */
        struct { rv_nodes_t targets; } del;
        struct { rv_nodes_t targets; rv_node_t *value; } assign;   /* a = b = v: 2 targets */
        struct { rv_node_t *target; rv_binop_t op; rv_node_t *value; } augassign;
        struct { rv_node_t *target; rv_node_t *annotation; rv_node_t *value;
                 bool simple; } annassign;                 /* value may be NULL */
        struct { rv_node_t *target; rv_node_t *iter; rv_nodes_t body;
                 rv_nodes_t orelse; } for_;
        struct { rv_node_t *test; rv_nodes_t body; rv_nodes_t orelse; } while_;
        struct { rv_node_t *test; rv_nodes_t body; rv_nodes_t orelse; } if_;  /* elif: one If in orelse */
        struct { rv_nodes_t items; rv_nodes_t body; } with;        /* items: RV_N_WITHITEM */
        struct { rv_node_t *exc; rv_node_t *cause; } raise;        /* both may be NULL */
        struct { rv_nodes_t body; rv_nodes_t handlers; rv_nodes_t orelse;
                 rv_nodes_t finalbody; } try_;                     /* handlers: RV_N_EXCEPTHANDLER */
        struct { rv_node_t *test; rv_node_t *msg; } assert_;      /* msg may be NULL */
        struct { rv_nodes_t names; } import;                       /* RV_N_ALIAS */
        struct { const char *module; rv_nodes_t names; int level; } importfrom; /* module NULL for "from . import x" */
        struct { const char **names; size_t len; } global;         /* global and nonlocal */
        struct { rv_node_t *value; } expr;                         /* RV_N_EXPR */
        struct { rv_node_t *subject; rv_nodes_t cases; } match;   /* cases: RV_N_MATCH_CASE */

        /* ---- expressions ---- */
        struct { rv_boolop_t op; rv_nodes_t values; } boolop;
        struct { rv_node_t *target; rv_node_t *value; } namedexpr;
        struct { rv_node_t *left; rv_binop_t op; rv_node_t *right; } binop;
        struct { rv_unaryop_t op; rv_node_t *operand; } unaryop;
        struct { rv_node_t *args; rv_node_t *body; } lambda;
        struct { rv_node_t *test; rv_node_t *body; rv_node_t *orelse; } ifexp;
        struct { rv_nodes_t keys; rv_nodes_t values; } dict;       /* a NULL key: **value */
        struct { rv_nodes_t elts; } set;
        struct { rv_node_t *elt; rv_node_t *value; rv_nodes_t generators; } comp; /* ListComp/SetComp/GenExp use elt; DictComp uses elt as key and value */
        struct { rv_node_t *value; } await_;
        struct { rv_node_t *value; } yield;                        /* Yield (value may be NULL) and YieldFrom */
        struct { rv_node_t *left; rv_cmp_t *ops; rv_nodes_t comparators; } compare;
        struct { rv_node_t *func; rv_nodes_t args; rv_nodes_t keywords; } call; /* args may hold Starred; keywords: RV_N_KEYWORD */
        struct { rv_node_t *value; int conversion; rv_node_t *format_spec; } formatted; /* conversion: -1, 's', 'r', 'a'; spec: JoinedStr or NULL */
        struct { rv_nodes_t values; } joined;                      /* Constant str and FormattedValue parts */
        struct { rv_obj_t *value; } constant;                      /* owned reference */
        struct { rv_node_t *value; const char *attr; rv_ctx_t ctx; } attribute;
        struct { rv_node_t *value; rv_node_t *slice; rv_ctx_t ctx; } subscript;
        struct { rv_node_t *value; rv_ctx_t ctx; } starred;
        struct { const char *id; rv_ctx_t ctx; } name;
        struct { rv_nodes_t elts; rv_ctx_t ctx; } seq;             /* List and Tuple */
        struct { rv_node_t *lower; rv_node_t *upper; rv_node_t *step; } slice; /* each may be NULL */

        /* ---- helpers ---- */
        struct { rv_node_t *type; const char *name; rv_nodes_t body; } handler; /* type, name may be NULL */
        struct { const char *arg; rv_node_t *value; } keyword;     /* arg NULL: **value */
        struct { const char *name; const char *asname; } alias;    /* dotted name; asname may be NULL */
        struct { rv_node_t *target; rv_node_t *iter; rv_nodes_t ifs; bool is_async; } comprehension;
        struct { rv_nodes_t posonlyargs; rv_nodes_t args; rv_node_t *vararg;
                 rv_nodes_t kwonlyargs; rv_nodes_t kw_defaults; /* NULL entries: no default */
                 rv_node_t *kwarg; rv_nodes_t defaults; } arguments;  /* RV_N_ARG entries */
        struct { const char *arg; rv_node_t *annotation; } arg;
        struct { rv_node_t *context_expr; rv_node_t *optional_vars; } withitem;
        /* line..end_col (above) are the pattern's, as a match_case has none */
        struct { rv_node_t *pattern; rv_node_t *guard; rv_nodes_t body; } match_case; /* guard may be NULL */

        /* ---- patterns ---- */
        /* value: a Constant, an Attribute (dotted name), or a signed number
         * or complex literal (UnaryOp/BinOp of constants) */
        struct { rv_node_t *value; } matchvalue;
        struct { rv_obj_t *value; } matchsingleton;                /* None, True, False */
        struct { rv_nodes_t patterns; } matchseq;                  /* MatchSequence and MatchOr */
        struct { rv_nodes_t keys; rv_nodes_t patterns; const char *rest; } matchmapping; /* rest may be NULL */
        /* cls: a Name or Attribute; kwd_attrs[i] names kwd_patterns[i] */
        struct { rv_node_t *cls; rv_nodes_t patterns; const char **kwd_attrs;
                 rv_nodes_t kwd_patterns; } matchclass;
        struct { const char *name; } matchstar;                     /* name NULL: *_ */
        /* `p as name`, a capture (pattern NULL) or the wildcard `_` (both NULL) */
        struct { rv_node_t *pattern; const char *name; } matchas;
    } u;
};

/* A parsed file. */
typedef struct rv_module_ast {
    rv_nodes_t body;
    char *filename;
    char *source;          /* the whole text, NUL-terminated (owned) */
    size_t nlines;
    const char **lines;    /* lines[i] points into a copy; without '\n' */
    struct rv_arena *arena;
} rv_module_ast_t;

/* A syntax error as CPython reports it. */
typedef struct rv_syntax_error {
    bool set;
    bool indentation;      /* IndentationError rather than SyntaxError */
    bool tab;              /* TabError (an IndentationError): tabs and spaces disagree */
    bool unsupported;      /* a construct outside refviz's subset: msg says what */
    bool bare;             /* printed without location lines, as python3 prints a
                            * file it cannot decode (lang/parse/coding.h) */
    char msg[512];         /* CPython's message text */
    int line;              /* 1-based */
    int col;               /* 1-based offset of the caret (CPython's "offset"); 0: no caret */
    int end_col;           /* 1-based, exclusive; == col + 1 for a single caret */
    int end_line;          /* past line: the carets run to the line's end; 0: line */
} rv_syntax_error_t;

/* Parses a whole file.  Returns NULL and fills err on a syntax error (the
 * source lines stay available through err's line numbers and src). */
rv_module_ast_t *rv_parse(const char *filename, const char *src, size_t len,
                          rv_syntax_error_t *err);
void rv_ast_free(rv_module_ast_t *m);

/* The arena: bump allocation for nodes, arrays and strings of one module. */
struct rv_arena;
struct rv_arena *rv_arena_new(void);
void *rv_arena_alloc(struct rv_arena *a, size_t n);
char *rv_arena_strndup(struct rv_arena *a, const char *s, size_t n);
void rv_arena_free(struct rv_arena *a);
/* The arena releases o (a reference the caller gives away) when freed. */
void rv_arena_keep(struct rv_arena *a, rv_obj_t *o);

const char *rv_node_kind_name(rv_node_kind_t k);

#endif
