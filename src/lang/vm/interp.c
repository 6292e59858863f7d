/* src/lang/vm/interp.c - see interp.h. */
#include "lang/vm/interp.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "core/ucd.h"
#include "lang/compile/compile.h"
#include "lang/objects/dirnames.h"
#include "lang/vm/suggest.h"
#include "lang/vm/vm.h"

void rv_interp_init(void)
{
    rv_core_init();
    rv_lang_init();
    rv_heap_skip_ids(RV_FIRST_PROGRAM_ID);
}

void rv_interp_finalize(void)
{
    /* The program's garbage first, while modules and builtins exist: the
     * finally blocks of generators still suspended and __del__ methods run
     * as python3 runs them at shutdown (print() works in them), and none
     * makes builtins anew after rv_lang_finalize (they outlived the
     * interpreter, into the next one in the process).  Again while that
     * frees something: a finalizer can make new garbage. */
    size_t before;
    int passes = 0;
    do {
        before = rv_heap_count();
        rv_gc_collect();
    } while (rv_heap_count() < before && ++passes < 100);
    rv_lang_finalize();
    rv_core_finalize();
}

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

/* "<string>", "<stdin>": code that has no source file, by CPython's own
 * convention (linecache reads no such name). */
static bool is_pseudo_file(const char *filename)
{
    size_t n = strlen(filename);
    return n >= 2 && filename[0] == '<' && filename[n - 1] == '>';
}

char *rv_script_path(const char *filename)
{
    if (filename[0] == '/' || is_pseudo_file(filename))
        return rv_strdup(filename);
    /* _Py_abspath: the working directory, a slash and the name as given,
     * not normalized ("/tmp/./x.py"; "//x.py" in "/").  Without a working
     * directory (in CPython's MAXPATHLEN buffer) the name stays relative. */
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        return rv_strdup(filename);
    size_t a = strlen(cwd), b = strlen(filename);
    char *path = rv_malloc(a + 1 + b + 1);
    memcpy(path, cwd, a);
    path[a] = '/';
    memcpy(path + a + 1, filename, b + 1);
    return path;
}

