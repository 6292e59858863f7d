/* src/core/mag.c - multiplication and division of big-int magnitudes.
 *
 * Products.  Below a cutoff, the schoolbook product (squares compute each
 * cross product once and double them).  Above it, Karatsuba: with the
 * longer operand a split at h digits, a = a1*B + a0 and b = b1*B + b0
 * (B = 2**(32h)),
 *     a*b = z2*B**2 + (z1 - z2 - z0)*B + z0,
 *     z0 = a0*b0, z2 = a1*b1, z1 = (a0 + a1)*(b0 + b1),
 * three half-size products instead of four, so n**1.585 instead of n**2.
 * z0 and z2 are written straight into the result; z1 and the two sums
 * live in one scratch block per level, freed on the way out.  When b is
 * too short to have a high half (b <= h digits), a is cut into pieces of
 * b's length and each piece times b, a balanced product, is added in at
 * its offset: an unbalanced product then costs (an / bn) balanced ones,
 * not an * bn digit products (CPython's k_lopsided_mul does the same).
 *
 * Division is Knuth's algorithm D (TAOCP 4.3.1): the divisor is shifted
 * until its top bit is set, and each quotient digit is estimated from the
 * top two digits of the running remainder and the divisor's top digit,
 * corrected with its second digit, and at most once more by adding the
 * divisor back.
 *
 * Every temporary comes from rv_malloc, and is freed before returning. */
#include "core/mag.h"

#include <stdbool.h>
#include <string.h>

#include "base/alloc.h"

/* Measured (x86-64, gcc -O2, products and squares of 32 to 16384 digits,
 * cutoffs 16 to 128): times are flat for cutoffs between about 32 and 64
 * for products and 48 and 96 for squares, whose schoolbook loop does half
 * the work; at 4096 digits Karatsuba is 5 times faster than schoolbook. */
enum { MUL_CUTOFF_DEFAULT = 40, SQR_CUTOFF_DEFAULT = 64 };

static size_t mul_cutoff = MUL_CUTOFF_DEFAULT, sqr_cutoff = SQR_CUTOFF_DEFAULT;

size_t rv_mag_set_cutoffs(size_t mul, size_t sqr)
{
    size_t old = mul_cutoff;
    /* A level recurses on h + 1 digits (the half sums), fewer than n
     * only from n = 4 on: smaller cutoffs would never end. */
    mul_cutoff = mul >= 4 ? mul : mul ? 4 : MUL_CUTOFF_DEFAULT;
    sqr_cutoff = sqr >= 4 ? sqr : sqr ? 4 : SQR_CUTOFF_DEFAULT;
    return old;
}

size_t rv_mag_mul_scratch(size_t an, size_t bn)
{
    /* Each Karatsuba level holds 4h + 4 digits while the next level runs
     * on h + 1 (h about half), which sums to about 4 * an; an unbalanced
     * product holds 2 * bn more for a piece's product.  The constant
     * covers the + 4s of up to 64 levels. */
    return rv_mul_size(rv_mul_size(4, an) + rv_mul_size(2, bn) + 1024, sizeof(uint32_t));
}

/******************************************************************************/
/* digit-array helpers                                                        */

/* r[0..rn) += a[0..an), an <= rn, the carry running up through r; returns
 * the carry out of r's top digit (0 wherever the sum is known to fit). */
