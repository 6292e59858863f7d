/* src/export/wrap.c - see wrap.h.
 *
 * Each line is first normalised (tabs expanded, control characters made
 * visible, bytes that are not UTF-8 replaced by U+FFFD, the hang mark
 * taken out and its column noted), then filled greedily: a word goes on
 * the current line when it fits after the spaces before it, else on a new
 * line (those spaces dropped); a word wider than a fresh line is cut at the
 * width, character by character. */
#include "export/wrap.h"

#include <stdbool.h>
#include <string.h>

typedef struct range {
    uint32_t first, last;
} range_t;

/* East Asian Wide (W) and Fullwidth (F) blocks and the emoji drawn wide
 * (Unicode 14 EastAsianWidth.txt, merged into blocks). */
static const range_t wide[] = {
    { 0x1100, 0x115F }, { 0x231A, 0x231B }, { 0x2329, 0x232A }, { 0x23E9, 0x23EC },
    { 0x23F0, 0x23F0 }, { 0x23F3, 0x23F3 }, { 0x25FD, 0x25FE }, { 0x2614, 0x2615 },
    { 0x2648, 0x2653 }, { 0x267F, 0x267F }, { 0x2693, 0x2693 }, { 0x26A1, 0x26A1 },
    { 0x26AA, 0x26AB }, { 0x26BD, 0x26BE }, { 0x26C4, 0x26C5 }, { 0x26CE, 0x26CE },
    { 0x26D4, 0x26D4 }, { 0x26EA, 0x26EA }, { 0x26F2, 0x26F3 }, { 0x26F5, 0x26F5 },
    { 0x26FA, 0x26FA }, { 0x26FD, 0x26FD }, { 0x2705, 0x2705 }, { 0x270A, 0x270B },
    { 0x2728, 0x2728 }, { 0x274C, 0x274C }, { 0x274E, 0x274E }, { 0x2753, 0x2755 },
    { 0x2757, 0x2757 }, { 0x2795, 0x2797 }, { 0x27B0, 0x27B0 }, { 0x27BF, 0x27BF },
    { 0x2B1B, 0x2B1C }, { 0x2B50, 0x2B50 }, { 0x2B55, 0x2B55 }, { 0x2E80, 0x303E },
    { 0x3041, 0x33FF }, { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xA000, 0xA4CF },
    { 0xA960, 0xA97F }, { 0xAC00, 0xD7A3 }, { 0xF900, 0xFAFF }, { 0xFE10, 0xFE19 },
    { 0xFE30, 0xFE6F }, { 0xFF00, 0xFF60 }, { 0xFFE0, 0xFFE6 }, { 0x16FE0, 0x16FE4 },
    { 0x17000, 0x18CFF }, { 0x1B000, 0x1B2FF }, { 0x1F004, 0x1F004 }, { 0x1F0CF, 0x1F0CF },
    { 0x1F18E, 0x1F18E }, { 0x1F191, 0x1F19A }, { 0x1F200, 0x1F251 }, { 0x1F300, 0x1F64F },
    { 0x1F680, 0x1F6FF }, { 0x1F7E0, 0x1F7EB }, { 0x1F90C, 0x1F9FF }, { 0x1FA70, 0x1FAFF },
    { 0x20000, 0x2FFFD }, { 0x30000, 0x3FFFD },
};

/* Combining marks and zero-width format characters (the common blocks). */
static const range_t zero[] = {
    { 0x0300, 0x036F }, { 0x0483, 0x0489 }, { 0x0591, 0x05BD }, { 0x0610, 0x061A },
    { 0x064B, 0x065F }, { 0x1AB0, 0x1AFF }, { 0x1DC0, 0x1DFF }, { 0x200B, 0x200F },
    { 0x202A, 0x202E }, { 0x2060, 0x2064 }, { 0x20D0, 0x20FF }, { 0xFE00, 0xFE0F },
    { 0xFE20, 0xFE2F }, { 0xFEFF, 0xFEFF }, { 0xE0100, 0xE01EF },
};

