/* tests/unit/check_mag.c - big-int magnitudes (core/mag.c): Karatsuba
 * products and squares against the schoolbook product on many random
 * sizes around and well above the cutoffs, balanced and unbalanced, with
 * zero and one-digit operands, high zero digits and all-ones digits (the
 * longest carry chains); the same again with the cutoffs at their minimum,
 * so that tiny operands go through every path of the recursion; Knuth's
 * division checked by q * b + r == a and r < b, including the quotient
 * digit that must be corrected by adding the divisor back; and signed
 * products and powers of ints (obj_int.c over mag.c) against schoolbook.
 *
 * Random digits come from a fixed xorshift generator: a failure names
 * the sizes and repeats. */
#include "testutil.h"

#include <stdint.h>
#include <string.h>

#include "base/alloc.h"
#include "core/mag.h"
#include "core/obj_int.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t rng_state;

static uint32_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 16);
}

/* Digit patterns: random, all ones (every addition carries), sparse
 * (mostly zero digits), and random with high zero digits. */
enum { RANDOM, ONES, SPARSE, HIGH_ZEROS, N_PATTERNS };

static uint32_t *digits(size_t n, int pattern)
{
    uint32_t *d = rv_malloc((n ? n : 1) * sizeof *d);
    for (size_t i = 0; i < n; i++) {
        switch (pattern) {
        case ONES: d[i] = UINT32_MAX; break;
        case SPARSE: d[i] = rng() % 8 == 0 ? rng() : 0; break;
        default: d[i] = rng(); break;
        }
    }
    if (pattern == HIGH_ZEROS)
        for (size_t i = n / 2; i < n; i++)
            d[i] = 0;
    return d;
}

/* rv_mag_mul(a, b) == rv_mag_mul_school(a, b), for an x bn digits of a
 * pattern; with same, a square (one array as both operands). */
static void check_product(size_t an, size_t bn, int pattern, bool same)
{
    uint32_t *a = digits(an, pattern), *b = same ? a : digits(bn, pattern);
    if (same)
        bn = an;
    size_t rn = an + bn;
    uint32_t *fast = rv_malloc((rn ? rn : 1) * sizeof *fast);
    uint32_t *slow = rv_malloc((rn ? rn : 1) * sizeof *slow);
    memset(fast, 0xA5, (rn ? rn : 1) * sizeof *fast); /* garbage: every digit must be written */
    rv_mag_mul(fast, a, an, b, bn);
    rv_mag_mul_school(slow, a, an, b, bn);
    ck_assert_msg(memcmp(fast, slow, rn * sizeof *fast) == 0,
                  "product of %zu x %zu digits (pattern %d%s) differs from schoolbook", an, bn,
                  pattern, same ? ", square" : "");
    rv_free(fast);
    rv_free(slow);
    if (!same)
        rv_free(b);
    rv_free(a);
}

/* Operand sizes: around the cutoff c (where Karatsuba starts), around
 * 2c (where it recurses once), and well above; unbalanced pairs whose
 * short side is under, at and over c, and the lopsided split point
 * bn = ceil(an / 2). */
static void check_sizes_around(size_t c)
{
    size_t sizes[] = { 1, 2, 3, c - 1, c, c + 1, c + 2, 2 * c - 1, 2 * c, 2 * c + 1, 3 * c + 5,
                       7 * c + 3, 16 * c };
    for (size_t i = 0; i < N_ELEMS(sizes); i++) {
        for (size_t j = 0; j <= i; j++)
            for (int p = 0; p < N_PATTERNS; p++)
                check_product(sizes[i], sizes[j], p, false);
        for (int p = 0; p < N_PATTERNS; p++)
            check_product(sizes[i], 0, p, true);
    }
    size_t pairs[][2] = { { 1000, 1 }, { 1, 1000 }, { 1000, c - 1 }, { 1000, c }, { 1001, c + 1 },
                          { 999, 500 }, { 1000, 500 }, { 1000, 501 }, { 1001, 501 },
                          { 4 * c + 1, 2 * c + 1 }, { 5000, 3 * c + 7 }, { 0, 7 }, { 7, 0 },
                          { 0, 0 } };
    for (size_t i = 0; i < N_ELEMS(pairs); i++)
        for (int p = 0; p < N_PATTERNS; p++)
            check_product(pairs[i][0], pairs[i][1], p, false);
}

