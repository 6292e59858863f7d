/* src/core/obj_str.c - str: representation, the caches CPython keeps, the
 * type's slots and its two iterator types.  The Python-visible methods are
 * in obj_str_methods.c.
 *
 * A str holds UTF-8 (NUL-terminated, possibly with embedded NULs) plus its
 * length in code points and its largest code point.  UTF-8 keeps code-point
 * order under memcmp, so comparisons are byte comparisons; indexing is O(1)
 * when the string is ASCII (nbytes == len) and a scan otherwise.  The
 * largest code point gives CPython's "kind" (ASCII, latin-1, UCS-2, UCS-4),
 * which decides sys.getsizeof.
 *
 * Identity follows CPython 3.11: '' and the 256 one-character latin-1
 * strings are singletons that the constructors return ('abc'[0] is 'a'),
 * except where CPython builds a result with PyUnicode_New
 * (rv_str_new_uncached: 'A'.lower(), ''.join(['', 'b']), 'ab'[::2]); and an
 * operation that leaves an exact str unchanged returns it itself (s[:] is s,
 * s.strip() is s when nothing is stripped).
 *
 * Every str holds well-formed UTF-8 (surrogates allowed, for '\ud800'):
 * rv_str_from_utf8 replaces ill-formed bytes with U+FFFD, so the code-point
 * walks below never run past the end.  Strings are never
 * resized in place (cpython-facts.md: refviz shows the language semantics). */
#include "core/obj_str.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "core/codec.h"
#include "core/exc.h"
#include "core/format.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_bytes.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_slice.h"
#include "core/obj_str_impl.h"
#include "core/ucd.h"

static rv_obj_t *empty_str;       /* '' */
static rv_obj_t *latin1_str[256]; /* '\x00' .. '\xff' */

/******************************************************************************/
/* UTF-8                                                                      */

uint32_t rv_utf8_decode(const char **pp)
{
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pp += 1;
        return c;
    }
    if (c < 0xE0) {
        *pp += 2;
        return (c & 0x1F) << 6 | (p[1] & 0x3Fu);
    }
    if (c < 0xF0) {
        *pp += 3;
        return (c & 0x0F) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
    }
    *pp += 4;
    return (c & 0x07) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
}

size_t rv_utf8_count(const char *p, size_t nbytes)
{
    size_t n = 0;
    for (size_t i = 0; i < nbytes; i++)
        n += ((unsigned char)p[i] & 0xC0) != 0x80;
    return n;
}

/* Length of the well-formed sequence at p (at most avail bytes), or 0.
 * Surrogates (ED A0..BF ..) are accepted: the lexer encodes '\ud800' so. */
static size_t utf8_seq_len(const unsigned char *p, size_t avail)
{
    unsigned char c = p[0];
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF; /* range of the second byte */
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, lo = c == 0xE0 ? 0xA0 : 0x80;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else
        return 0;
    if (avail < n || p[1] < lo || p[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

/* Code-point length and largest code point of UTF-8 bytes; false when the
 * bytes are not well-formed. */
static bool utf8_measure(const char *s, size_t nbytes, size_t *len, uint32_t *maxchar)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + nbytes;
    size_t n = 0;
    uint32_t max = 0;
    while (p < end) {
        if (*p < 0x80) {
            if (*p > max)
                max = *p;
            p++;
        } else {
            size_t k = utf8_seq_len(p, (size_t)(end - p));
            if (k == 0)
                return false;
            const char *q = (const char *)p;
            uint32_t cp = rv_utf8_decode(&q);
            if (cp > max)
                max = cp;
            p += k;
        }
        n++;
    }
    *len = n;
    *maxchar = max;
    return true;
}

/* Ill-formed bytes become U+FFFD, as decoding with errors='replace' would
 * do: every str keeps the invariant that its data is well-formed. */
static void utf8_sanitize(const char *s, size_t nbytes, rv_buf_t *out)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + nbytes;
    while (p < end) {
        size_t k = utf8_seq_len(p, (size_t)(end - p));
        if (k == 0) {
            rv_buf_add_utf8(out, 0xFFFD);
            p++;
        } else {
            rv_buf_add(out, p, k);
            p += k;
        }
    }
}

/* _PyUnicode_TransformDecimalAndSpaceToASCII, which int() and float() apply
 * to a str before parsing it: ASCII stays, a non-ASCII white-space character
 * becomes ' ', a decimal digit (Nd) its ASCII digit, anything else '?',
 * which no number accepts.  Decimal digits come in runs of ten, 0 to 9 (a
 * Unicode stability rule), so a digit's value is its distance from the start
 * of its run, modulo 10. */
void rv_utf8_decimal_to_ascii(const char *s, size_t nbytes, rv_buf_t *out)
{
    const char *p = s, *end = s + nbytes;
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            rv_buf_addc(out, *p++);
            continue;
        }
        uint32_t cp = rv_utf8_decode(&p);
        if (rv_ucd_has(cp, RV_UCD_SPACE)) {
            rv_buf_addc(out, ' ');
        } else if (rv_ucd_has(cp, RV_UCD_DECIMAL)) {
            uint32_t first = cp;
            while (rv_ucd_has(first - 1, RV_UCD_DECIMAL))
                first--;
            rv_buf_addc(out, (char)('0' + (cp - first) % 10));
        } else {
            rv_buf_addc(out, '?');
        }
    }
}

