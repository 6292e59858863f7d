/* src/lang/modules/mod_json_decode.c - json.loads, as CPython's _json scanner
 * (scan_once_unicode and the functions it calls) and json.decoder's
 * JSONDecoder.decode around it.
 *
 * The text is read as an array of code points, positions counted in
 * code points as CPython's are.  Objects are made as the scanner makes
 * them: a dict filled key by key, a list appended to, a str per string
 * (one latin-1 character is the cached one), keys equal within one call
 * shared (the scanner's memo), int and float from their text, the
 * constants NaN, Infinity, -Infinity the same floats at every call
 * (json.decoder._CONSTANTS).
 *
 * Where scan_once finds no value it raises StopIteration(idx), which
 * raw_decode turns into JSONDecodeError("Expecting value", s, idx) with
 * that StopIteration as __context__: here `stop` remembers the index.
 * Every other error is raised where it is found (raise_errmsg). */
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/codec.h"
#include "core/exc.h"
#include "core/obj_bytearray.h"
#include "core/obj_bytes.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/mod_json.h"

typedef struct dec {
    rv_obj_t *doc;       /* the str parsed (borrowed) */
    uint32_t *buf;       /* its code points */
    size_t len;
    rv_obj_t *memo;      /* dict: key -> the key object first made */
    rv_obj_t *object_hook, *object_pairs_hook, *parse_float, *parse_int, *parse_constant;
    size_t stop;         /* StopIteration's index, when stopped */
    bool stopped;
} dec_t;

static bool is_ws(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t skip_ws(const dec_t *d, size_t idx)
{
    while (idx < d->len && is_ws(d->buf[idx]))
        idx++;
    return idx;
}

static rv_obj_t *stop(dec_t *d, size_t idx)
{
    d->stopped = true;
    d->stop = idx;
    return NULL;
}

static rv_obj_t *error(dec_t *d, const char *msg, size_t pos)
{
    rv_json_decode_error(msg, d->doc, pos, false);
    return NULL;
}

static rv_obj_t *scan_once(dec_t *d, size_t idx, size_t *next);

static int hex_value(uint32_t c)
{
    return c >= '0' && c <= '9' ? (int)(c - '0')
         : c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10)
         : c >= 'A' && c <= 'F' ? (int)(c - 'A' + 10) : -1;
}

