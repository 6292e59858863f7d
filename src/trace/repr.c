/* src/trace/repr.c - see repr.h.  Containers are written here item by item
 * (the same text their repr slots produce) so that writing can stop at the
 * limit; everything else goes through rv_repr. */
#include "trace/repr.h"

#include <string.h>

#include "core/exc.h"
#include "core/obj_bytearray.h"
#include "core/obj_bytes.h"
#include "core/obj_dict.h"
#include "core/obj_list.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

typedef struct budget {
    rv_buf_t *out;
    size_t start;
    size_t limit;
} budget_t;

static bool full(const budget_t *b)
{
    return b->out->len - b->start > b->limit;
}

static void write_repr(budget_t *b, rv_obj_t *o);

static void write_leaf(budget_t *b, rv_obj_t *o)
{
    size_t room = b->limit + 1 - (b->out->len - b->start);
    if (RV_IS(o, rv_bytes_type) || RV_IS(o, rv_bytearray_type)) {
        /* A bytes' repr has a character or more per byte: room bytes make
         * enough text (a growing bytearray costs the same at every step). */
        size_t before = b->out->len;
        rv_byteslike_repr_prefix(b->out, o, room);
        if (b->out->len - before > room)
            rv_buf_truncate(b->out, before + room);
        return;
    }
    /* A class's own __repr__ does not run during a snapshot: its repr
     * slot gives object's repr then (docs/differences.md). */
    rv_obj_t *r = rv_repr(o);
    if (!r) {
        rv_err_clear();
        rv_buf_printf(b->out, "<%s object>", o->type->name);
        return;
    }
    size_t n = rv_str_nbytes(r);
    rv_buf_add(b->out, rv_str_utf8(r), n < room ? n : room);
    rv_decref(r);
}

static void write_items(budget_t *b, rv_obj_t *o, bool is_dict)
{
    size_t pos = 0;
    rv_obj_t *k, *v;
    bool first = true;
    if (is_dict) {
        while (!full(b) && rv_dict_next(o, &pos, &k, &v)) {
            if (!first)
                rv_buf_adds(b->out, ", ");
            first = false;
            write_repr(b, k);
            rv_buf_adds(b->out, ": ");
            write_repr(b, v);
        }
    } else {
        while (!full(b) && rv_set_next(o, &pos, &k)) {
            if (!first)
                rv_buf_adds(b->out, ", ");
            first = false;
            write_repr(b, k);
        }
    }
}

static void write_seq(budget_t *b, rv_obj_t *const *items, size_t n, char open, char close,
                      bool one_comma)
{
    rv_buf_addc(b->out, open);
    for (size_t i = 0; i < n && !full(b); i++) {
        if (i)
            rv_buf_adds(b->out, ", ");
        write_repr(b, items[i]);
    }
    if (one_comma && n == 1)
        rv_buf_addc(b->out, ',');
    rv_buf_addc(b->out, close);
}

/* The container kinds written here: an instance of a class deriving from
 * one writes as that type's repr does, unless the class has a __repr__
 * of its own (its repr slot is then another). */
typedef enum { NOT_CONTAINER, LIST, TUPLE, DICT, SET } kind_t;

static kind_t kind_of(const rv_obj_t *o)
{
    rv_obj_t *(*repr)(rv_obj_t *) = o->type->repr;
    return repr == rv_list_type.repr    ? LIST
           : repr == rv_tuple_type.repr ? TUPLE
           : repr == rv_dict_type.repr  ? DICT
           : repr == rv_set_type.repr   ? SET
                                        : NOT_CONTAINER;
}

static void write_repr(budget_t *b, rv_obj_t *o)
{
    if (full(b))
        return;
    kind_t kind = kind_of(o);
    if (kind == NOT_CONTAINER) {
        write_leaf(b, o);
        return;
    }
    /* set_repr names anything but a set: frozenset({1}), Bag({1}). */
    const char *name = RV_IS(o, rv_set_type) ? NULL : rv_type_name(o->type);
    if (rv_repr_enter(o)) {
        if (kind == SET)
            rv_buf_printf(b->out, "%s(...)", name ? name : "set");
        else
            rv_buf_adds(b->out, kind == LIST ? "[...]" : kind == TUPLE ? "(...)" : "{...}");
        return;
    }
    if (kind == LIST) {
        write_seq(b, RV_LIST(o)->items, rv_list_len(o), '[', ']', false);
    } else if (kind == TUPLE) {
        write_seq(b, RV_TUPLE(o)->items, rv_tuple_len(o), '(', ')', true);
    } else if (kind == DICT) {
        rv_buf_addc(b->out, '{');
        write_items(b, o, true);
        rv_buf_addc(b->out, '}');
    } else if (rv_set_len(o) == 0) {
        rv_buf_printf(b->out, "%s()", name ? name : "set");
    } else {
        if (name)
            rv_buf_printf(b->out, "%s(", name);
        rv_buf_addc(b->out, '{');
        write_items(b, o, false);
        rv_buf_addc(b->out, '}');
        if (name)
            rv_buf_addc(b->out, ')');
    }
    rv_repr_leave(o);
}

void rv_bounded_repr(rv_obj_t *o, size_t limit, rv_buf_t *out)
{
    budget_t b = { out, out->len, limit };
    rv_obj_t *saved = rv_err_fetch();
    write_repr(&b, o);
    rv_repr_cut(out, b.start, limit);
    rv_err_restore(saved);
}

void rv_repr_cut(rv_buf_t *out, size_t start, size_t limit)
{
    if (out->len - start <= limit)
        return;
    size_t cut = start + limit;
    while (cut > start && ((unsigned char)out->data[cut] & 0xC0) == 0x80)
        cut--;
    rv_buf_truncate(out, cut);
    rv_buf_adds(out, "...");
}