/******************************************************************************/
/* construction                                                               */

static rv_str_t *str_alloc(const rv_type_t *type, size_t nbytes)
{
    rv_str_t *s = rv_obj_alloc(type, sizeof(rv_str_t) + nbytes + 1);
    s->nbytes = nbytes;
    s->hash = -1;
    return s;
}

int rv_str_check_size(size_t nbytes)
{
    if (nbytes > RV_STR_MAX_BYTES) {
        rv_err_nomem();
        return -1;
    }
    return 0;
}

rv_obj_t *rv_str_from_parts(const char *p, size_t nbytes, size_t len, uint32_t maxchar)
{
    if (len == 0 && empty_str)
        return rv_incref(empty_str);
    if (len == 1 && maxchar < 256 && latin1_str[maxchar])
        return rv_incref(latin1_str[maxchar]);
    rv_str_t *s = str_alloc(&rv_str_type, nbytes);
    if (nbytes)
        memcpy(s->data, p, nbytes);
    s->len = len;
    s->maxchar = maxchar;
    return &s->ob;
}

rv_obj_t *rv_str_from_utf8(const char *s, size_t nbytes)
{
    size_t len;
    uint32_t maxchar;
    if (utf8_measure(s, nbytes, &len, &maxchar))
        return rv_str_from_parts(s, nbytes, len, maxchar);
    rv_buf_t b = RV_BUF_INIT;
    utf8_sanitize(s, nbytes, &b);
    utf8_measure(b.data, b.len, &len, &maxchar);
    rv_obj_t *r = rv_str_from_parts(b.data, b.len, len, maxchar);
    rv_buf_free(&b);
    return r;
}

rv_obj_t *rv_str_new_uncached(const char *p, size_t nbytes)
{
    size_t len;
    uint32_t maxchar;
    if (!utf8_measure(p, nbytes, &len, &maxchar)) {
        rv_obj_t *r = rv_str_from_utf8(p, nbytes); /* sanitised (and maybe cached) */
        return r;
    }
    if (len == 0)
        return rv_str_from_parts("", 0, 0, 0);
    rv_str_t *s = str_alloc(&rv_str_type, nbytes);
    memcpy(s->data, p, nbytes);
    s->len = len;
    s->maxchar = maxchar;
    return &s->ob;
}

rv_obj_t *rv_str_from_cstr(const char *s)
{
    return rv_str_from_utf8(s, strlen(s));
}

rv_obj_t *rv_str_from_buf(const rv_buf_t *b)
{
    return rv_str_from_utf8(b->data ? b->data : "", b->len);
}

rv_obj_t *rv_str_from_codepoint(uint32_t cp)
{
    if (cp < 256 && latin1_str[cp])
        return rv_incref(latin1_str[cp]);
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_add_utf8(&b, cp);
    rv_obj_t *s = rv_str_from_parts(b.data, b.len, 1, cp);
    rv_buf_free(&b);
    return s;
}

rv_obj_t *rv_str_printf(const char *fmt, ...)
{
    rv_buf_t b = RV_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    rv_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    rv_obj_t *s = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return s;
}

rv_obj_t *rv_str_unchanged(rv_obj_t *s)
{
    if (RV_IS(s, rv_str_type))
        return rv_incref(s);
    /* _PyUnicode_Copy: a new str, even of one latin-1 character; "" is
     * the singleton. */
    const rv_str_t *o = RV_STR(s);
    if (o->len == 0)
        return rv_str_from_parts("", 0, 0, 0);
    rv_str_t *c = str_alloc(&rv_str_type, o->nbytes);
    memcpy(c->data, o->data, o->nbytes);
    c->len = o->len;
    c->maxchar = o->maxchar;
    return &c->ob;
}

/* Where a subtype instance's extra bytes start: after the text's NUL,
 * aligned for the pointers kept there. */
