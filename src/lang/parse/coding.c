/* src/lang/parse/coding.c - see coding.h. */
#include "lang/parse/coding.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"

/* The end of the line starting at p (at its '\r' or '\n', or end). */
static const char *line_end(const char *p, const char *end)
{
    while (p < end && *p != '\n' && *p != '\r')
        p++;
    return p;
}

static bool name_char(char c)
{
    return isalnum((unsigned char)c) || c == '-' || c == '_' || c == '.';
}

/* A declaration in the line [p, e): a comment (only blanks before its '#')
 * holding "coding" then ':' or '=' then blanks and a name.  Copies the
 * name to name and returns true. */
static bool declaration(const char *p, const char *e, char *name, size_t cap)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    if (p >= e || *p != '#')
        return false;
    for (const char *q = p; q + 7 <= e; q++) {
        if (memcmp(q, "coding", 6) != 0 || (q[6] != ':' && q[6] != '='))
            continue;
        const char *n = q + 7;
        while (n < e && (*n == ' ' || *n == '\t'))
            n++;
        const char *ne = n;
        while (ne < e && name_char(*ne))
            ne++;
        if (ne == n)
            continue;
        snprintf(name, cap, "%.*s", (int)(ne - n), n);
        return true;
    }
    return false;
}

/* Whether the line is blank or only a comment (then the second line may
 * declare the encoding). */
static bool comment_or_blank(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    return p >= e || *p == '#';
}

/* python3's tokenizer spells the utf-8 and latin-1 families one way in its
 * messages (and reads "utf-8-sig" and the like as utf-8). */
static const char *normal_name(const char *s)
{
    char b[13];
    size_t i = 0;
    for (; i < 12 && s[i]; i++)
        b[i] = s[i] == '_' ? '-' : (char)tolower((unsigned char)s[i]);
    b[i] = '\0';
    if (strcmp(b, "utf-8") == 0 || strncmp(b, "utf-8-", 6) == 0)
        return "utf-8";
    static const char *const latin[] = { "latin-1", "iso-8859-1", "iso-latin-1" };
    for (size_t k = 0; k < 3; k++) {
        size_t n = strlen(latin[k]);
        if (strcmp(b, latin[k]) == 0 || (strncmp(b, latin[k], n) == 0 && b[n] == '-'))
            return "iso-8859-1";
    }
    return s;
}

/* The codec registry's spelling: lower case, each run of other characters
 * than letters, digits and '.' one '_', none at either end. */
static void registry_name(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    bool gap = false;
    for (; *s && n + 2 < cap; s++) {
        if (isalnum((unsigned char)*s) || *s == '.') {
            if (gap && n)
                out[n++] = '_';
            gap = false;
            out[n++] = (char)tolower((unsigned char)*s);
        } else {
            gap = true;
        }
    }
    out[n] = '\0';
}

static bool listed(const char *const *names, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A registry name's codec, as encodings/aliases.py sends it. */
static rv_coding_t codec_of(const char *reg)
{
    static const char *const utf8[] = { "utf_8", "cp65001", "u8", "utf", "utf8", "utf8_ucs2",
                                        "utf8_ucs4" };
    static const char *const latin1[] = { "latin_1", "8859", "cp819", "csisolatin1", "ibm819",
                                          "iso8859", "iso8859_1", "iso_8859_1",
                                          "iso_8859_1_1987", "iso_ir_100", "l1", "latin",
                                          "latin1" };
    static const char *const ascii[] = { "ascii", "646", "ansi_x3.4_1968", "ansi_x3.4_1986",
                                         "ansi_x3_4_1968", "cp367", "csascii", "ibm367",
                                         "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us",
                                         "us_ascii" };
    static const char *const cp1252[] = { "cp1252", "1252", "windows_1252" };
#define IN(list) listed(list, sizeof list / sizeof list[0], reg)
    if (IN(utf8))
        return RV_CODING_UTF8;
    if (IN(latin1))
        return RV_CODING_LATIN1;
    if (IN(ascii))
        return RV_CODING_ASCII;
    if (IN(cp1252))
        return RV_CODING_CP1252;
#undef IN
    const char *key = reg;
    return bsearch(&key, rv_coding_known, rv_coding_nknown, sizeof *rv_coding_known, cmp_name)
               ? RV_CODING_OTHER
               : RV_CODING_UNKNOWN;
}

rv_coding_t rv_source_coding(const char *src, size_t len, char *name, size_t cap)
{
    const char *end = src + len, *p = src;
    char raw[128];
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    const char *e = line_end(p, end);
    bool found = declaration(p, e, raw, sizeof raw);
    if (!found && comment_or_blank(p, e) && e < end) {
        p = e + (e + 1 < end && e[0] == '\r' && e[1] == '\n' ? 2 : 1);
        found = declaration(p, line_end(p, end), raw, sizeof raw);
    }
    if (!found)
        return RV_CODING_NONE;
    const char *normal = normal_name(raw);
    snprintf(name, cap, "%s", normal);
    if (strcmp(normal, "utf-8") == 0)
        return RV_CODING_UTF8;
    if (strcmp(normal, "iso-8859-1") == 0)
        return RV_CODING_LATIN1;
    char reg[128];
    registry_name(raw, reg, sizeof reg);
    rv_coding_t c = codec_of(reg);
    if (c == RV_CODING_UNKNOWN && strchr(reg, '.')) {
        for (char *d = reg; *d; d++)
            if (*d == '.')
                *d = '_';
        c = codec_of(reg);
    }
    return c;
}

/* cp1252's bytes 0x80..0x9f (0: undefined, which python3 refuses). */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Decodes a single-byte encoding; false at a byte it does not define. */
static bool decode_bytes(rv_coding_t c, const char *src, size_t len, rv_buf_t *out)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)src[i];
        if (b < 0x80) {
            rv_buf_addc(out, (char)b);
            continue;
        }
        if (c == RV_CODING_ASCII)
            return false;
        unsigned cp = b;
        if (c == RV_CODING_CP1252 && b < 0xa0 && !(cp = cp1252_high[b - 0x80]))
            return false;
        rv_buf_add_utf8(out, cp);
    }
    return true;
}