START_TEST(karatsuba_matches_schoolbook_at_the_default_cutoffs)
{
    rng_state = 0x9E3779B97F4A7C15u;
    rv_mag_set_cutoffs(0, 0);
    size_t c = rv_mag_set_cutoffs(0, 0); /* the default product cutoff */
    check_sizes_around(c);
    for (int k = 0; k < 40; k++) { /* random sizes up to 30 cutoffs */
        size_t an = 1 + rng() % (30 * c), bn = 1 + rng() % (30 * c);
        check_product(an, bn, RANDOM, false);
        check_product(an, 0, k % N_PATTERNS, true);
    }
}
END_TEST

START_TEST(karatsuba_matches_schoolbook_from_four_digits)
{
    rng_state = 0x2545F4914F6CDD1Du;
    rv_mag_set_cutoffs(4, 4);
    for (size_t an = 1; an <= 40; an++)
        for (size_t bn = 1; bn <= an; bn++)
            for (int p = 0; p < N_PATTERNS; p++)
                check_product(an, bn, p, false);
    for (size_t n = 1; n <= 200; n++)
        for (int p = 0; p < N_PATTERNS; p++)
            check_product(n, 0, p, true);
    check_sizes_around(4);
    rv_mag_set_cutoffs(0, 0);
}
END_TEST

/* q * b + r == a and r < b for rv_mag_divmod. */
static void check_division(const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    size_t qn = an - bn + 1;
    uint32_t *q = rv_malloc(qn * sizeof *q), *r = rv_malloc(bn * sizeof *r);
    rv_mag_divmod(a, an, b, bn, q, r);
    uint32_t *back = rv_malloc((qn + bn) * sizeof *back);
    rv_mag_mul_school(back, q, qn, b, bn);
    uint64_t carry = 0;
    for (size_t i = 0; i < qn + bn; i++) {
        carry += (uint64_t)back[i] + (i < bn ? r[i] : 0);
        back[i] = (uint32_t)carry;
        carry >>= 32;
    }
    ck_assert_msg(carry == 0, "q * b + r overflows (%zu / %zu digits)", an, bn);
    for (size_t i = 0; i < qn + bn; i++)
        ck_assert_msg(back[i] == (i < an ? a[i] : 0), "q * b + r != a (%zu / %zu digits)", an, bn);
    int below = 0;
    for (size_t i = bn; i-- > 0 && !below;)
        below = r[i] < b[i] ? 1 : r[i] > b[i] ? -1 : 0;
    ck_assert_msg(below == 1, "remainder not below the divisor (%zu / %zu digits)", an, bn);
    rv_free(back);
    rv_free(q);
    rv_free(r);
}

