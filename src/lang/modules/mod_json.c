/* src/lang/modules/mod_json.c - the json module (CPython's Lib/json with its
 * C accelerator _json): dumps and the module; loads is in mod_json_decode.c.
 *
 * CPython encodes in C (c_make_encoder) when indent is None and with
 * json/encoder.py's _make_iterencode generators otherwise; neither makes
 * a frame a program's trace shows, so dumps here writes the text in one
 * pass, with the choices each path makes where they differ: the
 * allow_nan=False message (the Python path adds ": nan"), the shared
 * '[]' and '{}' results (each path has its own object).  Values are
 * recognised in _make_iterencode's order (str, None, True, False, int,
 * float, list or tuple, dict, then default()); a dict's keys are
 * converted as both paths do (str; float; True, False, None; int; else
 * skipped with skipkeys or a TypeError).  Containers being encoded are
 * kept (check_circular) to raise "Circular reference detected".
 *
 * dump and load need file objects, which refviz does not model: they are
 * refused. */
#include <math.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/mod_json.h"
#include "lang/modules/modules_int.h"

/* Objects json keeps for the whole run: the empty results of both
 * encoder paths, _CONSTANTS' floats.  Rooted; rv_json_finalize drops them. */
enum { EMPTY_LIST_C, EMPTY_DICT_C, EMPTY_LIST_PY, EMPTY_DICT_PY, NAN_F, INF_F, NINF_F, NKEPT };
static rv_obj_t *kept[NKEPT];

static rv_obj_t *keep(int which)
{
    if (!kept[which]) {
        static const char *const texts[] = { "[]", "{}", "[]", "{}" };
        static const double values[] = { NAN, INFINITY, -INFINITY };
        kept[which] = which < NAN_F ? rv_str_new_uncached(texts[which], 2)
                                    : rv_float_from_double(values[which - NAN_F]);
        kept[which]->flags |= RV_F_ROOT;
    }
    return kept[which];
}

rv_obj_t *rv_json_constant(int which)
{
    return keep(NAN_F + which);
}

void rv_json_finalize(void)
{
    for (int i = 0; i < NKEPT; i++)
        if (kept[i]) {
            kept[i]->flags &= ~RV_F_ROOT;
            rv_clearref(&kept[i]);
        }
}

/******************************************************************************/
/* arguments                                                                  */

int rv_json_bind(const char *fname, const char *cls, const char *const *names,
                 rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames, rv_obj_t **out)
{
    size_t nnames = 0;
    while (names[nnames])
        out[nnames++] = NULL;
    if (nargs > 1) {
        rv_err_format(&rv_exc_TypeError, "%s() takes 1 positional argument but %zu were given",
                      fname, nargs);
        return -1;
    }
    if (nargs)
        out[0] = args[0];
    const char *unknown = NULL;
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        const char *kw = rv_str_utf8(rv_tuple_get_borrow(kwnames, k));
        size_t i = 0;
        while (i < nnames && strcmp(names[i], kw) != 0)
            i++;
        if (i == 0 && nargs) {
            rv_err_format(&rv_exc_TypeError, "%s() got multiple values for argument '%s'",
                          fname, kw);
            return -1;
        }
        if (i < nnames)
            out[i] = args[nargs + k];
        else if (!unknown)
            unknown = kw;
    }
    if (!out[0]) {
        rv_err_format(&rv_exc_TypeError, "%s() missing 1 required positional argument: '%s'",
                      fname, names[0]);
        return -1;
    }
    if (unknown) {
        rv_err_format(&rv_exc_TypeError, "%s.__init__() got an unexpected keyword argument '%s'",
                      cls, unknown);
        return -1;
    }
    return 0;
}

/******************************************************************************/
/* the encoder                                                                */

typedef struct enc {
    rv_buf_t out;
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    bool py_path;                /* indent given: json/encoder.py's generators */
    rv_obj_t *indent;            /* str, or NULL */
    rv_obj_t *item_sep, *key_sep;
    rv_obj_t *default_fn;        /* or NULL: JSONEncoder.default */
    int level;
    rv_obj_t **markers;          /* containers being encoded (check_circular) */
    size_t nmarkers, cap;
} enc_t;

/* py_encode_basestring_ascii and py_encode_basestring: '"', '\\' and the
 * control characters escaped (\n \r \t \b \f short), and with ensure_ascii
 * everything outside ' '..'~' as \uXXXX, a surrogate pair above U+FFFF. */