static bool in_ranges(const range_t *r, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < r[mid].first)
            hi = mid;
        else if (cp > r[mid].last)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

int rv_wrap_cp_width(uint32_t cp)
{
    if (cp < 0x300)
        return 1;
    if (in_ranges(zero, sizeof zero / sizeof zero[0], cp))
        return 0;
    return in_ranges(wide, sizeof wide / sizeof wide[0], cp) ? 2 : 1;
}

/* The length of the UTF-8 character at p, its code point in *cp; a byte
 * that does not start a well-formed character is one unit of its own,
 * *cp = UINT32_MAX. */
static size_t utf8_char(const char *p, const char *end, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)p;
    unsigned c = s[0];
    size_t n = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3
             : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    *cp = UINT32_MAX;
    if (n == 0 || n > (size_t)(end - p))
        return 1;
    uint32_t v = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 1;
        v = v << 6 | (s[i] & 0x3Fu);
    }
    /* C1 controls would be obeyed by some terminals. */
    if (v >= 0x80 && v < 0xA0)
        return n;
    *cp = v;
    return n;
}

/* The length of an SGR sequence (ESC [ digits and ; m) at p, else 0. */
static size_t sgr_len(const char *p, const char *end)
{
    if (end - p < 3 || p[0] != '\033' || p[1] != '[')
        return 0;
    const char *q = p + 2;
    while (q < end && ((*q >= '0' && *q <= '9') || *q == ';'))
        q++;
    return q < end && *q == 'm' ? (size_t)(q + 1 - p) : 0;
}

static bool is_control(unsigned c)
{
    return c < 0x20 || c == 0x7F;
}

/* One unit of text at p: an SGR sequence or the mark (no columns), a
 * control character (^X: 2 columns) or a character. */
static size_t unit(const char *p, const char *end, size_t *cols)
{
    size_t n = sgr_len(p, end);
    if (n || *p == RV_WRAP_HANG[0]) {
        *cols = 0;
        return n ? n : 1;
    }
    uint32_t cp;
    n = utf8_char(p, end, &cp);
    *cols = cp == UINT32_MAX ? 1 : is_control(cp) ? 2 : (size_t)rv_wrap_cp_width(cp);
    return n;
}

size_t rv_wrap_width(const char *s, size_t len)
{
    size_t cols = 0, c;
    for (const char *p = s, *end = s + len; p < end; p += unit(p, end, &c), cols += c)
        ;
    return cols;
}

size_t rv_wrap_fit(const char *s, size_t len, size_t cols)
{
    const char *p = s, *end = s + len;
    size_t used = 0;
    while (p < end) {
        size_t c, n = unit(p, end, &c);
        if (used + c > cols)
            break;
        used += c;
        p += n;
    }
    return (size_t)(p - s);
}

/* The line as it will be shown, in out; *hang is the mark's column, or
 * SIZE_MAX without one.  A trailing '\r' (a CRLF source file) goes. */
static void normalize(const char *p, const char *end, rv_buf_t *out, size_t *hang)
{
    size_t col = 0;
    *hang = SIZE_MAX;
    if (end > p && end[-1] == '\r')
        end--;
    while (p < end) {
        size_t n = sgr_len(p, end);
        unsigned char c = (unsigned char)*p;
        uint32_t cp;
        if (n) {
            rv_buf_add(out, p, n);
        } else if (c == RV_WRAP_HANG[0]) {
            n = 1;
            if (*hang == SIZE_MAX)
                *hang = col;
        } else if (c == '\t') {
            n = 1;
            for (size_t stop = (col / 8 + 1) * 8; col < stop; col++)
                rv_buf_addc(out, ' ');
        } else if (is_control(c)) {
            n = 1;
            rv_buf_addc(out, '^');
            rv_buf_addc(out, (char)(c ^ 0x40));
            col += 2;
        } else if ((n = utf8_char(p, end, &cp)), cp == UINT32_MAX) {
            rv_buf_adds(out, "\xEF\xBF\xBD");
            col++;
        } else {
            rv_buf_add(out, p, n);
            col += (size_t)rv_wrap_cp_width(cp);
        }
        p += n;
    }
}