static size_t extra_offset(size_t nbytes)
{
    size_t n = sizeof(rv_str_t) + nbytes + 1;
    return (n + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
}

static void *str_extra(rv_obj_t *o)
{
    return (char *)o + extra_offset(RV_STR(o)->nbytes);
}

rv_obj_t *rv_str_new_subtype(const rv_type_t *type, rv_obj_t *value)
{
    const rv_str_t *src = RV_STR(value);
    rv_str_t *s = rv_obj_alloc(type, extra_offset(src->nbytes) + type->extra_size);
    s->nbytes = src->nbytes;
    s->hash = -1;
    memcpy(s->data, src->data, src->nbytes);
    s->len = src->len;
    s->maxchar = src->maxchar;
    return &s->ob;
}

/******************************************************************************/
/* access                                                                     */

bool rv_str_eq_cstr(const rv_obj_t *s, const char *c)
{
    size_t n = strlen(c);
    return RV_STR(s)->nbytes == n && memcmp(RV_STR(s)->data, c, n) == 0;
}

bool rv_str_equal(const rv_obj_t *a, const rv_obj_t *b)
{
    const rv_str_t *x = (const rv_str_t *)a, *y = (const rv_str_t *)b;
    if (a == b)
        return true;
    if (x->nbytes != y->nbytes)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

size_t rv_str_offset(const rv_obj_t *s, size_t index)
{
    const rv_str_t *o = (const rv_str_t *)s;
    if (o->nbytes == o->len)
        return index;
    size_t off = 0;
    for (; index > 0; index--) {
        off++;
        while (off < o->nbytes && ((unsigned char)o->data[off] & 0xC0) == 0x80)
            off++;
    }
    return off;
}

uint32_t rv_str_char_at(const rv_obj_t *s, size_t index)
{
    const rv_str_t *o = (const rv_str_t *)s;
    if (o->nbytes == o->len)
        return (unsigned char)o->data[index];
    const char *p = o->data + rv_str_offset(s, index);
    return rv_utf8_decode(&p);
}

/******************************************************************************/
/* concatenation, slicing, repetition                                         */

/* PyUnicode_Concat: an empty operand gives the other one back. */
rv_obj_t *rv_str_concat(rv_obj_t *a, rv_obj_t *b)
{
    const rv_str_t *x = RV_STR(a), *y = RV_STR(b);
    if (y->len == 0)
        return rv_str_unchanged(a);
    if (x->len == 0)
        return rv_str_unchanged(b);
    if (rv_str_check_size(x->nbytes + y->nbytes) < 0)
        return NULL;
    rv_str_t *s = str_alloc(&rv_str_type, x->nbytes + y->nbytes);
    memcpy(s->data, x->data, x->nbytes);
    memcpy(s->data + x->nbytes, y->data, y->nbytes);
    s->len = x->len + y->len;
    s->maxchar = x->maxchar > y->maxchar ? x->maxchar : y->maxchar;
    return &s->ob;
}

/* unicode_subscript's slice branch. */
rv_obj_t *rv_str_slice(rv_obj_t *s, intptr_t start, intptr_t stop, intptr_t step, size_t count)
{
    const rv_str_t *o = RV_STR(s);
    (void)stop;
    if (count == 0)
        return rv_str_from_parts("", 0, 0, 0);
    if (step == 1) {
        if (start == 0 && count == o->len)
            return rv_str_unchanged(s);
        size_t from = rv_str_offset(s, (size_t)start);
        size_t to = rv_str_offset(s, (size_t)start + count);
        return rv_str_from_utf8(o->data + from, to - from);
    }
    rv_buf_t b = RV_BUF_INIT;
    if (o->nbytes == o->len) {
        rv_buf_reserve(&b, count);
        for (size_t i = 0; i < count; i++)
            rv_buf_addc(&b, o->data[start + (intptr_t)i * step]);
    } else {
        /* Byte offsets of every code point, then pick. */
        size_t *offs = rv_malloc(rv_mul_size(o->len + 1, sizeof *offs));
        size_t k = 0;
        for (size_t i = 0; i < o->nbytes; i++)
            if (((unsigned char)o->data[i] & 0xC0) != 0x80)
                offs[k++] = i;
        offs[k] = o->nbytes;
        for (size_t i = 0; i < count; i++) {
            size_t cp = (size_t)(start + (intptr_t)i * step);
            rv_buf_add(&b, o->data + offs[cp], offs[cp + 1] - offs[cp]);
        }
        rv_free(offs);
    }
    /* An extended slice is built with PyUnicode_New: 'ab'[::2] is not the
     * cached 'a'. */
    rv_obj_t *r = rv_str_new_uncached(b.data, b.len);
    rv_buf_free(&b);
    return r;
}

/* unicode_repeat. */
static rv_obj_t *str_repeat(rv_obj_t *s, rv_obj_t *count)
{
    const rv_str_t *o = RV_STR(s);
    int64_t n;
    if (!rv_int_fits_i64(count, &n) || n > INTPTR_MAX || n < INTPTR_MIN) {
        rv_err_format(&rv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return NULL;
    }
    if (n < 1 || o->len == 0)
        return rv_str_from_parts("", 0, 0, 0);
    if (n == 1)
        return rv_str_unchanged(s);
    if ((uint64_t)n > (uint64_t)INTPTR_MAX / o->len) {
        rv_err_format(&rv_exc_OverflowError, "repeated string is too long");
        return NULL;
    }
    if ((uint64_t)n > RV_STR_MAX_BYTES / o->nbytes) {
        rv_err_nomem();
        return NULL;
    }
    size_t total = o->nbytes * (size_t)n;
    rv_str_t *r = str_alloc(&rv_str_type, total);
    /* Doubling copies, as _PyBytes_Repeat does. */
    memcpy(r->data, o->data, o->nbytes);
    size_t done = o->nbytes;
    while (done < total) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(r->data + done, r->data, chunk);
        done += chunk;
    }
    r->len = o->len * (size_t)n;
    r->maxchar = o->maxchar;
    return &r->ob;
}

/******************************************************************************/
/* caches and interning                                                       */

static rv_obj_t **intern_tab; /* open addressing, linear probes */
static size_t intern_cap, intern_used;

/* str hashes are CPython 3.11's with PYTHONHASHSEED=0 (the oracle's
 * setting): SipHash-1-3 with a zero key over the string's canonical
 * representation (Objects/unicodeobject.c unicode_hash, Python/pyhash.c),
 * one byte per character when all are latin-1, else two (UCS-2) or four
 * (UCS-4) little-endian.  So hash('a'), and the iteration order of a set or
 * a resized dict of strings, are what `PYTHONHASHSEED=0 python3` gives;
 * hash('') is 0 and -1 is reserved. */
typedef struct sip {
    uint64_t v0, v1, v2, v3;
} sip_t;

static uint64_t rotl64(uint64_t x, int b)
{
    return (x << b) | (x >> (64 - b));
}

static void sip_round(sip_t *s)
{
    s->v0 += s->v1;
    s->v2 += s->v3;
    s->v1 = rotl64(s->v1, 13) ^ s->v0;
    s->v3 = rotl64(s->v3, 16) ^ s->v2;
    s->v0 = rotl64(s->v0, 32);
    s->v2 += s->v1;
    s->v0 += s->v3;
    s->v1 = rotl64(s->v1, 17) ^ s->v2;
    s->v3 = rotl64(s->v3, 21) ^ s->v0;
    s->v2 = rotl64(s->v2, 32);
}

static void sip_word(sip_t *s, uint64_t m)
{
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

/* Feeds the code points of UTF-8 text as `width`-byte little-endian units,
 * eight bytes at a time; returns the unfed tail's bytes. */
static uint64_t sip_feed(sip_t *s, const char *p, size_t n, int width)
{
    uint64_t word = 0;
    int have = 0;
    const char *end = p + n;
    while (p < end) {
        uint32_t cp = width == 1 && (unsigned char)*p < 0x80 ? (unsigned char)*p++
                                                              : rv_utf8_decode(&p);
        for (int k = 0; k < width; k++) {
            word |= (uint64_t)((cp >> (8 * k)) & 0xff) << (8 * have);
            if (++have == 8) {
                sip_word(s, word);
                word = 0;
                have = 0;
            }
        }
    }
    return word;
}

/* n bytes of UTF-8 text of len code points, the largest maxchar. */
static int64_t hash_text(const char *p, size_t n, size_t len, uint32_t maxchar)
{
    if (n == 0)
        return 0;
    int width = maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
    sip_t s = { 0x736f6d6570736575u, 0x646f72616e646f6du, 0x6c7967656e657261u,
                0x7465646279746573u };
    uint64_t tail = sip_feed(&s, p, n, width);
    uint64_t b = ((uint64_t)(len * (size_t)width) << 56) | tail;
    sip_word(&s, b);
    s.v2 ^= 0xff;
    sip_round(&s);
    sip_round(&s);
    sip_round(&s);
    int64_t r = (int64_t)(s.v0 ^ s.v1 ^ s.v2 ^ s.v3);
    return r == -1 ? -2 : r;
}

/* _Py_HashBytes over raw bytes: what hash(b'...') and hash(memoryview) give,
 * equal to the hash of the latin-1 str with the same characters. */
int64_t rv_hash_bytes(const void *data, size_t n)
{
    if (n == 0)
        return 0;
    sip_t s = { 0x736f6d6570736575u, 0x646f72616e646f6du, 0x6c7967656e657261u,
                0x7465646279746573u };
    const unsigned char *p = data;
    uint64_t word = 0;
    size_t have = 0;
    for (size_t i = 0; i < n; i++) {
        word |= (uint64_t)p[i] << (8 * have);
        if (++have == 8) {
            sip_word(&s, word);
            word = 0;
            have = 0;
        }
    }
    sip_word(&s, ((uint64_t)n << 56) | word);
    s.v2 ^= 0xff;
    sip_round(&s);
    sip_round(&s);
    sip_round(&s);
    int64_t r = (int64_t)(s.v0 ^ s.v1 ^ s.v2 ^ s.v3);
    return r == -1 ? -2 : r;
}

static rv_obj_t *make_cached(const char *p, size_t n, uint32_t cp)
{
    rv_str_t *s = str_alloc(&rv_str_type, n);
    memcpy(s->data, p, n);
    s->len = n ? 1 : 0;
    s->maxchar = cp;
    s->interned = true;
    s->ob.flags |= RV_F_ROOT;
    return &s->ob;
}

void rv_str_init_caches(void)
{
    rv_obj_init_static(&rv_str_ascii_iter_type.ob, &rv_type_type);
    rv_obj_init_static(&rv_str_iter_type.ob, &rv_type_type);
    rv_str_ascii_iter_type.base = rv_str_iter_type.base = &rv_object_type;
    if (!empty_str)
        empty_str = make_cached("", 0, 0);
    for (uint32_t c = 0; c < 256; c++) {
        if (latin1_str[c])
            continue;
        char u[2];
        size_t n = 1;
        if (c < 0x80) {
            u[0] = (char)c;
        } else {
            u[0] = (char)(0xC0 | c >> 6);
            u[1] = (char)(0x80 | (c & 0x3F));
            n = 2;
        }
        latin1_str[c] = make_cached(u, n, c);
    }
}

void rv_str_finalize_caches(void)
{
    for (size_t i = 0; i < intern_cap; i++) {
        rv_obj_t *o = intern_tab[i];
        intern_tab[i] = NULL;
        /* A mortal entry is not the table's (nor anything's by now). */
        if (o && RV_STR(o)->mortal)
            RV_STR(o)->mortal = false;
        else if (o)
            rv_decref(o);
    }
    rv_free(intern_tab);
    intern_tab = NULL;
    intern_cap = intern_used = 0;
    for (size_t c = 0; c < 256; c++)
        rv_clearref(&latin1_str[c]);
    rv_clearref(&empty_str);
}

static void intern_grow(void)
{
    size_t old_cap = intern_cap;
    rv_obj_t **old = intern_tab;
    intern_cap = old_cap ? old_cap * 2 : 256;
    intern_tab = rv_calloc(intern_cap, sizeof *intern_tab);
    for (size_t i = 0; i < old_cap; i++) {
        if (!old[i])
            continue;
        size_t j = (size_t)RV_STR(old[i])->hash & (intern_cap - 1);
        while (intern_tab[j])
            j = (j + 1) & (intern_cap - 1);
        intern_tab[j] = old[i];
    }
    rv_free(old);
}

/* The table holds a reference to each interned string for the whole run
 * (CPython 3.11 keeps "mortal" interned strings; refviz keeps identifier
 * constants alive, which a program cannot tell apart). */
rv_obj_t *rv_str_intern(const char *s)
{
    size_t n = strlen(s);
    size_t len;
    uint32_t maxchar;
    utf8_measure(s, n, &len, &maxchar); /* C strings here are well-formed */
    int64_t h = hash_text(s, n, len, maxchar);
    if (intern_cap) {
        for (size_t j = (size_t)h & (intern_cap - 1); intern_tab[j];
             j = (j + 1) & (intern_cap - 1)) {
            rv_str_t *o = RV_STR(intern_tab[j]);
            if (o->hash == h && o->nbytes == n && memcmp(o->data, s, n) == 0)
                return rv_incref(intern_tab[j]);
        }
    }
    rv_obj_t *o = rv_str_from_utf8(s, n);
    if (RV_STR(o)->interned)
        return o; /* a cached singleton */
    if ((intern_used + 1) * 3 >= intern_cap * 2)
        intern_grow();
    size_t j = (size_t)h & (intern_cap - 1);
    while (intern_tab[j])
        j = (j + 1) & (intern_cap - 1);
    RV_STR(o)->hash = h;
    RV_STR(o)->interned = true;
    o->flags |= RV_F_ROOT;
    intern_tab[j] = rv_incref(o);
    intern_used++;
    return o;
}

static int64_t str_hash_of(rv_obj_t *o)
{
    rv_str_t *s = RV_STR(o);
    if (s->hash == -1)
        s->hash = hash_text(s->data, s->nbytes, s->len, s->maxchar);
    return s->hash;
}

rv_obj_t *rv_str_intern_obj(rv_obj_t *o)
{
    if (RV_STR(o)->interned || !RV_IS(o, rv_str_type))
        return rv_incref(o);
    rv_str_t *s = RV_STR(o);
    int64_t h = str_hash_of(o);
    if (intern_cap) {
        for (size_t j = (size_t)h & (intern_cap - 1); intern_tab[j];
             j = (j + 1) & (intern_cap - 1)) {
            rv_str_t *t = RV_STR(intern_tab[j]);
            if (t->hash == h && t->nbytes == s->nbytes &&
                memcmp(t->data, s->data, s->nbytes) == 0)
                return rv_incref(intern_tab[j]);
        }
    }
    if ((intern_used + 1) * 3 >= intern_cap * 2)
        intern_grow();
    size_t j = (size_t)h & (intern_cap - 1);
    while (intern_tab[j])
        j = (j + 1) & (intern_cap - 1);
    intern_tab[j] = o; /* borrowed: see str_release */
    intern_used++;
    s->interned = s->mortal = true;
    return rv_incref(o);
}

/* A mortal interned string leaves the table when it dies (CPython's
 * unicode_dealloc with SSTATE_INTERNED_MORTAL): backward-shift deletion
 * keeps the linear probe chains whole. */
static void intern_remove(rv_obj_t *o)
{
    size_t mask = intern_cap - 1, i = (size_t)RV_STR(o)->hash & mask;
    while (intern_tab[i] && intern_tab[i] != o)
        i = (i + 1) & mask;
    if (!intern_tab[i])
        return;
    intern_tab[i] = NULL;
    intern_used--;
    for (size_t j = (i + 1) & mask; intern_tab[j]; j = (j + 1) & mask) {
        size_t home = (size_t)RV_STR(intern_tab[j])->hash & mask;
        /* Move the entry into the hole unless its home lies in (i, j]. */
        bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
        if (!stays) {
            intern_tab[i] = intern_tab[j];
            intern_tab[j] = NULL;
            i = j;
        }
    }
}

static void str_release(rv_obj_t *o)
{
    if (RV_STR(o)->mortal && intern_cap)
        intern_remove(o);
    rv_obj_free(o);
}

bool rv_str_is_name_chars(const rv_obj_t *o)
{
    const rv_str_t *s = RV_STR(o);
    for (size_t i = 0; i < s->nbytes; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
              (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

/******************************************************************************/
/* repr                                                                       */

/* unicode_repr: single quotes unless the text holds ' and no ".  Printable
 * non-ASCII is kept; the rest is escaped by Py_UNICODE_ISPRINTABLE, which
 * ucd.c reproduces exactly (categories Cc Cf Cs Co Cn Zl Zp and Zs other
 * than the space are not printable). */
void rv_str_repr_into(rv_buf_t *b, const rv_obj_t *so)
{
    const rv_str_t *s = (const rv_str_t *)so;
    const char *p = s->data, *end = s->data + s->nbytes;
    char quote = '\'';
    if (memchr(p, '\'', s->nbytes) && !memchr(p, '"', s->nbytes))
        quote = '"';
    rv_buf_reserve(b, s->nbytes + 2);
    rv_buf_addc(b, quote);
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            p++;
            if (c == (unsigned char)quote || c == '\\') {
                rv_buf_addc(b, '\\');
                rv_buf_addc(b, (char)c);
            } else if (c == '\t') {
                rv_buf_adds(b, "\\t");
            } else if (c == '\n') {
                rv_buf_adds(b, "\\n");
            } else if (c == '\r') {
                rv_buf_adds(b, "\\r");
            } else if (c < ' ' || c == 0x7f) {
                rv_buf_printf(b, "\\x%02x", c);
            } else {
                rv_buf_addc(b, (char)c);
            }
            continue;
        }
        const char *start = p;
        uint32_t cp = rv_utf8_decode(&p);
        if (rv_ucd_has(cp, RV_UCD_PRINTABLE))
            rv_buf_add(b, start, (size_t)(p - start));
        else if (cp <= 0xff)
            rv_buf_printf(b, "\\x%02x", (unsigned)cp);
        else if (cp <= 0xffff)
            rv_buf_printf(b, "\\u%04x", (unsigned)cp);
        else
            rv_buf_printf(b, "\\U%08x", (unsigned)cp);
    }
    rv_buf_addc(b, quote);
}

static rv_obj_t *str_repr(rv_obj_t *o)
{
    rv_buf_t b = RV_BUF_INIT;
    rv_str_repr_into(&b, o);
    rv_obj_t *r = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return r;
}

/* str(s) of a subclass instance is an exact str. */
static rv_obj_t *str_str(rv_obj_t *o)
{
    return rv_str_unchanged(o);
}

/* str.__format__: an empty spec is str(o), a plain str for an instance
 * of a subclass (_PyUnicode_FormatAdvancedWriter's format_obj). */
static rv_obj_t *str_format(rv_obj_t *o, rv_obj_t *spec)
{
    if (rv_str_len(spec) == 0)
        return rv_str_unchanged(o);
    return rv_str_format_spec(o, spec);
}

/******************************************************************************/
/* hashing, comparison, size                                                  */

static int str_hash(rv_obj_t *o, int64_t *out)
{
    *out = str_hash_of(o);
    return 0;
}

/* PyUnicode_RichCompare: code-point order is UTF-8 byte order. */
static rv_obj_t *str_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!rv_isinstance(a, &rv_str_type) || !rv_isinstance(b, &rv_str_type))
        return rv_incref(rv_NotImplemented);
    if (op == RV_EQ || op == RV_NE)
        return rv_bool_from(rv_str_equal(a, b) == (op == RV_EQ));
    const rv_str_t *x = RV_STR(a), *y = RV_STR(b);
    size_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, n);
    if (c == 0)
        c = x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes;
    bool r;
    switch (op) {
    case RV_LT: r = c < 0; break;
    case RV_LE: r = c <= 0; break;
    case RV_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return rv_bool_from(r);
}

/* CPython 3.11 compact unicode objects: PyASCIIObject is 48 bytes and
 * PyCompactUnicodeObject 72, plus the characters in the string's kind and a
 * terminating NUL of that kind. */
static size_t str_size(rv_obj_t *o)
{
    const rv_str_t *s = RV_STR(o);
    /* A subtype instance is a "legacy" two-block string in CPython
     * (unicode_subtype_new): PyUnicodeObject (80) and its data block, NUL
     * included, in its kind's width; its class adds the GC header. */
    if (!RV_IS(o, rv_str_type))
        return 80 + (s->len + 1) * (s->maxchar < 0x100 ? 1 : s->maxchar < 0x10000 ? 2 : 4);
    if (s->maxchar < 0x80)
        return 49 + s->len;
    if (s->maxchar < 0x100)
        return 73 + s->len;
    if (s->maxchar < 0x10000)
        return 74 + 2 * s->len;
    return 76 + 4 * s->len;
}

static int str_len(rv_obj_t *o, size_t *out)
{
    *out = RV_STR(o)->len;
    return 0;
}

static int str_truth(rv_obj_t *o)
{
    return RV_STR(o)->len > 0;
}

/******************************************************************************/
/* item access and membership                                                 */

static rv_obj_t *str_item(rv_obj_t *s, size_t i)
{
    const rv_str_t *o = RV_STR(s);
    if (o->nbytes == o->len)
        return rv_str_from_codepoint((unsigned char)o->data[i]);
    return rv_str_from_codepoint(rv_str_char_at(s, i));
}

/* unicode_subscript. */
static rv_obj_t *str_getitem(rv_obj_t *o, rv_obj_t *key)
{
    size_t len = RV_STR(o)->len;
    intptr_t i;
    bool is_int;
    if (rv_index_to_ssize(key, &i, &is_int) == 0) {
        if (i < 0)
            i += (intptr_t)len;
        if (i < 0 || (size_t)i >= len) {
            rv_err_format(&rv_exc_IndexError, "string index out of range");
            return NULL;
        }
        return str_item(o, (size_t)i);
    }
    if (is_int)
        return NULL;
    if (RV_IS(key, rv_slice_type)) {
        intptr_t start, stop, step;
        size_t count;
        if (rv_slice_indices(key, len, &start, &stop, &step, &count) < 0)
            return NULL;
        return rv_str_slice(o, start, stop, step, count);
    }
    rv_err_format(&rv_exc_TypeError, "string indices must be integers, not '%s'",
                  RV_TYPE_NAME(key));
    return NULL;
}

static int str_contains(rv_obj_t *o, rv_obj_t *item)
{
    if (!rv_isinstance(item, &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                      RV_TYPE_NAME(item));
        return -1;
    }
    const rv_str_t *h = RV_STR(o), *n = RV_STR(item);
    if (n->nbytes == 0)
        return 1;
    if (n->nbytes > h->nbytes)
        return 0;
    const char *p = h->data, *last = h->data + h->nbytes - n->nbytes;
    while (p <= last) {
        p = memchr(p, n->data[0], (size_t)(last - p) + 1);
        if (!p)
            return 0;
        if (memcmp(p, n->data, n->nbytes) == 0)
            return 1;
        p++;
    }
    return 0;
}

/******************************************************************************/
/* iterators: str_ascii_iterator and str_iterator (unicodeiter)               */

typedef struct str_iter {
    rv_obj_t ob;
    rv_obj_t *str; /* NULL once exhausted, as CPython drops it */
    size_t pos;    /* byte offset */
} str_iter_t;

static rv_obj_t *str_iter(rv_obj_t *o)
{
    bool ascii = RV_STR(o)->nbytes == RV_STR(o)->len;
    str_iter_t *it = rv_obj_alloc(ascii ? &rv_str_ascii_iter_type : &rv_str_iter_type,
                                  sizeof(str_iter_t));
    it->str = rv_incref(o);
    return &it->ob;
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

static rv_obj_t *iter_next(rv_obj_t *o)
{
    str_iter_t *it = (str_iter_t *)o;
    if (!it->str)
        return NULL;
    const rv_str_t *s = RV_STR(it->str);
    if (it->pos >= s->nbytes) {
        rv_clearref(&it->str);
        return NULL;
    }
    const char *p = s->data + it->pos;
    uint32_t cp = rv_utf8_decode(&p);
    it->pos = (size_t)(p - s->data);
    return rv_str_from_codepoint(cp);
}

static void iter_clear(rv_obj_t *o)
{
    rv_clearref(&((str_iter_t *)o)->str);
}

static void iter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    str_iter_t *it = (str_iter_t *)o;
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (it->str)
        visit(it->str, &e, ctx);
}

/* __length_hint__: list(iter(s)) pre-sizes with it (visible in getsizeof). */
static rv_obj_t *iter_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kwnames)
{
    (void)args;
    char q[64];
    snprintf(q, sizeof q, "%s.__length_hint__", RV_TYPE_NAME(self));
    if (rv_arg_no_kw(q, kwnames) < 0 || rv_arg_count(q, nargs, 0, 0) < 0)
        return NULL;
    str_iter_t *it = (str_iter_t *)self;
    size_t n = 0;
    if (it->str)
        n = rv_utf8_count(RV_STR(it->str)->data + it->pos, RV_STR(it->str)->nbytes - it->pos);
    return rv_int_from_i64((int64_t)n);
}

static const rv_method_t iter_methods[] = {
    { "__length_hint__", iter_length_hint, 0 },
    { NULL, NULL, 0 },
};

static size_t iter_size(rv_obj_t *o)
{
    (void)o;
    return 48; /* unicodeiterobject + GC header */
}

rv_type_t rv_str_ascii_iter_type = {
    .name = "str_ascii_iterator",
    .flags = RV_TF_MUTABLE | RV_TF_GC,
    .clear = iter_clear,
    .release = rv_obj_free,
    .traverse = iter_traverse,
    .size = iter_size,
    .iter = iter_self,
    .next = iter_next,
    .methods = iter_methods,
};

rv_type_t rv_str_iter_type = {
    .name = "str_iterator",
    .flags = RV_TF_MUTABLE | RV_TF_GC,
    .clear = iter_clear,
    .release = rv_obj_free,
    .traverse = iter_traverse,
    .size = iter_size,
    .iter = iter_self,
    .next = iter_next,
    .methods = iter_methods,
};

/******************************************************************************/
/* operators                                                                  */

static rv_obj_t *str_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b);