/* Four hex digits at i (the caller checked they exist), or -1. */
static long hex4(const dec_t *d, size_t i)
{
    long v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = hex_value(d->buf[i + k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* scanstring_unicode: the string whose opening quote is at begin - 1;
 * *next gets the index after its closing quote.  Control characters are
 * errors (strict); \uXXXX pairs of surrogates combine, a lone one stays. */
static rv_obj_t *scan_string(dec_t *d, size_t begin, size_t *next_out)
{
    rv_buf_t b = RV_BUF_INIT;
    size_t end = begin;
    for (;;) {
        size_t next = end;
        uint32_t c = 0;
        for (; next < d->len; next++) {
            c = d->buf[next];
            if (c == '"' || c == '\\')
                break;
            if (c <= 0x1f) {
                rv_buf_free(&b);
                return error(d, "Invalid control character at", next);
            }
            rv_buf_add_utf8(&b, c);
        }
        if (next >= d->len) {
            rv_buf_free(&b);
            return error(d, "Unterminated string starting at", begin - 1);
        }
        if (c == '"') {
            end = next + 1;
            break;
        }
        next++; /* past the backslash */
        if (next == d->len) {
            rv_buf_free(&b);
            return error(d, "Unterminated string starting at", begin - 1);
        }
        c = d->buf[next];
        if (c != 'u') {
            end = next + 1;
            const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
            const char *k = c < 128 ? strchr(from, (int)c) : NULL;
            if (!k || !c) {
                rv_buf_free(&b);
                return error(d, "Invalid \\escape", end - 2);
            }
            rv_buf_addc(&b, to[k - from]);
            continue;
        }
        next++; /* past the u */
        end = next + 4;
        long v = end < d->len ? hex4(d, next) : -1;
        if (v < 0) {
            rv_buf_free(&b);
            return error(d, "Invalid \\uXXXX escape", next - 1);
        }
        if (v >= 0xd800 && v <= 0xdbff && end + 6 < d->len && d->buf[end] == '\\' &&
            d->buf[end + 1] == 'u') {
            long v2 = hex4(d, end + 2);
            if (v2 < 0) {
                rv_buf_free(&b);
                return error(d, "Invalid \\uXXXX escape", end + 1);
            }
            if (v2 >= 0xdc00 && v2 <= 0xdfff) {
                v = 0x10000 + ((v - 0xd800) << 10) + (v2 - 0xdc00);
                end += 6;
            }
        }
        rv_buf_add_utf8(&b, (unsigned long)v);
    }
    *next_out = end;
    rv_obj_t *s = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return s;
}

/* A key: the memo's equal key if this call made one already. */
static rv_obj_t *scan_key(dec_t *d, size_t begin, size_t *next)
{
    rv_obj_t *key = scan_string(d, begin, next);
    if (!key)
        return NULL;
    rv_obj_t *prev = rv_dict_get_borrow(d->memo, key);
    if (prev) {
        rv_decref(key);
        return rv_incref(prev);
    }
    rv_dict_set(d->memo, key, key);
    return key;
}

/* _parse_object_unicode: idx is after the '{'. */
static rv_obj_t *parse_object(dec_t *d, size_t idx, size_t *next_out)
{
    bool pairs = d->object_pairs_hook != NULL;
    rv_obj_t *r = pairs ? rv_list_new(0) : rv_dict_new();
    size_t next;
    idx = skip_ws(d, idx);
    if (idx >= d->len || d->buf[idx] != '}') {
        for (;;) {
            if (idx >= d->len || d->buf[idx] != '"') {
                error(d, "Expecting property name enclosed in double quotes", idx);
                goto fail;
            }
            rv_obj_t *key = scan_key(d, idx + 1, &next);
            if (!key)
                goto fail;
            idx = skip_ws(d, next);
            if (idx >= d->len || d->buf[idx] != ':') {
                rv_decref(key);
                error(d, "Expecting ':' delimiter", idx);
                goto fail;
            }
            idx = skip_ws(d, idx + 1);
            rv_obj_t *val = scan_once(d, idx, &next);
            if (!val) {
                rv_decref(key);
                goto fail;
            }
            if (pairs) {
                rv_obj_t *item = rv_tuple_pack(2, key, val);
                rv_list_append(r, item);
                rv_decref(item);
            } else {
                rv_dict_set(r, key, val);
            }
            rv_decref(key);
            rv_decref(val);
            idx = skip_ws(d, next);
            if (idx < d->len && d->buf[idx] == '}')
                break;
            if (idx >= d->len || d->buf[idx] != ',') {
                error(d, "Expecting ',' delimiter", idx);
                goto fail;
            }
            idx = skip_ws(d, idx + 1);
        }
    }
    *next_out = idx + 1;
    rv_obj_t *hook = pairs ? d->object_pairs_hook : d->object_hook;
    if (hook) {
        rv_obj_t *v = rv_call1(hook, r);
        rv_decref(r);
        return v;
    }
    return r;
fail:
    rv_decref(r);
    return NULL;
}

/* _parse_array_unicode: idx is after the '['. */
static rv_obj_t *parse_array(dec_t *d, size_t idx, size_t *next_out)
{
    rv_obj_t *r = rv_list_new(0);
    size_t next;
    idx = skip_ws(d, idx);
    if (idx >= d->len || d->buf[idx] != ']') {
        for (;;) {
            rv_obj_t *val = scan_once(d, idx, &next);
            if (!val)
                goto fail;
            rv_list_append(r, val);
            rv_decref(val);
            idx = skip_ws(d, next);
            if (idx < d->len && d->buf[idx] == ']')
                break;
            if (idx >= d->len || d->buf[idx] != ',') {
                error(d, "Expecting ',' delimiter", idx);
                goto fail;
            }
            idx = skip_ws(d, idx + 1);
        }
    }
    *next_out = idx + 1;
    return r;
fail:
    rv_decref(r);
    return NULL;
}

/* _parse_constant: parse_constant(name), or _CONSTANTS[name]. */
static rv_obj_t *parse_constant(dec_t *d, const char *name, int which)
{
    if (!d->parse_constant)
        return rv_incref(rv_json_constant(which));
    rv_obj_t *s = rv_str_intern(name);
    rv_obj_t *r = rv_call1(d->parse_constant, s);
    rv_decref(s);
    return r;
}

static bool is_digit(const dec_t *d, size_t i)
{
    return i < d->len && d->buf[i] >= '0' && d->buf[i] <= '9';
}

/* _match_number_unicode: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?,
 * an int without fraction and exponent, else a float (or parse_int /
 * parse_float called with the text). */
static rv_obj_t *match_number(dec_t *d, size_t start, size_t *next_out)
{
    size_t idx = start;
    bool is_float = false;
    if (d->buf[idx] == '-') {
        idx++;
        if (idx >= d->len)
            return stop(d, start);
    }
    if (d->buf[idx] >= '1' && d->buf[idx] <= '9') {
        idx++;
        while (is_digit(d, idx))
            idx++;
    } else if (d->buf[idx] == '0') {
        idx++;
    } else {
        return stop(d, start);
    }
    if (idx + 1 < d->len && d->buf[idx] == '.' && is_digit(d, idx + 1)) {
        is_float = true;
        idx += 2;
        while (is_digit(d, idx))
            idx++;
    }
    if (idx + 1 < d->len && (d->buf[idx] == 'e' || d->buf[idx] == 'E')) {
        size_t e_start = idx++;
        if (idx + 1 < d->len && (d->buf[idx] == '-' || d->buf[idx] == '+'))
            idx++;
        while (is_digit(d, idx))
            idx++;
        if (is_digit(d, idx - 1))
            is_float = true;
        else
            idx = e_start;
    }
    *next_out = idx;
    char text[64];
    rv_buf_t big = RV_BUF_INIT;
    const char *t = text;
    size_t n = idx - start;
    if (n < sizeof text) {
        for (size_t i = 0; i < n; i++)
            text[i] = (char)d->buf[start + i];
        text[n] = '\0';
    } else {
        for (size_t i = 0; i < n; i++)
            rv_buf_addc(&big, (char)d->buf[start + i]);
        t = rv_buf_cstr(&big);
    }
    rv_obj_t *hook = is_float ? d->parse_float : d->parse_int;
    rv_obj_t *r;
    if (hook) {
        rv_obj_t *s = rv_str_from_utf8(t, n);
        r = rv_call1(hook, s);
        rv_decref(s);
    } else {
        r = is_float ? rv_float_from_text(t, n) : rv_int_from_text(t, n, 10);
    }
    rv_buf_free(&big);
    return r;
}

static bool looking_at(const dec_t *d, size_t idx, const char *word)
{
    size_t n = strlen(word);
    if (idx + n > d->len)
        return false;
    for (size_t i = 0; i < n; i++)
        if (d->buf[idx + i] != (uint32_t)word[i])
            return false;
    return true;
}

/* scan_once_unicode: the value at idx. */
static rv_obj_t *scan_once(dec_t *d, size_t idx, size_t *next)
{
    if (idx >= d->len)
        return stop(d, idx);
    rv_obj_t *r;
    switch (d->buf[idx]) {
    case '"':
        return scan_string(d, idx + 1, next);
    case '{':
        if (rv_enter_recursive(" while decoding a JSON object from a unicode string") < 0)
            return NULL;
        r = parse_object(d, idx + 1, next);
        rv_leave_recursive();
        return r;
    case '[':
        if (rv_enter_recursive(" while decoding a JSON array from a unicode string") < 0)
            return NULL;
        r = parse_array(d, idx + 1, next);
        rv_leave_recursive();
        return r;
    case 'n':
        if (looking_at(d, idx, "null")) {
            *next = idx + 4;
            return rv_incref(rv_None);
        }
        break;
    case 't':
        if (looking_at(d, idx, "true")) {
            *next = idx + 4;
            return rv_incref(rv_True);
        }
        break;
    case 'f':
        if (looking_at(d, idx, "false")) {
            *next = idx + 5;
            return rv_incref(rv_False);
        }
        break;
    case 'N':
        if (looking_at(d, idx, "NaN")) {
            *next = idx + 3;
            return parse_constant(d, "NaN", 0);
        }
        break;
    case 'I':
        if (looking_at(d, idx, "Infinity")) {
            *next = idx + 8;
            return parse_constant(d, "Infinity", 1);
        }
        break;
    case '-':
        if (looking_at(d, idx, "-Infinity")) {
            *next = idx + 9;
            return parse_constant(d, "-Infinity", 2);
        }
        break;
    default:
        break;
    }
    return match_number(d, idx, next);
}

/* A hook argument: None is no hook; float and int are the default. */
static rv_obj_t *hook(rv_obj_t *o, const rv_type_t *dflt)
{
    if (!o || o == rv_None || (dflt && o == &((rv_type_t *)dflt)->ob))
        return NULL;
    return o;
}

/* JSONDecoder.decode: the value after leading whitespace, then nothing
 * but whitespace ("Extra data"). */
static rv_obj_t *decode(dec_t *d)
{
    size_t next;
    size_t idx = skip_ws(d, 0);
    rv_obj_t *r = scan_once(d, idx, &next);
    if (!r) {
        if (d->stopped && !rv_err_occurred())
            rv_json_decode_error("Expecting value", d->doc, d->stop, true);
        return NULL;
    }
    size_t end = skip_ws(d, next);
    if (end != d->len) {
        rv_decref(r);
        return error(d, "Extra data", end);
    }
    return r;
}

/* json.detect_encoding and bytes.decode(encoding, 'surrogatepass'), for
 * UTF-8 (with or without its BOM): the str loads then parses.  The other
 * encodings, and UTF-8 text of surrogates (which only surrogatepass
 * decodes), are refused. */
static rv_obj_t *decode_bytes(rv_obj_t *b)
{
    rv_buffer_t view;
    if (rv_buffer_get(b, &view) <= 0)
        return NULL;
    const unsigned char *d = view.data;
    size_t n = view.len;
    bool other = (n >= 2 && ((d[0] == 0xfe && d[1] == 0xff) || (d[0] == 0xff && d[1] == 0xfe))) ||
                 (n >= 4 && (!d[0] || !d[1])) || (n == 2 && (!d[0] || !d[1]));
    for (size_t i = 0; !other && i + 1 < n; i++)
        other = d[i] == 0xed && d[i + 1] >= 0xa0 && d[i + 1] <= 0xbf;
    rv_obj_t *r = NULL;
    if (other) {
        rv_obj_t *msg = rv_str_from_cstr("json.loads() of bytes in UTF-16 or UTF-32, or of "
                                         "encoded surrogates");
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
    } else {
        /* 'utf-8-sig': UTF-8 after the BOM. */
        if (n >= 3 && d[0] == 0xef && d[1] == 0xbb && d[2] == 0xbf) {
            d += 3;
            n -= 3;
        }
        rv_obj_t *enc = rv_str_from_cstr("utf-8");
        r = rv_codec_decode(d, n, enc, NULL);
        rv_decref(enc);
    }
    rv_buffer_release(&view);
    return r;
}

static rv_obj_t *loads_str(rv_obj_t *s, rv_obj_t **p);

/* loads(s, *, cls=None, object_hook=None, parse_float=None,
 *       parse_int=None, parse_constant=None, object_pairs_hook=None, **kw) */
rv_obj_t *rv_json_loads(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    static const char *const names[] = { "s", "cls", "object_hook", "parse_float", "parse_int",
                                         "parse_constant", "object_pairs_hook", NULL };
    rv_obj_t *p[7];
    if (rv_json_bind("loads", "JSONDecoder", names, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_obj_t *s = p[0], *decoded = NULL;
    if (rv_isinstance(s, &rv_bytes_type) || rv_isinstance(s, &rv_bytearray_type)) {
        s = decoded = decode_bytes(s);
        if (!s)
            return NULL;
    } else if (!rv_isinstance(s, &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError,
                      "the JSON object must be str, bytes or bytearray, not %s",
                      rv_type_name(s->type));
        return NULL;
    } else if (rv_str_len(s) && rv_str_char_at(s, 0) == 0xfeff) {
        rv_json_decode_error("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0, false);
        return NULL;
    }
    rv_obj_t *r = loads_str(s, p);
    rv_xdecref(decoded);
    return r;
}

static rv_obj_t *loads_str(rv_obj_t *s, rv_obj_t **p)
{
    if (p[1] && p[1] != rv_None) {
        rv_obj_t *msg = rv_str_from_cstr("json.loads() with cls= (refviz models JSONDecoder "
                                         "only)");
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return NULL;
    }
    dec_t d = { .doc = s, .len = rv_str_len(s) };
    d.object_hook = hook(p[2], NULL);
    d.parse_float = hook(p[3], &rv_float_type);
    d.parse_int = hook(p[4], &rv_int_type);
    d.parse_constant = hook(p[5], NULL);
    d.object_pairs_hook = hook(p[6], NULL);
    d.buf = rv_malloc((d.len + 1) * sizeof *d.buf);
    const char *q = rv_str_utf8(s);
    for (size_t i = 0; i < d.len; i++)
        d.buf[i] = rv_utf8_decode(&q);
    d.memo = rv_dict_new();
    rv_obj_t *r = decode(&d);
    rv_decref(d.memo);
    rv_free(d.buf);
    return r;
}