static void encode_string(enc_t *e, rv_obj_t *s)
{
    static const char hex[] = "0123456789abcdef";
    rv_buf_t *b = &e->out;
    const char *p = rv_str_utf8(s), *end = p + rv_str_nbytes(s);
    rv_buf_addc(b, '"');
    while (p < end) {
        const char *start = p;
        uint32_t c = rv_utf8_decode(&p);
        const char *esc = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n"
                        : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c == '\b' ? "\\b"
                        : c == '\f' ? "\\f" : NULL;
        if (esc) {
            rv_buf_adds(b, esc);
        } else if (c < 0x20 || (e->ensure_ascii && c > 0x7e)) {
            uint32_t units[2] = { c, 0 };
            int n = 1;
            if (c >= 0x10000) {
                units[0] = 0xd800 | ((c - 0x10000) >> 10);
                units[1] = 0xdc00 | ((c - 0x10000) & 0x3ff);
                n = 2;
            }
            for (int i = 0; i < n; i++) {
                char u[7] = { '\\', 'u', hex[units[i] >> 12 & 15], hex[units[i] >> 8 & 15],
                              hex[units[i] >> 4 & 15], hex[units[i] & 15], 0 };
                rv_buf_adds(b, u);
            }
        } else {
            rv_buf_add(b, start, (size_t)(p - start));
        }
    }
    rv_buf_addc(b, '"');
}

static void add_str(enc_t *e, rv_obj_t *s)
{
    rv_buf_add(&e->out, rv_str_utf8(s), rv_str_nbytes(s));
}

/* float.__repr__, or NaN/Infinity/-Infinity (ValueError without
 * allow_nan: the C encoder's message, or floatstr's with the repr). */
static int encode_float(enc_t *e, rv_obj_t *f)
{
    double v = rv_float_value(f);
    if (isfinite(v)) {
        rv_float_repr_into(&e->out, v);
        return 0;
    }
    if (!e->allow_nan) {
        rv_err_format(&rv_exc_ValueError, "Out of range float values are not JSON compliant%s",
                      !e->py_path ? "" : isnan(v) ? ": nan" : v > 0 ? ": inf" : ": -inf");
        return -1;
    }
    rv_buf_adds(&e->out, isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    return 0;
}

static int encode_int(enc_t *e, rv_obj_t *i)
{
    return rv_int_to_decimal(i, &e->out);
}

static void newline_indent(enc_t *e)
{
    rv_buf_addc(&e->out, '\n');
    for (int i = 0; i < e->level; i++)
        add_str(e, e->indent);
}

static int mark(enc_t *e, rv_obj_t *o)
{
    if (!e->check_circular)
        return 0;
    for (size_t i = 0; i < e->nmarkers; i++)
        if (e->markers[i] == o) {
            rv_err_format(&rv_exc_ValueError, "Circular reference detected");
            return -1;
        }
    if (e->nmarkers == e->cap) {
        e->cap = e->cap ? 2 * e->cap : 16;
        e->markers = rv_realloc(e->markers, e->cap * sizeof *e->markers);
    }
    e->markers[e->nmarkers++] = o;
    return 0;
}

static void unmark(enc_t *e)
{
    if (e->check_circular)
        e->nmarkers--;
}

static int encode(enc_t *e, rv_obj_t *o);

/* The recursion guard: the C encoder's message names a JSON object for
 * lists too; the Python path's generators fail calling one another. */
static int enter(enc_t *e)
{
    return rv_enter_recursive(e->py_path ? " while calling a Python object"
                                         : " while encoding a JSON object");
}

/* The items of a list or tuple; "[]" when empty. */
static int encode_list(enc_t *e, rv_obj_t *o)
{
    size_t n;
    rv_obj_t *const *items;
    if (RV_IS(o, rv_tuple_type) || rv_isinstance(o, &rv_tuple_type)) {
        n = rv_tuple_len(o);
        items = RV_TUPLE(o)->items;
    } else {
        n = rv_list_len(o);
        items = RV_LIST(o)->items;
    }
    if (n == 0) {
        rv_buf_adds(&e->out, "[]");
        return 0;
    }
    if (mark(e, o) < 0)
        return -1;
    if (enter(e) < 0)
        return -1;
    rv_buf_addc(&e->out, '[');
    if (e->indent) {
        e->level++;
        newline_indent(e);
    }
    int rc = 0;
    /* A list can change under default() or a key's sort: index anew. */
    for (size_t i = 0; rc == 0; i++) {
        n = rv_isinstance(o, &rv_tuple_type) ? rv_tuple_len(o) : rv_list_len(o);
        if (i >= n)
            break;
        items = rv_isinstance(o, &rv_tuple_type) ? RV_TUPLE(o)->items : RV_LIST(o)->items;
        if (i) {
            add_str(e, e->item_sep);
            if (e->indent)
                newline_indent(e);
        }
        rv_obj_t *item = rv_incref(items[i]);
        rc = encode(e, item);
        rv_decref(item);
    }
    rv_leave_recursive();
    if (rc < 0)
        return -1;
    if (e->indent) {
        e->level--;
        newline_indent(e);
    }
    rv_buf_addc(&e->out, ']');
    unmark(e);
    return 0;
}

/* A key as both encoders convert it (1 for written, 0 for skipped). */
static int encode_key(enc_t *e, rv_obj_t *key)
{
    if (rv_isinstance(key, &rv_str_type)) {
        encode_string(e, key);
        return 1;
    }
    rv_buf_addc(&e->out, '"');
    int rc;
    if (rv_isinstance(key, &rv_float_type))
        rc = encode_float(e, key);
    else if (key == rv_True || key == rv_False || key == rv_None) {
        rv_buf_adds(&e->out, key == rv_True ? "true" : key == rv_False ? "false" : "null");
        rc = 0;
    } else if (rv_isinstance(key, &rv_int_type))
        rc = encode_int(e, key);
    else if (e->skipkeys)
        return 0;
    else {
        rv_err_format(&rv_exc_TypeError,
                      "keys must be str, int, float, bool or None, not %s",
                      rv_type_name(key->type));
        return -1;
    }
    if (rc < 0)
        return -1;
    rv_buf_addc(&e->out, '"');
    return 1;
}

/* The (key, value) pairs to write: dict.items() as a list, sorted by
 * sort_keys as sorted(dct.items()) sorts (so keys of types that do not
 * compare raise TypeError). */
static rv_obj_t *dict_items(enc_t *e, rv_obj_t *d)
{
    rv_obj_t *items = rv_list_new(0);
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(d, &pos, &k, &v)) {
        rv_obj_t *t = rv_tuple_pack(2, k, v);
        rv_list_append(items, t);
        rv_decref(t);
    }
    if (e->sort_keys && rv_list_sort(items, NULL, false) < 0) {
        rv_decref(items);
        return NULL;
    }
    return items;
}

