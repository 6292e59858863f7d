/* src/core/codec.c - see codec.h.
 *
 * A name is looked up as CPython's codec registry does for these three
 * codecs: lowercased, every run of characters other than letters, digits
 * and '.' made one '_' (encodings.normalize_encoding), then the aliases of
 * Lib/encodings/aliases.py.  Errors name the codec as CPython's C codecs
 * do ('utf-8', 'ascii', 'latin-1').
 *
 * Decoding UTF-8 finds its errors where CPython's decoder does
 * (Objects/stringlib/codecs.h): an invalid start byte is one byte; a
 * sequence whose k-th byte is not a valid continuation is the k-1 bytes
 * before it ("invalid continuation byte"); a sequence cut short by the end
 * of the data runs to the end ("unexpected end of data").  ASCII and
 * latin-1 encoders report runs of characters they cannot encode, the UTF-8
 * encoder runs of surrogates; the handler replaces each whole run.
 *
 * The error handler is looked up only when an error happens, as in
 * CPython: 'x'.encode('ascii', 'nonsense') works. */
#include "core/codec.h"

#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/obj_bytes.h"
#include "core/obj_str.h"

typedef enum { C_UTF8, C_ASCII, C_LATIN1 } codec_t;

static const char *const codec_names[] = { "utf-8", "ascii", "latin-1" };

/* Lib/encodings/aliases.py's names for the three codecs, and the codecs'
 * own module names (utf_8, ascii, latin_1), normalized. */
static const struct {
    const char *name;
    codec_t codec;
} aliases[] = {
    { "utf_8", C_UTF8 },         { "u8", C_UTF8 },           { "utf", C_UTF8 },
    { "utf8", C_UTF8 },          { "utf8_ucs2", C_UTF8 },    { "utf8_ucs4", C_UTF8 },
    { "cp65001", C_UTF8 },       { "ascii", C_ASCII },       { "646", C_ASCII },
    { "ansi_x3.4_1968", C_ASCII }, { "ansi_x3.4_1986", C_ASCII },
    { "ansi_x3_4_1968", C_ASCII }, { "cp367", C_ASCII },     { "csascii", C_ASCII },
    { "ibm367", C_ASCII },       { "iso646_us", C_ASCII },   { "iso_646.irv_1991", C_ASCII },
    { "iso_ir_6", C_ASCII },     { "us", C_ASCII },          { "us_ascii", C_ASCII },
    { "latin_1", C_LATIN1 },     { "8859", C_LATIN1 },       { "cp819", C_LATIN1 },
    { "csisolatin1", C_LATIN1 }, { "ibm819", C_LATIN1 },     { "iso8859", C_LATIN1 },
    { "iso8859_1", C_LATIN1 },   { "iso_8859_1", C_LATIN1 }, { "iso_8859_1_1987", C_LATIN1 },
    { "iso_ir_100", C_LATIN1 },  { "l1", C_LATIN1 },         { "latin", C_LATIN1 },
    { "latin1", C_LATIN1 },
};

static bool is_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* 0 and *out set, or -1 with the unsupported error. */
static int find_codec(rv_obj_t *encoding, codec_t *out)
{
    if (!encoding) {
        *out = C_UTF8;
        return 0;
    }
    const char *s = rv_str_utf8(encoding);
    rv_buf_t b = RV_BUF_INIT;
    bool punct = false;
    for (; *s; s++) {
        if (is_alnum(*s) || *s == '.') {
            if (punct && b.len)
                rv_buf_addc(&b, '_');
            rv_buf_addc(&b, (char)(*s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : *s));
            punct = false;
        } else {
            punct = true;
        }
    }
    const char *norm = rv_buf_cstr(&b);
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        if (strcmp(aliases[i].name, norm) == 0) {
            *out = aliases[i].codec;
            rv_buf_free(&b);
            return 0;
        }
    }
    rv_buf_free(&b);
    rv_obj_t *msg = rv_str_printf("the '%s' codec (refviz has utf-8, ascii and latin-1)",
                                  rv_str_utf8(encoding));
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return -1;
}

typedef enum { H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_XMLCHARREF, H_SURROGATEESCAPE } handler_t;

/* The handler named errors (NULL: strict), looked up when an error
 * happens: 0, or -1 with LookupError (or the unsupported error). */