bool rv_source_decode(char **src, size_t *len)
{
    char name[128];
    rv_coding_t c = rv_source_coding(*src, *len, name, sizeof name);
    if (c != RV_CODING_LATIN1 && c != RV_CODING_CP1252 && c != RV_CODING_ASCII)
        return true;
    /* A BOM with another declaration is python3's error: left as it is. */
    if (*len >= 3 && memcmp(*src, "\xEF\xBB\xBF", 3) == 0)
        return false;
    rv_buf_t out = RV_BUF_INIT;
    if (!decode_bytes(c, *src, *len, &out)) {
        rv_buf_free(&out);
        return false;
    }
    rv_free(*src);
    *src = rv_buf_steal(&out, len);
    return true;
}

/* The length of the well-formed UTF-8 sequence at q, or 0. */
static size_t utf8_at(const unsigned char *q, const unsigned char *end)
{
    unsigned char c = *q;
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!n || (size_t)(end - q) < n)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((q[i] & 0xC0) != 0x80)
            return 0;
    if ((n == 2 && c < 0xC2) || (n == 3 && c == 0xE0 && q[1] < 0xA0) ||
        (n == 3 && c == 0xED && q[1] >= 0xA0) || (n == 4 && c == 0xF0 && q[1] < 0x90) ||
        (n == 4 && (c > 0xF4 || (c == 0xF4 && q[1] >= 0x90))))
        return 0;
    return n;
}

/* The first byte that is not UTF-8, or NULL. */
static const char *first_non_utf8(const char *src, size_t len)
{
    const unsigned char *q = (const unsigned char *)src, *end = q + len;
    while (q < end) {
        size_t n = utf8_at(q, end);
        if (!n)
            return (const char *)q;
        q += n;
    }
    return NULL;
}

static int line_of(const char *src, const char *at)
{
    int line = 1;
    for (const char *p = src; p < at; p++)
        line += *p == '\n';
    return line;
}

static int bare(rv_syntax_error_t *err, int line, const char *fmt, const char *a, const char *b)
{
    err->set = true;
    err->bare = true;
    err->line = line;
    snprintf(err->msg, sizeof err->msg, fmt, a, b);
    return -1;
}

int rv_source_check(const char *src, size_t len, const char *filename, rv_syntax_error_t *err)
{
    char name[128];
    rv_coding_t c = rv_source_coding(src, len, name, sizeof name);
    bool bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    if (bom && c != RV_CODING_NONE && c != RV_CODING_UTF8)
        return bare(err, 1, "encoding problem: %s%s", name, " with BOM");
    switch (c) {
    case RV_CODING_UNKNOWN:
        return bare(err, 1, "encoding problem: %s%s", name, "");
    case RV_CODING_OTHER:
        err->set = true;
        err->unsupported = true;
        err->line = 1;
        snprintf(err->msg, sizeof err->msg,
                 "unsupported: the source encoding '%s' (refviz reads utf-8, latin-1, cp1252 and "
                 "ascii)", name);
        return -1;
    case RV_CODING_ASCII:
        for (size_t i = 0; i < len; i++)
            if ((unsigned char)src[i] >= 0x80)
                return bare(err, 1, "encoding problem: %s%s", name, "");
        return 0;
    case RV_CODING_CP1252:
        /* The reader decoded it to UTF-8, unless it could not. */
        return first_non_utf8(src, len) ? bare(err, 1, "encoding problem: %s%s", name, "") : 0;
    case RV_CODING_LATIN1:
    case RV_CODING_UTF8:
        return 0; /* the tokenizer checks UTF-8 and reports where */
    case RV_CODING_NONE:
        break;
    }
    if (bom)
        return 0;
    const char *bad = first_non_utf8(src, len);
    if (!bad)
        return 0;
    /* A NUL on an earlier line is found first (python3 reads line by line). */
    const char *nul = memchr(src, '\0', len);
    int line = line_of(src, bad);
    if (nul && line_of(src, nul) < line)
        return 0;
    char byte[8];
    snprintf(byte, sizeof byte, "%02x", (unsigned char)*bad);
    err->set = true;
    err->bare = true;
    err->line = line;
    snprintf(err->msg, sizeof err->msg,
             "Non-UTF-8 code starting with '\\x%s' in file %s on line %d, but no encoding "
             "declared; see https://peps.python.org/pep-0263/ for details",
             byte, filename, line);
    return -1;
}