START_TEST(knuth_division_satisfies_its_identity)
{
    rng_state = 0xD1B54A32D192ED03u;
    /* 0x7fffffff80000000_0000000000000000 // 0x80000000_00000000_00000001:
     * the estimated digit 0xffffffff is one too big and the divisor is
     * added back; python3 says q = 0xfffffffe, r = 0x7fffffffffffffff00000002. */
    const uint32_t u[] = { 0, 0, 0x80000000u, 0x7fffffffu }, v[] = { 1, 0, 0x80000000u };
    uint32_t q[2], r[3];
    rv_mag_divmod(u, 4, v, 3, q, r);
    ck_assert_uint_eq(q[0], 0xfffffffeu);
    ck_assert_uint_eq(q[1], 0);
    ck_assert_uint_eq(r[0], 2);
    ck_assert_uint_eq(r[1], 0xffffffffu);
    ck_assert_uint_eq(r[2], 0x7fffffffu);
    check_division(u, 4, v, 3);
    for (int k = 0; k < 300; k++) {
        int p = k % N_PATTERNS;
        size_t bn = 2 + rng() % 60, an = bn + rng() % 80;
        uint32_t *a = digits(an, p), *b = digits(bn, p == HIGH_ZEROS ? RANDOM : p);
        if (b[bn - 1] == 0)
            b[bn - 1] = 1 + rng() % 3; /* small top digits: a large normalising shift */
        check_division(a, an, b, bn);
        rv_free(a);
        rv_free(b);
    }
}
END_TEST

/* A random int of n digits, negative when neg. */
static rv_obj_t *random_int(size_t n, bool neg)
{
    uint32_t *d = digits(n, RANDOM);
    d[n - 1] |= 1;
    rv_obj_t *x = rv_int_from_magnitude(d, n, neg ? -1 : 1);
    return x;
}

/* a * b (a ** e when b is NULL) with the cutoffs at min and at never. */
static rv_obj_t *op_with_cutoffs(size_t cutoff, rv_obj_t *a, rv_obj_t *b, int64_t e)
{
    rv_mag_set_cutoffs(cutoff, cutoff);
    rv_obj_t *r;
    if (b) {
        r = rv_int_binop(RV_OP_MUL, a, b);
    } else {
        rv_obj_t *eo = rv_int_from_i64(e);
        r = rv_int_binop(RV_OP_POW, a, eo);
        rv_decref(eo);
    }
    rv_mag_set_cutoffs(0, 0);
    ck_assert_ptr_nonnull(r);
    return r;
}

START_TEST(signed_products_and_powers_match_schoolbook)
{
    rng_state = 0x94D049BB133111EBu;
    for (int k = 0; k < 60; k++) {
        size_t an = 1 + rng() % 300, bn = 1 + rng() % 300;
        if (k % 3 == 0)
            bn = 1 + rng() % 3; /* one-digit and small operands */
        rv_obj_t *a = random_int(an, k & 1), *b = random_int(bn, k & 2);
        rv_obj_t *fast = op_with_cutoffs(4, a, b, 0), *slow = op_with_cutoffs(SIZE_MAX, a, b, 0);
        ck_assert_msg(rv_int_cmp(fast, slow) == 0, "%zu x %zu digits, signs %d %d", an, bn,
                      rv_int_sign(a), rv_int_sign(b));
        ck_assert_int_eq(rv_int_sign(fast), rv_int_sign(a) * rv_int_sign(b));
        rv_decref(fast);
        rv_decref(slow);
        int64_t e = 1 + rng() % 40;
        fast = op_with_cutoffs(4, a, NULL, e);
        slow = op_with_cutoffs(SIZE_MAX, a, NULL, e);
        ck_assert_msg(rv_int_cmp(fast, slow) == 0, "(%zu digits) ** %lld", an, (long long)e);
        ck_assert_int_eq(rv_int_sign(fast), rv_int_sign(a) < 0 && (e & 1) ? -1 : 1);
        rv_decref(fast);
        rv_decref(slow);
        rv_decref(a);
        rv_decref(b);
    }
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("mag");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "karatsuba at the cutoffs", karatsuba_matches_schoolbook_at_the_default_cutoffs },
        { "karatsuba from 4 digits", karatsuba_matches_schoolbook_from_four_digits },
        { "knuth division", knuth_division_satisfies_its_identity },
        { "signed products and powers", signed_products_and_powers_match_schoolbook },
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_add_checked_fixture(tc, rv_test_setup, rv_test_teardown);
        tcase_set_timeout(tc, 120);
        tcase_add_test(tc, cases[i].test);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    return rv_test_run(suite());
}