/* CPython tries the other operand's number slot before str's sequence
 * fallback (binary_op1, then sq_concat / sq_repeat): a user class with
 * __radd__ gets its chance before str raises. */
static rv_obj_t *other_first(rv_binop_t op, rv_obj_t *a, rv_obj_t *b, rv_obj_t *other)
{
    if (other->type->binop && other->type->binop != str_binop)
        return other->type->binop(op, a, b);
    return rv_incref(rv_NotImplemented);
}

static bool is_builtin_sequence(const rv_obj_t *o)
{
    return rv_isinstance(o, &rv_list_type) || rv_isinstance(o, &rv_tuple_type);
}

static rv_obj_t *str_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    bool a_str = rv_isinstance(a, &rv_str_type), b_str = rv_isinstance(b, &rv_str_type);
    rv_obj_t *r;
    switch (op) {
    case RV_OP_ADD:
        if (a_str && b_str)
            return rv_str_concat(a, b);
        if (!a_str)
            return rv_incref(rv_NotImplemented);
        r = other_first(op, a, b, b);
        if (r != rv_NotImplemented)
            return r;
        rv_decref(r);
        rv_err_format(&rv_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                      RV_TYPE_NAME(b));
        return NULL;
    case RV_OP_MUL:
        if ((a_str && b->type->pynumber) || (b_str && a->type->pynumber)) {
            /* a NumPy integer: repeated by its __index__ */
            rv_obj_t *n = (a_str ? b : a)->type->pynumber(a_str ? b : a);
            r = RV_IS(n, rv_int_type) ? str_repeat(a_str ? a : b, n) : NULL;
            rv_decref(n);
            if (r)
                return r;
        }
        if ((a_str && b->type->index) || (b_str && a->type->index)) {
            /* a class's __index__ */
            rv_obj_t *n = rv_index_value(a_str ? b : a);
            r = n ? str_repeat(a_str ? a : b, n) : NULL;
            rv_xdecref(n);
            return r;
        }
        if (a_str && rv_isinstance(b, &rv_int_type))
            return str_repeat(a, b);
        if (b_str && rv_isinstance(a, &rv_int_type))
            return str_repeat(b, a);
        if (a_str) {
            r = other_first(op, a, b, b);
            if (r != rv_NotImplemented)
                return r;
            rv_decref(r);
        }
        /* sq_repeat of the left sequence names the right operand's type. */
        rv_err_format(&rv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      RV_TYPE_NAME(a_str || is_builtin_sequence(a) ? b : a));
        return NULL;
    case RV_OP_MOD:
        if (a_str)
            return rv_str_percent(a, b);
        return rv_incref(rv_NotImplemented);
    default:
        return rv_incref(rv_NotImplemented);
    }
}