static int encode_dict(enc_t *e, rv_obj_t *d)
{
    if (rv_dict_len(d) == 0) {
        rv_buf_adds(&e->out, "{}");
        return 0;
    }
    if (mark(e, d) < 0)
        return -1;
    rv_obj_t *items = dict_items(e, d);
    if (!items)
        return -1;
    if (enter(e) < 0) {
        rv_decref(items);
        return -1;
    }
    rv_buf_addc(&e->out, '{');
    if (e->indent) {
        e->level++;
        newline_indent(e);
    }
    int rc = 0;
    bool first = true;
    for (size_t i = 0; rc == 0 && i < rv_list_len(items); i++) {
        rv_obj_t *pair = rv_list_get_borrow(items, i);
        size_t before = e->out.len;
        if (!first) {
            add_str(e, e->item_sep);
            if (e->indent)
                newline_indent(e);
        }
        rc = encode_key(e, rv_tuple_get_borrow(pair, 0));
        if (rc == 0) {
            rv_buf_truncate(&e->out, before); /* skipped (skipkeys) */
            continue;
        }
        if (rc < 0)
            break;
        rc = 0;
        first = false;
        add_str(e, e->key_sep);
        rc = encode(e, rv_tuple_get_borrow(pair, 1));
    }
    rv_leave_recursive();
    rv_decref(items);
    if (rc < 0)
        return -1;
    if (e->indent) {
        e->level--;
        newline_indent(e);
    }
    rv_buf_addc(&e->out, '}');
    unmark(e);
    return 0;
}

/* JSONEncoder.default's TypeError, or the program's default(o) encoded in
 * its place (o marked meanwhile, so default returning o is circular). */
static int encode_other(enc_t *e, rv_obj_t *o)
{
    if (!e->default_fn) {
        rv_err_format(&rv_exc_TypeError, "Object of type %s is not JSON serializable",
                      rv_type_name(o->type));
        return -1;
    }
    if (mark(e, o) < 0)
        return -1;
    rv_obj_t *r = rv_call1(e->default_fn, o);
    if (!r)
        return -1;
    int rc = encode(e, r);
    rv_decref(r);
    if (rc == 0)
        unmark(e);
    return rc;
}