static int find_handler(rv_obj_t *errors, handler_t *out)
{
    static const struct {
        const char *name;
        handler_t h;
    } handlers[] = {
        { "strict", H_STRICT },
        { "ignore", H_IGNORE },
        { "replace", H_REPLACE },
        { "backslashreplace", H_BACKSLASH },
        { "xmlcharrefreplace", H_XMLCHARREF },
        { "surrogateescape", H_SURROGATEESCAPE },
    };
    if (!errors) {
        *out = H_STRICT;
        return 0;
    }
    for (size_t i = 0; i < sizeof handlers / sizeof handlers[0]; i++) {
        if (rv_str_eq_cstr(errors, handlers[i].name)) {
            *out = handlers[i].h;
            return 0;
        }
    }
    if (rv_str_eq_cstr(errors, "namereplace") || rv_str_eq_cstr(errors, "surrogatepass")) {
        rv_obj_t *msg = rv_str_printf("the '%s' error handler", rv_str_utf8(errors));
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return -1;
    }
    rv_err_format(&rv_exc_LookupError, "unknown error handler name '%s'", rv_str_utf8(errors));
    return -1;
}

/******************************************************************************/
/* decoding                                                                   */

static bool is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* The error at p[0] of a UTF-8 sequence (p < end, *p >= 0x80): its length
 * in *n (0 when p starts a valid sequence of *n bytes) and its reason. */
static const char *utf8_error(const unsigned char *p, const unsigned char *end, size_t *n)
{
    unsigned char c = p[0];
    size_t avail = (size_t)(end - p), need;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c < 0xC2 || c > 0xF4) {
        *n = 1;
        return "invalid start byte";
    }
    if (c < 0xE0) {
        need = 2;
    } else if (c < 0xF0) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F; /* surrogates are not UTF-8 */
    } else {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    }
    for (size_t k = 1; k < need; k++) {
        if (k >= avail) {
            *n = avail;
            return "unexpected end of data";
        }
        bool ok = k == 1 ? p[1] >= lo && p[1] <= hi : is_cont(p[k]);
        if (!ok) {
            *n = k;
            return "invalid continuation byte";
        }
    }
    *n = need;
    return NULL;
}

/* The decode error of bytes [start, end) under handler h: appends the
 * replacement, or raises. */
static int decode_error(codec_t codec, rv_obj_t *errors, const unsigned char *p, size_t n,
                        size_t start, size_t end, const char *reason, rv_buf_t *out)
{
    handler_t h;
    if (find_handler(errors, &h) < 0)
        return -1;
    switch (h) {
    case H_IGNORE:
        return 0;
    case H_REPLACE:
        rv_buf_add_utf8(out, 0xFFFD);
        return 0;
    case H_BACKSLASH:
        for (size_t i = start; i < end; i++)
            rv_buf_printf(out, "\\x%02x", p[i]);
        return 0;
    case H_SURROGATEESCAPE: {
        /* Bytes below 128 cannot be escaped: the error stands. */
        bool ok = true;
        for (size_t i = start; i < end; i++)
            ok &= p[i] >= 128;
        if (ok) {
            for (size_t i = start; i < end; i++)
                rv_buf_add_utf8(out, 0xDC00u + p[i]);
            return 0;
        }
        break;
    }
    case H_XMLCHARREF:
        rv_err_format(&rv_exc_TypeError,
                      "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    default:
        break;
    }
    rv_obj_t *bytes = rv_bytes_from(p, n);
    rv_obj_t *exc = rv_exc_unicode_new(&rv_exc_UnicodeDecodeError, codec_names[codec], bytes,
                                       bytes, start, end, reason);
    rv_decref(bytes);
    rv_err_set_exc(exc);
    rv_decref(exc);
    return -1;
}

rv_obj_t *rv_codec_decode(const unsigned char *p, size_t n, rv_obj_t *encoding,
                          rv_obj_t *errors)
{
    codec_t codec;
    if (find_codec(encoding, &codec) < 0)
        return NULL;
    rv_buf_t out = RV_BUF_INIT;
    rv_buf_reserve(&out, n);
    size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            rv_buf_addc(&out, (char)p[i++]);
            continue;
        }
        if (codec == C_LATIN1) {
            rv_buf_add_utf8(&out, p[i++]);
            continue;
        }
        size_t k = 1;
        const char *reason = codec == C_ASCII ? "ordinal not in range(128)"
                                              : utf8_error(p + i, p + n, &k);
        if (!reason) {
            rv_buf_add(&out, p + i, k);
            i += k;
            continue;
        }
        if (decode_error(codec, errors, p, n, i, i + k, reason, &out) < 0) {
            rv_buf_free(&out);
            return NULL;
        }
        i += k;
    }
    rv_obj_t *r = rv_str_from_buf(&out);
    rv_buf_free(&out);
    return r;
}