/******************************************************************************/
/* str(object='', encoding='utf-8', errors='strict')                          */

static rv_obj_t *str_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    static const char *const names[] = { "object", "encoding", "errors" };
    rv_obj_t *a[3];
    if (rv_str_unpack_kw("str", args, nargs, kwnames, names, 3, 0, a) < 0)
        return NULL;
    for (int i = 1; i < 3; i++) {
        if (a[i] && !rv_isinstance(a[i], &rv_str_type)) {
            rv_err_format(&rv_exc_TypeError, "str() argument '%s' must be str, not %s", names[i],
                          rv_arg_type_name(a[i]));
            return NULL;
        }
    }
    rv_obj_t *v;
    if (!a[0]) {
        v = rv_str_from_parts("", 0, 0, 0);
    } else if (a[1] || a[2]) {
        /* PyUnicode_FromEncodedObject: a contiguous buffer, decoded. */
        rv_buffer_t view;
        int has = rv_isinstance(a[0], &rv_str_type) ? 0 : rv_buffer_get(a[0], &view);
        if (has <= 0) {
            if (has < 0 && rv_err_matches(&rv_exc_RefvizUnsupported))
                return NULL;
            rv_err_clear();
            if (rv_isinstance(a[0], &rv_str_type))
                rv_err_format(&rv_exc_TypeError, "decoding str is not supported");
            else
                rv_err_format(&rv_exc_TypeError,
                              "decoding to str: need a bytes-like object, %s found",
                              RV_TYPE_NAME(a[0]));
            return NULL;
        }
        v = rv_codec_decode(view.data, view.len, a[1], a[2]);
        rv_buffer_release(&view);
        if (!v)
            return NULL;
    } else {
        v = rv_str(a[0]);
        if (!v)
            return NULL;
    }
    if (type == &rv_str_type)
        return v;
    /* unicode_subtype_new: the same text under the class's type. */
    rv_obj_t *s = rv_str_new_subtype(type, v);
    rv_decref(v);
    return s;
}

rv_type_t rv_str_type = {
    .name = "str",
    .flags = RV_TF_BASETYPE | RV_TF_INLINE,
    .release = str_release,
    .repr = str_repr,
    .str = str_str,
    .format = str_format,
    .size = str_size,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .truth = str_truth,
    .len = str_len,
    .binop = str_binop,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .methods = rv_str_methods,
    .make = str_make,
    .extra = str_extra,
};
