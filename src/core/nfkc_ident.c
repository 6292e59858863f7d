/* src/core/nfkc_ident.c - see nfkc.h (the tables are in nfkc.c). */
#include "core/nfkc.h"

#include "base/alloc.h"
#include "core/obj_str.h"

/* Hangul syllables compose by rule (Unicode 3.12), not by table. */
enum {
    HANGUL_S = 0xAC00, HANGUL_L = 0x1100, HANGUL_V = 0x1161, HANGUL_T = 0x11A7,
    HANGUL_NL = 19, HANGUL_NV = 21, HANGUL_NT = 28,
};

/* Appends cp's NFKC form (one to four characters) to cps; returns how many. */
static size_t map_one(uint32_t cp, uint32_t *cps)
{
    size_t lo = 0, hi = rv_nfkc_nruns;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const rv_nfkc_run_t *r = &rv_nfkc_runs[mid];
        if (cp < r->first)
            hi = mid;
        else if (cp >= r->first + r->count)
            lo = mid + 1;
        else {
            cps[0] = r->to + (cp - r->first);
            return 1;
        }
    }
    lo = 0;
    hi = rv_nfkc_nmultis;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const rv_nfkc_multi_t *m = &rv_nfkc_multis[mid];
        if (cp < m->cp)
            hi = mid;
        else if (cp > m->cp)
            lo = mid + 1;
        else {
            size_t k = 0;
            while (k < 4 && m->to[k])
                cps[k] = m->to[k], k++;
            return k;
        }
    }
    cps[0] = cp;
    return 1;
}

/* The canonical composite of a and b, or 0. */
static uint32_t compose(uint32_t a, uint32_t b)
{
    if (a >= HANGUL_L && a < HANGUL_L + HANGUL_NL && b >= HANGUL_V && b < HANGUL_V + HANGUL_NV)
        return HANGUL_S + ((a - HANGUL_L) * HANGUL_NV + (b - HANGUL_V)) * HANGUL_NT;
    if (a >= HANGUL_S && a < HANGUL_S + HANGUL_NL * HANGUL_NV * HANGUL_NT &&
        (a - HANGUL_S) % HANGUL_NT == 0 && b > HANGUL_T && b < HANGUL_T + HANGUL_NT)
        return a + (b - HANGUL_T);
    size_t lo = 0, hi = rv_nfkc_npairs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const rv_nfkc_pair_t *p = &rv_nfkc_pairs[mid];
        if (a < p->first || (a == p->first && b < p->second))
            hi = mid;
        else if (a > p->first || b > p->second)
            lo = mid + 1;
        else
            return p->composed;
    }
    return 0;
}

void rv_nfkc_identifier(const char *s, size_t n, rv_buf_t *out)
{
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)s[i] < 0x80;
    if (ascii) {
        rv_buf_add(out, s, n);
        return;
    }
    /* At most four characters for each byte's worth of input. */
    uint32_t *cps = rv_malloc((4 * n + 4) * sizeof *cps);
    size_t len = 0;
    for (const char *p = s; p < s + n;) {
        uint32_t mapped[4];
        size_t k = map_one(rv_utf8_decode(&p), mapped);
        for (size_t j = 0; j < k; j++) {
            uint32_t c = len ? compose(cps[len - 1], mapped[j]) : 0;
            if (c)
                cps[len - 1] = c;
            else
                cps[len++] = mapped[j];
        }
    }
    for (size_t i = 0; i < len; i++)
        rv_buf_add_utf8(out, cps[i]);
    rv_free(cps);
}
