/* src/lang/compile/code.c - code objects and shared source text. */
#include "lang/compile/code.h"

#include <ctype.h>
#include <string.h>

#include "base/alloc.h"
#include "core/heap.h"
#include "core/obj_str.h"

rv_source_t *rv_source_new(const char *filename, const char *text, size_t len)
{
    rv_source_t *s = rv_calloc(1, sizeof *s);
    s->refcnt = 1;
    s->filename = rv_strdup(filename);
    s->text = rv_strndup(text, len);
    size_t cap = 16;
    s->lines = rv_malloc(cap * sizeof *s->lines);
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        size_t n = (size_t)(stop - p);
        if (n && stop[-1] == '\r')
            n--;
        if (s->nlines == cap) {
            cap *= 2;
            s->lines = rv_realloc(s->lines, cap * sizeof *s->lines);
        }
        s->lines[s->nlines++] = rv_strndup(p, n);
        p = nl ? nl + 1 : end;
    }
    return s;
}

rv_source_t *rv_source_ref(rv_source_t *s)
{
    s->refcnt++;
    return s;
}

void rv_source_unref(rv_source_t *s)
{
    if (!s || --s->refcnt > 0)
        return;
    for (size_t i = 0; i < s->nlines; i++)
        rv_free(s->lines[i]);
    rv_free(s->lines);
    rv_free(s->text);
    rv_free(s->filename);
    rv_free(s);
}

const char *rv_source_line(const rv_source_t *s, int line)
{
    if (!s || line < 1 || (size_t)line > s->nlines)
        return NULL;
    const char *t = s->lines[line - 1];
    while (*t == ' ' || *t == '\t' || *t == '\f')
        t++;
    return t;
}

/******************************************************************************/

static void release_array(rv_obj_t ***arr, size_t *n)
{
    for (size_t i = 0; i < *n; i++)
        rv_clearref(&(*arr)[i]);
    rv_free(*arr);
    *arr = NULL;
    *n = 0;
}

static void code_clear(rv_obj_t *o)
{
    rv_code_t *c = RV_CODE(o);
    release_array(&c->consts, &c->nconsts);
    release_array(&c->names, &c->nnames);
    release_array(&c->varnames, &c->nlocals);
    release_array(&c->cellvars, &c->ncells);
    release_array(&c->freevars, &c->nfrees);
}

static void code_release(rv_obj_t *o)
{
    rv_code_t *c = RV_CODE(o);
    rv_free(c->name);
    rv_free(c->qualname);
    rv_free(c->code);
    rv_free(c->cell2arg);
    rv_source_unref(c->source);
    rv_obj_free(o);
}

static void code_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_code_t *c = RV_CODE(o);
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    for (size_t i = 0; i < c->nconsts; i++)
        visit(c->consts[i], &e, ctx);
    for (size_t i = 0; i < c->nnames; i++)
        visit(c->names[i], &e, ctx);
    for (size_t i = 0; i < c->nlocals; i++)
        visit(c->varnames[i], &e, ctx);
    for (size_t i = 0; i < c->ncells; i++)
        visit(c->cellvars[i], &e, ctx);
    for (size_t i = 0; i < c->nfrees; i++)
        visit(c->freevars[i], &e, ctx);
}

static rv_obj_t *code_repr(rv_obj_t *o)
{
    rv_code_t *c = RV_CODE(o);
    return rv_str_printf("<code object %s at 0x%llx, file \"%s\", line %d>", c->name,
                         (unsigned long long)o->id, c->source ? c->source->filename : "?",
                         c->firstline);
}

static size_t code_size(rv_obj_t *o)
{
    rv_code_t *c = RV_CODE(o);
    return 200 + 2 * c->ncode;
}

rv_type_t rv_code_type = {
    .name = "code",
    .flags = RV_TF_GC | RV_TF_WEAKREFABLE | RV_TF_MUTABLE,
    .clear = code_clear,
    .release = code_release,
    .traverse = code_traverse,
    .repr = code_repr,
    .size = code_size,
};

const char *rv_opcode_name(int op)
{
    static const char *const names[] = {
#define RV_OP_NAME(name) #name,
        RV_OPCODES(RV_OP_NAME)
#undef RV_OP_NAME
    };
    if (op < 0 || op >= RV_OP__NCODES)
        return "?";
    return names[op];
}