static uint32_t add_into(uint32_t *r, size_t rn, const uint32_t *a, size_t an)
{
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < an; i++) {
        carry += (uint64_t)r[i] + a[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; carry && i < rn; i++) {
        carry += r[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    return (uint32_t)carry;
}

/* r[0..rn) -= a[0..an), an <= rn; returns the borrow out of the top (0
 * wherever r >= a is known). */
static uint32_t sub_into(uint32_t *r, size_t rn, const uint32_t *a, size_t an)
{
    uint32_t borrow = 0;
    size_t i = 0;
    for (; i < an; i++) {
        uint64_t t = (uint64_t)r[i] - a[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = (uint32_t)(t >> 63);
    }
    for (; borrow && i < rn; i++) {
        borrow = r[i] == 0;
        r[i]--;
    }
    return borrow;
}

/* s[0..ln] = lo[0..ln) + hi[0..hn), hn <= ln: a half sum, one digit longer. */
static void add_halves(uint32_t *s, const uint32_t *lo, size_t ln, const uint32_t *hi, size_t hn)
{
    memcpy(s, lo, ln * sizeof *s);
    s[ln] = 0;
    add_into(s, ln + 1, hi, hn);
}

/* n without a's high zero digits. */
static size_t trimmed(const uint32_t *a, size_t n)
{
    while (n && a[n - 1] == 0)
        n--;
    return n;
}

/******************************************************************************/
/* schoolbook                                                                 */

void rv_mag_mul_school(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    memset(r, 0, (an + bn) * sizeof *r);
    for (size_t i = 0; i < an; i++) {
        uint64_t carry = 0, ai = a[i];
        /* ai * b[j] + r + carry <= (2**32 - 1)**2 + 2 * (2**32 - 1) < 2**64 */
        for (size_t j = 0; j < bn; j++) {
            carry += ai * b[j] + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + bn] = (uint32_t)carry;
    }
}

/* r[0..2n) = a * a: the cross products a[i] * a[j], i < j, once, doubled
 * by a shift, then the squares a[i]**2 added on the diagonal. */
static void sqr_school(uint32_t *r, const uint32_t *a, size_t n)
{
    memset(r, 0, 2 * n * sizeof *r);
    for (size_t i = 0; i < n; i++) {
        uint64_t carry = 0, ai = a[i];
        for (size_t j = i + 1; j < n; j++) {
            carry += ai * a[j] + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + n] = (uint32_t)carry; /* no row before this one reached i + n */
    }
    uint32_t top = 0;
    for (size_t k = 0; k < 2 * n; k++) {
        uint32_t v = r[k];
        r[k] = v << 1 | top;
        top = v >> 31;
    }
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t sq = (uint64_t)a[i] * a[i];
        carry += (uint64_t)r[2 * i] + (uint32_t)sq;
        r[2 * i] = (uint32_t)carry;
        carry >>= 32;
        carry += (uint64_t)r[2 * i + 1] + (sq >> 32);
        r[2 * i + 1] = (uint32_t)carry;
        carry >>= 32;
    }
}

/******************************************************************************/
/* Karatsuba                                                                  */

static void kmul(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn);
static void ksqr(uint32_t *r, const uint32_t *a, size_t n);

/* kmul with the longer operand first, as it wants them. */
static void kmul_any(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    if (an >= bn)
        kmul(r, a, an, b, bn);
    else
        kmul(r, b, bn, a, an);
}

/* r[h .. rn) += z1 - z0 - z2, where z0 = r[0..2h) and z2 = r[2h..rn) are
 * already in place and z1 = z[0..zn) (overwritten).  z1 - z0 - z2 is the
 * middle term a0*b1 + a1*b0, never negative, and it fits in r from h. */
static void add_middle(uint32_t *r, size_t rn, size_t h, uint32_t *z, size_t zn)
{
    sub_into(z, zn, r, 2 * h);
    sub_into(z, zn, r + 2 * h, rn - 2 * h);
    add_into(r + h, rn - h, z, trimmed(z, zn));
}

/* One Karatsuba level for an >= bn > h = ceil(an / 2): both operands
 * have a high half.  One scratch block holds a0 + a1, b0 + b1 (h + 1
 * digits each) and their product z1 (2h + 2). */
static void kmul_split(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn,
                       size_t h)
{
    size_t rn = an + bn;
    kmul(r, a, h, b, h);                           /* z0 = a0 * b0 */
    kmul_any(r + 2 * h, a + h, an - h, b + h, bn - h); /* z2 = a1 * b1 */
    uint32_t *sa = rv_malloc((4 * h + 4) * sizeof *sa);
    uint32_t *sb = sa + h + 1, *z = sb + h + 1;
    add_halves(sa, a, h, a + h, an - h);
    add_halves(sb, b, h, b + h, bn - h);
    size_t san = trimmed(sa, h + 1), sbn = trimmed(sb, h + 1);
    memset(z, 0, (2 * h + 2) * sizeof *z);
    kmul_any(z, sa, san, sb, sbn);
    add_middle(r, rn, h, z, 2 * h + 2);
    rv_free(sa);
}

/* a * b for bn <= ceil(an / 2): a in pieces of bn digits (the last one
 * shorter), each piece times b added into r at the piece's offset. */
static void kmul_pieces(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    memset(r, 0, (an + bn) * sizeof *r);
    uint32_t *t = rv_malloc(2 * bn * sizeof *t);
    for (size_t off = 0; off < an; off += bn) {
        size_t pn = an - off < bn ? an - off : bn;
        kmul_any(t, a + off, pn, b, bn);
        add_into(r + off, an + bn - off, t, pn + bn);
    }
    rv_free(t);
}

/* r[0..an+bn) = a * b for an >= bn. */
static void kmul(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    if (bn < mul_cutoff) {
        rv_mag_mul_school(r, b, bn, a, an); /* the long operand in the inner loop */
        return;
    }
    size_t h = (an + 1) / 2;
    if (bn <= h)
        kmul_pieces(r, a, an, b, bn);
    else
        kmul_split(r, a, an, b, bn, h);
}

/* r[0..2n) = a * a: Karatsuba with all three products squares,
 * z1 = (a0 + a1)**2. */
static void ksqr(uint32_t *r, const uint32_t *a, size_t n)
{
    if (n < sqr_cutoff) {
        sqr_school(r, a, n);
        return;
    }
    size_t h = (n + 1) / 2;
    ksqr(r, a, h);
    ksqr(r + 2 * h, a + h, n - h);
    uint32_t *s = rv_malloc((3 * h + 3) * sizeof *s);
    uint32_t *z = s + h + 1;
    add_halves(s, a, h, a + h, n - h);
    size_t sn = trimmed(s, h + 1);
    memset(z, 0, (2 * h + 2) * sizeof *z);
    ksqr(z, s, sn);
    add_middle(r, 2 * n, h, z, 2 * h + 2);
    rv_free(s);
}

void rv_mag_mul(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    if (!an || !bn) {
        memset(r, 0, (an + bn) * sizeof *r);
        return;
    }
    if (a == b && an == bn)
        ksqr(r, a, an);
    else
        kmul_any(r, a, an, b, bn);
}

/******************************************************************************/
/* division                                                                   */

/* out[0..n) = a[0..n) << s, 0 <= s < 32; returns the bits shifted out. */
static uint32_t shl_digits(uint32_t *out, const uint32_t *a, size_t n, int s)
{
    uint32_t top = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t v = a[i];
        out[i] = s ? v << s | top : v;
        top = s ? v >> (32 - s) : 0;
    }
    return top;
}

/* The quotient digit of the two-digit-longer window u[0..n] by v[0..n),
 * v normalised (top bit set): estimated from u's top two digits and v's
 * top digit, then lowered while v's second digit shows it too big; the
 * estimate is then exact or one too big (Knuth's Theorem B). */
static uint64_t estimate_digit(const uint32_t *u, const uint32_t *v, size_t n)
{
    uint64_t top = (uint64_t)u[n] << 32 | u[n - 1];
    uint64_t qhat = top / v[n - 1], rhat = top % v[n - 1];
    while (qhat >> 32 || qhat * v[n - 2] > (rhat << 32 | u[n - 2])) {
        qhat--;
        rhat += v[n - 1];
        if (rhat >> 32)
            break;
    }
    return qhat;
}

/* u[0..n] -= qhat * v[0..n); true when that went below zero, and then adds
 * v back (qhat was one too big). */
static bool sub_multiple(uint32_t *u, const uint32_t *v, size_t n, uint64_t qhat)
{
    uint64_t carry = 0;
    uint32_t borrow = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t p = qhat * v[i] + carry;
        carry = p >> 32;
        uint64_t t = (uint64_t)u[i] - (uint32_t)p - borrow;
        u[i] = (uint32_t)t;
        borrow = (uint32_t)(t >> 63);
    }
    uint64_t t = (uint64_t)u[n] - carry - borrow;
    u[n] = (uint32_t)t;
    if (!(t >> 63))
        return false;
    u[n] += add_into(u, n, v, n);
    return true;
}

void rv_mag_divmod(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *q,
                   uint32_t *r)
{
    int s = __builtin_clz(b[bn - 1]);
    uint32_t *v = rv_malloc((bn + an + 1) * sizeof *v), *u = v + bn;
    shl_digits(v, b, bn, s);
    u[an] = shl_digits(u, a, an, s);
    for (size_t j = an - bn + 1; j-- > 0;) {
        uint64_t qhat = estimate_digit(u + j, v, bn);
        if (sub_multiple(u + j, v, bn, qhat))
            qhat--;
        q[j] = (uint32_t)qhat;
    }
    /* The remainder is u[0..bn) shifted back down. */
    for (size_t i = 0; i < bn; i++)
        r[i] = s ? u[i] >> s | (uint32_t)((uint64_t)u[i + 1] << (32 - s)) : u[i];
    rv_free(v);
}