static int encode(enc_t *e, rv_obj_t *o)
{
    if (rv_isinstance(o, &rv_str_type)) {
        encode_string(e, o);
        return 0;
    }
    if (o == rv_None || o == rv_True || o == rv_False) {
        rv_buf_adds(&e->out, o == rv_None ? "null" : o == rv_True ? "true" : "false");
        return 0;
    }
    if (rv_isinstance(o, &rv_int_type))
        return encode_int(e, o);
    if (rv_isinstance(o, &rv_float_type))
        return encode_float(e, o);
    if (rv_isinstance(o, &rv_list_type) || rv_isinstance(o, &rv_tuple_type))
        return encode_list(e, o);
    if (rv_isinstance(o, &rv_dict_type))
        return encode_dict(e, o);
    return encode_other(e, o);
}

/* The str dumps returns: JSONEncoder.encode's ''.join of the chunks is the
 * only chunk itself for an int (a new str, even of one digit), None, True
 * and False (the interned literals) and an empty list or dict (each
 * path's own object); otherwise a new str. */
static rv_obj_t *result(enc_t *e, rv_obj_t *o)
{
    if (o == rv_None || o == rv_True || o == rv_False)
        return rv_str_intern(rv_buf_cstr(&e->out));
    bool list = rv_isinstance(o, &rv_list_type) || rv_isinstance(o, &rv_tuple_type);
    if (e->out.len == 2 && (list || rv_isinstance(o, &rv_dict_type)))
        return rv_incref(keep((list ? EMPTY_LIST_C : EMPTY_DICT_C) + (e->py_path ? 2 : 0)));
    return rv_str_new_uncached(e->out.data ? e->out.data : "", e->out.len);
}

/* Refuses what refviz does not model (RefvizUnsupported). */
static void unsupported(const char *what)
{
    rv_obj_t *msg = rv_str_from_cstr(what);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
}

static int truth_of(rv_obj_t *o, bool dflt, bool *out)
{
    if (!o) {
        *out = dflt;
        return 0;
    }
    int t = rv_truth(o);
    if (t < 0)
        return -1;
    *out = t;
    return 0;
}

/* separators: any pair; the C encoder's make_encoder wants str (its
 * message), and so does the Python path's join: both refused alike. */
static int set_separators(enc_t *e, rv_obj_t *seps)
{
    rv_obj_t *t = rv_tuple_from_iterable(seps);
    if (!t)
        return -1;
    if (rv_tuple_len(t) != 2) {
        rv_err_format(&rv_exc_ValueError, rv_tuple_len(t) > 2 ? "too many values to unpack "
                      "(expected 2)" : "not enough values to unpack (expected 2, got %zu)",
                      rv_tuple_len(t));
        rv_decref(t);
        return -1;
    }
    for (int i = 0; i < 2; i++)
        if (!RV_IS(rv_tuple_get_borrow(t, (size_t)i), rv_str_type)) {
            rv_decref(t);
            unsupported("json.dumps() separators other than two str");
            return -1;
        }
    e->item_sep = rv_incref(rv_tuple_get_borrow(t, 0));
    e->key_sep = rv_incref(rv_tuple_get_borrow(t, 1));
    rv_decref(t);
    return 0;
}

/* indent: a str as it is, anything else ' ' * indent (so 2.5 is
 * TypeError and a negative int no indentation, as in encoder.py). */
static int set_indent(enc_t *e, rv_obj_t *indent)
{
    if (RV_IS(indent, rv_str_type)) {
        e->indent = rv_incref(indent);
        return 0;
    }
    rv_obj_t *space = rv_str_from_cstr(" ");
    e->indent = rv_binop(RV_OP_MUL, space, indent);
    rv_decref(space);
    if (!e->indent)
        return -1;
    if (!RV_IS(e->indent, rv_str_type)) {
        rv_clearref(&e->indent);
        unsupported("json.dumps() with an indent that is not an int or str");
        return -1;
    }
    return 0;
}

/* dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
 *       allow_nan=True, cls=None, indent=None, separators=None,
 *       default=None, sort_keys=False, **kw) */