/******************************************************************************/
/* encoding                                                                   */

static bool encodable(codec_t codec, uint32_t c)
{
    switch (codec) {
    case C_ASCII: return c < 0x80;
    case C_LATIN1: return c < 0x100;
    default: return c < 0xD800 || c > 0xDFFF;
    }
}

/* The encode error of characters [start, end) (their code points in cps):
 * appends the replacement, or raises. */
static int encode_error(codec_t codec, rv_obj_t *errors, rv_obj_t *str, const uint32_t *cps,
                        size_t start, size_t end, rv_buf_t *out)
{
    handler_t h;
    if (find_handler(errors, &h) < 0)
        return -1;
    switch (h) {
    case H_IGNORE:
        return 0;
    case H_REPLACE:
        for (size_t i = start; i < end; i++)
            rv_buf_addc(out, '?');
        return 0;
    case H_BACKSLASH:
        for (size_t i = start; i < end; i++) {
            uint32_t c = cps[i - start];
            if (c <= 0xff)
                rv_buf_printf(out, "\\x%02x", (unsigned)c);
            else if (c <= 0xffff)
                rv_buf_printf(out, "\\u%04x", (unsigned)c);
            else
                rv_buf_printf(out, "\\U%08x", (unsigned)c);
        }
        return 0;
    case H_XMLCHARREF:
        for (size_t i = start; i < end; i++)
            rv_buf_printf(out, "&#%u;", (unsigned)cps[i - start]);
        return 0;
    case H_SURROGATEESCAPE: {
        bool ok = true;
        for (size_t i = start; i < end; i++)
            ok &= cps[i - start] >= 0xDC80 && cps[i - start] <= 0xDCFF;
        if (ok) {
            for (size_t i = start; i < end; i++)
                rv_buf_addc(out, (char)(cps[i - start] - 0xDC00));
            return 0;
        }
        break;
    }
    default:
        break;
    }
    const char *reason = codec == C_ASCII    ? "ordinal not in range(128)"
                         : codec == C_LATIN1 ? "ordinal not in range(256)"
                                             : "surrogates not allowed";
    rv_obj_t *exc = rv_exc_unicode_new(&rv_exc_UnicodeEncodeError, codec_names[codec], str, str,
                                       start, end, reason);
    rv_err_set_exc(exc);
    rv_decref(exc);
    return -1;
}

rv_obj_t *rv_codec_encode(rv_obj_t *str, rv_obj_t *encoding, rv_obj_t *errors)
{
    codec_t codec;
    if (find_codec(encoding, &codec) < 0)
        return NULL;
    const char *p = rv_str_utf8(str), *end = p + rv_str_nbytes(str);
    rv_buf_t out = RV_BUF_INIT;
    rv_buf_reserve(&out, rv_str_nbytes(str));
    size_t index = 0; /* code points so far */
    uint32_t *bad = NULL;
    size_t nbad = 0, capbad = 0;
    while (p < end) {
        const char *at = p;
        uint32_t c = rv_utf8_decode(&p);
        if (encodable(codec, c)) {
            if (codec == C_UTF8)
                rv_buf_add(&out, at, (size_t)(p - at));
            else
                rv_buf_addc(&out, (char)c);
            index++;
            continue;
        }
        /* The run of characters this codec cannot encode. */
        nbad = 0;
        for (;;) {
            if (nbad == capbad) {
                capbad = capbad ? 2 * capbad : 8;
                bad = rv_realloc(bad, capbad * sizeof *bad);
            }
            bad[nbad++] = c;
            if (p >= end)
                break;
            const char *q = p;
            uint32_t d = rv_utf8_decode(&q);
            if (encodable(codec, d))
                break;
            c = d;
            p = q;
        }
        if (encode_error(codec, errors, str, bad, index, index + nbad, &out) < 0) {
            rv_free(bad);
            rv_buf_free(&out);
            return NULL;
        }
        index += nbad;
    }
    rv_free(bad);
    rv_obj_t *r = rv_bytes_from_buf(&out);
    rv_buf_free(&out);
    return r;
}