typedef struct filler {
    rv_buf_t *out;
    size_t width, hang, col;
    size_t lines;           /* lines ended so far */
    char open[32];          /* the SGR in effect (nopen 0: none) */
    size_t nopen;
} filler_t;

static void put_unit(filler_t *f, const char *p, size_t n, size_t cols)
{
    rv_buf_add(f->out, p, n);
    f->col += cols;
    if (n < 3 || p[0] != '\033')
        return;
    if (n == 3 || (n == 4 && p[2] == '0'))
        f->nopen = 0;
    else if (n <= sizeof f->open) {
        memcpy(f->open, p, n);
        f->nopen = n;
    }
}

static void put_run(filler_t *f, const char *p, const char *end)
{
    while (p < end) {
        size_t cols, n = unit(p, end, &cols);
        put_unit(f, p, n, cols);
        p += n;
    }
}

static void new_line(filler_t *f)
{
    if (f->nopen)
        rv_buf_adds(f->out, "\033[0m");
    rv_buf_addc(f->out, '\n');
    f->lines++;
    for (size_t i = 0; i < f->hang; i++)
        rv_buf_addc(f->out, ' ');
    f->col = f->hang;
    if (f->nopen)
        rv_buf_add(f->out, f->open, f->nopen);
}

/* A word wider than a fresh line: as much as fits on each line (at least
 * one character, so that a 1-column terminal still makes progress). */
static void put_cut(filler_t *f, const char *p, const char *end)
{
    while (p < end) {
        size_t cols, n = unit(p, end, &cols);
        if (f->col + cols > f->width && f->col > f->hang)
            new_line(f);
        put_unit(f, p, n, cols);
        p += n;
    }
}

/* Fills one normalised line. */
static void fill(filler_t *f, const char *p, const char *end)
{
    size_t lead = 0;
    while (p < end && *p == ' ') {
        p++;
        lead++;
    }
    if (f->hang == SIZE_MAX)
        f->hang = lead;
    if (f->hang > f->width / 2)
        f->hang = f->width / 2;
    if (lead > f->width / 2)
        lead = f->width / 2;
    for (f->col = 0; f->col < lead; f->col++)
        rv_buf_addc(f->out, ' ');
    while (p < end) {
        const char *word = p;
        while (word < end && *word == ' ')
            word++;
        const char *stop = word;
        size_t spaces = (size_t)(word - p), cols = 0;
        while (stop < end && *stop != ' ') {
            size_t c;
            stop += unit(stop, end, &c);
            cols += c;
        }
        if (stop == word)
            break; /* trailing spaces */
        if (f->col + spaces + cols <= f->width) {
            for (size_t i = 0; i < spaces; i++, f->col++)
                rv_buf_addc(f->out, ' ');
            put_run(f, word, stop);
        } else if (cols == 0) {
            put_run(f, word, stop); /* colours alone never start a line */
        } else if (cols <= f->width - f->hang) {
            new_line(f);
            put_run(f, word, stop);
        } else {
            for (; spaces && f->col < f->width; spaces--, f->col++)
                rv_buf_addc(f->out, ' ');
            put_cut(f, word, stop);
        }
        p = stop;
    }
    if (f->nopen)
        rv_buf_adds(f->out, "\033[0m");
    rv_buf_addc(f->out, '\n');
    f->lines++;
}

size_t rv_wrap(const char *text, size_t len, size_t width, rv_buf_t *out)
{
    rv_buf_t norm = RV_BUF_INIT;
    filler_t f = { .out = out, .width = width < 2 ? 2 : width };
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        rv_buf_truncate(&norm, 0);
        normalize(p, stop, &norm, &f.hang);
        f.nopen = 0;
        const char *s = rv_buf_cstr(&norm);
        fill(&f, s, s + norm.len);
        p = nl ? nl + 1 : end;
    }
    rv_buf_free(&norm);
    return f.lines;
}