static rv_obj_t *json_dumps(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    static const char *const names[] = { "obj", "skipkeys", "ensure_ascii", "check_circular",
                                         "allow_nan", "cls", "indent", "separators",
                                         "default", "sort_keys", NULL };
    rv_obj_t *p[10];
    if (rv_json_bind("dumps", "JSONEncoder", names, args, nargs, kwnames, p) < 0)
        return NULL;
    if (p[5] && p[5] != rv_None) {
        unsupported("json.dumps() with cls= (refviz models JSONEncoder only)");
        return NULL;
    }
    enc_t e = { .out = RV_BUF_INIT };
    rv_obj_t *r = NULL;
    if (truth_of(p[1], false, &e.skipkeys) < 0 || truth_of(p[2], true, &e.ensure_ascii) < 0 ||
        truth_of(p[3], true, &e.check_circular) < 0 || truth_of(p[4], true, &e.allow_nan) < 0 ||
        truth_of(p[9], false, &e.sort_keys) < 0)
        goto done;
    if (p[6] && p[6] != rv_None) {
        e.py_path = true;
        if (set_indent(&e, p[6]) < 0)
            goto done;
    }
    if (p[7] && p[7] != rv_None) {
        if (set_separators(&e, p[7]) < 0)
            goto done;
    } else {
        e.item_sep = rv_str_from_cstr(e.indent ? "," : ", ");
        e.key_sep = rv_str_from_cstr(": ");
    }
    if (p[8] && p[8] != rv_None)
        e.default_fn = p[8];
    if (encode(&e, p[0]) == 0)
        r = result(&e, p[0]);
done:
    rv_buf_free(&e.out);
    rv_free(e.markers);
    rv_xdecref(e.indent);
    rv_xdecref(e.item_sep);
    rv_xdecref(e.key_sep);
    return r;
}

/******************************************************************************/
/* the module                                                                 */

static rv_obj_t *json_file_function(const char *name)
{
    rv_obj_t *msg = rv_str_printf("json.%s() (refviz does not model file objects)", name);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

static rv_obj_t *json_dump(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return json_file_function("dump");
}

static rv_obj_t *json_load(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return json_file_function("load");
}

static const rv_method_t json_functions[] = {
    { "dump", json_dump, RV_METH_PYFUNC },
    { "dumps", json_dumps, RV_METH_PYFUNC },
    { "load", json_load, RV_METH_PYFUNC },
    { "loads", rv_json_loads, RV_METH_PYFUNC },
    { NULL, NULL, 0 },
};

static const char *const json_values[] = { "JSONDecodeError", NULL };

/* json.decoder.JSONDecodeError(ValueError): a Python class in CPython,
 * here a library type named as its traceback line names it. */
static rv_type_t decode_error_type = { .name = "json.decoder.JSONDecodeError" };

/* JSONDecodeError(msg, doc, pos) called by the program: its __init__ is
 * Python that this type does not run. */
static rv_obj_t *decode_error_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kwnames)
{
    unsupported("json.JSONDecodeError() called by the program (refviz makes it only for "
                "json.loads)");
    return NULL;
}

static void json_init(rv_obj_t *m)
{
    rv_module_exc_type_init(&decode_error_type, &rv_exc_ValueError);
    decode_error_type.make = decode_error_make;
    rv_module_set_value(m, "JSONDecodeError", &decode_error_type.ob);
}

void rv_json_decode_error(const char *msg, rv_obj_t *doc, size_t pos, bool stop)
{
    /* lineno = doc.count('\n', 0, pos) + 1; colno = pos - doc.rfind('\n', 0, pos) */
    size_t lineno = 1, last_nl = 0;
    bool any_nl = false;
    const char *p = rv_str_utf8(doc);
    for (size_t i = 0; i < pos; i++)
        if (rv_utf8_decode(&p) == '\n') {
            lineno++;
            last_nl = i;
            any_nl = true;
        }
    size_t colno = any_nl ? pos - last_nl : pos + 1;
    rv_obj_t *text = rv_str_printf("%s: line %zu column %zu (char %zu)", msg, lineno, colno, pos);
    rv_obj_t *exc = rv_exc_new(&decode_error_type, &text, 1);
    rv_decref(text);
    if (!exc)
        return;
    rv_obj_t *vals[5] = { rv_str_from_cstr(msg), rv_incref(doc), rv_int_from_u64(pos),
                          rv_int_from_u64(lineno), rv_int_from_u64(colno) };
    static const char *const attrs[5] = { "msg", "doc", "pos", "lineno", "colno" };
    for (int i = 0; i < 5; i++) {
        rv_obj_t *a = rv_str_from_cstr(attrs[i]);
        rv_setattr(exc, a, vals[i]);
        rv_decref(a);
    }
    if (stop) {
        rv_exc_t *x = (rv_exc_t *)exc;
        x->context = rv_exc_new(&rv_exc_StopIteration, &vals[2], 1);
        x->suppress_context = true;
    }
    for (int i = 0; i < 5; i++)
        rv_decref(vals[i]);
    rv_err_set_exc(exc);
    rv_decref(exc);
}

const rv_module_def_t rv_mod_json = {
    .name = "json",
    .functions = json_functions,
    .values = json_values,
    .init = json_init,
};