static const char *nth_line(const char *src, int line, size_t *len)
{
    const char *p = src;
    for (int i = 1; i < line && p; i++) {
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    if (!p || !*p) {
        *len = 0;
        return NULL;
    }
    const char *e = strchr(p, '\n');
    *len = e ? (size_t)(e - p) : strlen(p);
    if (*len && p[*len - 1] == '\r')
        (*len)--;
    return p;
}

/* The "Did you mean" of CPython's print_exception (new str), or NULL.  An
 * AttributeError's is computed now, from dir() of the object as it is when
 * the traceback is printed; only AttributeError itself has one. */
static rv_obj_t *suggestion(rv_obj_t *exc)
{
    rv_exc_t *e = (rv_exc_t *)exc;
    if (e->suggestion)
        return rv_incref(e->suggestion);
    if (!RV_IS(exc, rv_exc_AttributeError) || !e->obj || !e->name ||
        !RV_IS(e->name, rv_str_type))
        return NULL;
    return rv_suggest_attr(e->obj, e->name);
}

void rv_format_exception_only(rv_obj_t *exc, rv_buf_t *out)
{
    rv_buf_adds(out, exc->type->name);
    rv_obj_t *msg = rv_exc_message(exc);
    if (!msg) {
        rv_err_clear();
        rv_buf_adds(out, ": <exception str() failed>");
    } else {
        if (rv_str_nbytes(msg)) {
            rv_buf_adds(out, ": ");
            rv_buf_add(out, rv_str_utf8(msg), rv_str_nbytes(msg));
        }
        /* Quoted as is, not repr()'d: 3.11 formats it with '%U'. */
        rv_obj_t *s = suggestion(exc);
        if (s)
            rv_buf_printf(out, ". Did you mean: '%s'?", rv_str_utf8(s));
        rv_xdecref(s);
        rv_decref(msg);
    }
    rv_buf_addc(out, '\n');
}

static bool is_blank(uint32_t ch)
{
    return ch == ' ' || ch == '\t' || ch == '\f';
}

/* The columns a terminal gives cps[from..to): two for an East Asian wide
 * or fullwidth character (CPython's _display_width). */
static size_t width(const uint32_t *cps, size_t from, size_t to)
{
    size_t w = 0;
    for (size_t i = from; i < to; i++)
        w += rv_ucd_has(cps[i], RV_UCD_WIDE) ? 2 : 1;
    return w;
}

static void repeat(rv_buf_t *out, char ch, size_t n)
{
    while (n--)
        rv_buf_addc(out, ch);
}

/* The line CPython 3.11 prints under a traceback entry's source line
 * (tb_displayline and print_error_location_carets in Python/traceback.c):
 * '^' under the part of the line the instruction that raised comes from,
 * with '~' for the operands of a binary operation or the value of a
 * subscript around the operator or brackets marked '^'.  A position going
 * on past the line is marked to the line's last non-blank character, and
 * the plain '^' are left out when they would span the whole line after its
 * indentation. */
static void carets(rv_buf_t *out, const char *line, size_t len, const rv_tb_span_t *sp)
{
    if (sp->col < 0 || sp->end_col < 0 || sp->end_line < sp->line)
        return;
    uint32_t *cps = rv_malloc((len + 1) * sizeof *cps);
    size_t n = 0;
    for (const char *p = line; p < line + len;)
        cps[n++] = rv_utf8_decode(&p);
    size_t indent = 0;
    while (indent < n && is_blank(cps[indent]))
        indent++;
    size_t start = (size_t)sp->col < n ? (size_t)sp->col : n, end;
    bool anchors = false;
    if (sp->line == sp->end_line) {
        end = (size_t)sp->end_col < n ? (size_t)sp->end_col : n;
        anchors = sp->anchor_left >= 0;
    } else {
        end = n;
        while (end > 0 && is_blank(cps[end - 1]))
            end--;
    }
    if (start < indent)
        start = indent;
    if (end < start)
        end = start;
    if (anchors || end - start != n - indent) {
        rv_buf_adds(out, "    ");
        repeat(out, ' ', width(cps, indent, start));
        if (anchors) {
            size_t l = start + (size_t)sp->anchor_left, r = start + (size_t)sp->anchor_right;
            l = l < end ? l : end;
            r = r < end ? r : end;
            repeat(out, '~', width(cps, start, l));
            repeat(out, '^', width(cps, l, r));
            repeat(out, '~', width(cps, r, end));
        } else {
            repeat(out, '^', width(cps, start, end));
        }
        rv_buf_addc(out, '\n');
    }
    rv_free(cps);
}

static void flush_repeats(rv_buf_t *out, size_t *repeats)
{
    if (*repeats > 2)
        rv_buf_printf(out, "  [Previous line repeated %zu more time%s]\n", *repeats - 2,
                      *repeats - 2 == 1 ? "" : "s");
    *repeats = 0;
}

/* One exception: its traceback, if it was raised, and its last line. */
static void format_one(rv_obj_t *exc, const char *src, rv_buf_t *out)
{
    rv_exc_t *e = (rv_exc_t *)exc;
    if (e->ntb)
        rv_buf_adds(out, "Traceback (most recent call last):\n");
    /* Entries were added innermost first; python prints outermost first.
     * After three identical entries in a row (recursion) CPython counts
     * the rest instead of printing them. */
    size_t repeats = 0;
    for (size_t i = e->ntb; i-- > 0;) {
        const rv_tb_entry_t *t = &e->tb[i];
        const rv_tb_entry_t *prev = i + 1 < e->ntb ? &e->tb[i + 1] : NULL;
        if (prev && prev->span.line == t->span.line && strcmp(prev->file, t->file) == 0 &&
            strcmp(prev->func, t->func) == 0)
            repeats++;
        else
            flush_repeats(out, &repeats);
        if (repeats >= 3)
            continue;
        rv_buf_printf(out, "  File \"%s\", line %d, in %s\n", t->file, t->span.line, t->func);
        /* CPython rereads the line from the file: -c code and stdin show
         * none (their syntax errors do, from the parser).  It prints the
         * line without its indentation (its end as it is), then the
         * carets. */
        size_t len;
        const char *l = src && !is_pseudo_file(t->file) ? nth_line(src, t->span.line, &len) : NULL;
        size_t skip = 0;
        while (l && skip < len && (l[skip] == ' ' || l[skip] == '\t' || l[skip] == '\f'))
            skip++;
        if (l && skip < len) {
            rv_buf_adds(out, "    ");
            rv_buf_add(out, l + skip, len - skip);
            rv_buf_addc(out, '\n');
            carets(out, l, len, &t->span);
        }
    }
    flush_repeats(out, &repeats);
    rv_format_exception_only(exc, out);
}

void rv_format_unraisable(rv_obj_t *exc, rv_buf_t *out)
{
    format_one(exc, NULL, out);
}

/* CPython 3.11's print_exception_recursive: the chain is printed oldest
 * first, following __cause__, else __context__ unless suppressed, and
 * stopping at an exception already printed.  Built as a list, not by
 * recursion: a chain can be long. */
void rv_format_traceback(rv_obj_t *exc, const char *src, rv_buf_t *out)
{
    size_t n = 0, cap = 8;
    rv_obj_t **chain = rv_malloc(cap * sizeof *chain);
    chain[n++] = exc;
    for (;;) {
        rv_exc_t *e = (rv_exc_t *)chain[n - 1];
        rv_obj_t *next = e->cause ? e->cause : e->suppress_context ? NULL : e->context;
        bool seen = false;
        for (size_t i = 0; next && i < n; i++)
            seen = seen || chain[i] == next;
        if (!next || seen)
            break;
        if (n == cap)
            chain = rv_realloc(chain, (cap *= 2) * sizeof *chain);
        chain[n++] = next;
    }
    for (size_t i = n; i-- > 0;) {
        format_one(chain[i], src, out);
        if (i == 0)
            break;
        if (((rv_exc_t *)chain[i - 1])->cause == chain[i])
            rv_buf_adds(out, "\nThe above exception was the direct cause of the following "
                             "exception:\n\n");
        else
            rv_buf_adds(out, "\nDuring handling of the above exception, another exception "
                             "occurred:\n\n");
    }
    rv_free(chain);
}

void rv_format_syntax_error(const rv_syntax_error_t *e, const char *filename, const char *src,
                            rv_buf_t *out)
{
    if (e->bare) {
        rv_buf_printf(out, "SyntaxError: %s\n", e->msg);
        return;
    }
    rv_buf_printf(out, "  File \"%s\", line %d\n", filename, e->line);
    size_t len;
    const char *l = src ? nth_line(src, e->line, &len) : NULL;
    /* CPython strips the indentation and shifts the caret with it. */
    size_t skip = 0;
    while (l && skip < len && (l[skip] == ' ' || l[skip] == '\t' || l[skip] == '\f'))
        skip++;
    if (l) {
        rv_buf_adds(out, "    ");
        rv_buf_add(out, l + skip, len - skip);
        rv_buf_addc(out, '\n');
    }
    if (l && e->col > 0) { /* col 0: an error about the whole line, no caret */
        /* Columns count code points; the caret line counts them too. */
        int col = e->col - 1, end = e->end_col > e->col ? e->end_col - 1 : col + 1;
        int cp = 0;
        for (const char *p = l; p < l + skip; p++)
            cp++;
        col -= cp;
        end -= cp;
        /* A node spanning lines: to this line's end (print_error_text). */
        if (e->end_line > e->line) {
            end = 0;
            for (const char *p = l + skip; p < l + len;) {
                rv_utf8_decode(&p);
                end++;
            }
        }
        if (col < 0)
            col = 0;
        if (end <= col)
            end = col + 1;
        rv_buf_adds(out, "    ");
        for (int i = 0; i < col; i++)
            rv_buf_addc(out, ' ');
        for (int i = col; i < end; i++)
            rv_buf_addc(out, '^');
        rv_buf_addc(out, '\n');
    }
    rv_buf_printf(out, "%s: %s\n",
                  e->tab ? "TabError" : e->indentation ? "IndentationError" : "SyntaxError", e->msg);
}

/* The outcome of an error found by the parser or the compiler. */
static rv_outcome_t before_running(rv_run_t *run)
{
    run->line = run->syntax.line;
    if (!run->syntax.unsupported)
        return run->outcome = RV_RUN_SYNTAX;
    const char *w = run->syntax.msg;
    if (strncmp(w, "unsupported: ", 13) == 0)
        w += 13;
    run->what = rv_strdup(w);
    return run->outcome = RV_RUN_UNSUPPORTED;
}

/* The module's code object, or NULL with run->outcome saying why not. */
static rv_obj_t *parse_and_compile(const char *filename, const char *src, size_t len,
                                   rv_run_t *run)
{
    memset(run, 0, sizeof *run);
    rv_module_ast_t *m = rv_parse(filename, src, len, &run->syntax);
    if (!m) {
        before_running(run);
        return NULL;
    }
    rv_obj_t *code = rv_compile(m, &run->syntax);
    rv_ast_free(m);
    if (!code)
        before_running(run);
    return code;
}

rv_outcome_t rv_interp_run(const char *filename, const char *src, size_t len, rv_run_t *run)
{
    rv_obj_t *code = parse_and_compile(filename, src, len, run);
    if (!code)
        return run->outcome;
    code->flags |= RV_F_ROOT;
    int r = rv_vm_run_module(code, NULL);
    code->flags &= ~RV_F_ROOT;
    rv_decref(code);
    if (r == 0)
        return run->outcome = RV_RUN_OK;
    run->exc = rv_err_fetch();
    rv_exc_t *e = (rv_exc_t *)run->exc;
    /* The innermost frame of the program's own file. */
    run->line = e->ntb ? e->tb[0].span.line : 0;
    if (RV_IS(run->exc, rv_exc_RefvizUnsupported)) {
        rv_obj_t *msg = rv_exc_message(run->exc);
        run->what = rv_strdup(msg ? rv_str_utf8(msg) : "?");
        rv_xdecref(msg);
        return run->outcome = RV_RUN_UNSUPPORTED;
    }
    return run->outcome = RV_RUN_EXCEPTION;
}

static bool refuse(rv_run_t *run, int line, const char *what, const char *a, const char *b)
{
    rv_buf_t t = RV_BUF_INIT;
    rv_buf_printf(&t, what, a, b);
    run->what = rv_buf_steal(&t, NULL);
    rv_buf_free(&t);
    run->line = line;
    run->outcome = RV_RUN_UNSUPPORTED;
    return false;
}

/* Whether the model's module has every name `from module import *` binds
 * in python3 (else *missing is the first it lacks, in a static buffer). */
static bool star_modelled(const char *module, const char **missing)
{
    static char id[64];
    for (const char *p = rv_dirnames_star(module); p && *p;) {
        size_t len = strcspn(p, " ");
        if (!rv_module_defines(module, p, len)) {
            snprintf(id, sizeof id, "%s.%.*s", module, (int)len, p);
            *missing = id;
            return false;
        }
        p += len + (p[len] == ' ');
    }
    return true;
}

/* The names a program binds to the numpy module (`import numpy as np`):
 * np.X for an X refviz's numpy lacks is refused before the program runs,
 * so that --engine auto gives such a program to CPython from the start
 * (NumPy's names are too many for the module to define them all as
 * refusals, as math does for gamma). */
#define NUMPY_ALIASES 4
static const char *numpy_aliases[NUMPY_ALIASES];

static void find_numpy_aliases(const rv_code_t *code)
{
    for (size_t i = 0; i + 1 < code->ncode; i++) {
        const rv_instr_t *in = &code->code[i], *next = in + 1;
        if (in->op == RV_OP_IMPORT_NAME && strcmp(rv_str_utf8(code->names[in->arg]), "numpy") == 0 &&
            (next->op == RV_OP_STORE_NAME || next->op == RV_OP_STORE_GLOBAL))
            for (int k = 0; k < NUMPY_ALIASES; k++)
                if (!numpy_aliases[k]) {
                    numpy_aliases[k] = rv_str_utf8(code->names[next->arg]);
                    break;
                }
    }
}

static bool is_numpy_alias(const char *name)
{
    for (int k = 0; k < NUMPY_ALIASES && numpy_aliases[k]; k++)
        if (strcmp(numpy_aliases[k], name) == 0)
            return true;
    return false;
}

/* The imports and terminal or file reads of one code object and the code
 * objects nested in its constants; false once one is refused. */
static bool check_code(const rv_code_t *code, rv_run_t *run)
{
    const char *module = NULL; /* the last IMPORT_NAME's, for IMPORT_FROM */
    for (size_t i = 0; i < code->ncode; i++) {
        const rv_instr_t *in = &code->code[i];
        const char *name = NULL;
        if (in->op == RV_OP_IMPORT_NAME || in->op == RV_OP_IMPORT_FROM ||
            in->op == RV_OP_LOAD_GLOBAL || in->op == RV_OP_LOAD_NAME)
            name = rv_str_utf8(code->names[in->arg]);
        if (in->op == RV_OP_IMPORT_NAME) {
            module = name;
            if (!rv_module_modelled(name))
                return refuse(run, in->loc.line, "import %s (refviz does not model the module %s)",
                              name, name);
        } else if (in->op == RV_OP_IMPORT_STAR && module && !star_modelled(module, &name)) {
            return refuse(run, in->loc.line, "from %s import * (refviz does not model %s)", module,
                          name);
        } else if (in->op == RV_OP_IMPORT_FROM && module &&
                   !rv_module_defines(module, name, strlen(name))) {
            return refuse(run, in->loc.line, "from %s import %s (refviz's model of the module lacks it)",
                          module, name);
        } else if ((in->op == RV_OP_LOAD_NAME || in->op == RV_OP_LOAD_GLOBAL) && i + 1 < code->ncode &&
                   code->code[i + 1].op == RV_OP_LOAD_ATTR && is_numpy_alias(name)) {
            const char *attr = rv_str_utf8(code->names[code->code[i + 1].arg]);
            if (!rv_module_defines("numpy", attr, strlen(attr)))
                return refuse(run, in->loc.line, "numpy.%s (refviz's model of NumPy lacks %s)", attr,
                              "it");
        } else if (name && (strcmp(name, "input") == 0 || strcmp(name, "open") == 0)) {
            return refuse(run, in->loc.line, "%s() (refviz programs do not read the terminal or files)%s",
                          name, "");
        }
    }
    for (size_t i = 0; i < code->nconsts; i++)
        if (code->consts[i]->type == &rv_code_type && !check_code(RV_CODE(code->consts[i]), run))
            return false;
    return true;
}

rv_outcome_t rv_interp_check(const char *filename, const char *src, size_t len, rv_run_t *run)
{
    rv_obj_t *code = parse_and_compile(filename, src, len, run);
    if (!code)
        return run->outcome;
    run->outcome = RV_RUN_OK;
    memset(numpy_aliases, 0, sizeof numpy_aliases);
    find_numpy_aliases(RV_CODE(code));
    check_code(RV_CODE(code), run);
    memset(numpy_aliases, 0, sizeof numpy_aliases);
    rv_decref(code);
    return run->outcome;
}

void rv_run_release(rv_run_t *run)
{
    rv_clearref(&run->exc);
    rv_free(run->what);
    run->what = NULL;
}
