/* src/lang/modules/mod_random_mt.c - the Mersenne Twister MT19937 behind
 * random.Random, as Matsumoto and Nishimura published it (mt19937ar.c,
 * 2002), with the seeding CPython's _random module does on top of it.
 *
 * The generator keeps 624 32-bit words and an index into them; when the
 * index reaches 624 the whole array is regenerated ("twisted") at once, and
 * each output word is the next array word passed through a tempering
 * transform.  Seeding goes through init_by_array: the array is filled from
 * the constant 19650218 (init_genrand) and then the key words are mixed in
 * over max(624, key length) steps.  CPython's keys (random_seed): the
 * absolute value of an int cut into 32-bit words, least significant first
 * (one zero word for 0); for random.seed(str) version 2 the int is
 * int.from_bytes(text + sha512(text), 'big'). */
#include "lang/modules/mod_random.h"

#include <string.h>

#include "base/alloc.h"
#include "base/sha512.h"

enum {
    MT_M = 397,
};

#define MATRIX_A 0x9908b0dfu   /* the twist's constant vector a */
#define UPPER_MASK 0x80000000u /* the word's most significant bit */
#define LOWER_MASK 0x7fffffffu /* its 31 least significant bits */

/* init_genrand: the array from one 32-bit seed (Knuth's multiplier). */
static void init_genrand(rv_mt_t *mt, uint32_t s)
{
    uint32_t *m = mt->state;
    m[0] = s;
    for (uint32_t i = 1; i < RV_MT_N; i++)
        m[i] = 1812433253u * (m[i - 1] ^ (m[i - 1] >> 30)) + i;
    mt->index = RV_MT_N;
}

void rv_mt_seed(rv_mt_t *mt, const uint32_t *key, size_t n)
{
    uint32_t *m = mt->state;
    init_genrand(mt, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = n > RV_MT_N ? n : RV_MT_N; k; k--) {
        m[i] = (m[i] ^ ((m[i - 1] ^ (m[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= RV_MT_N) {
            m[0] = m[RV_MT_N - 1];
            i = 1;
        }
        if (j >= n)
            j = 0;
    }
    for (size_t k = RV_MT_N - 1; k; k--) {
        m[i] = (m[i] ^ ((m[i - 1] ^ (m[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= RV_MT_N) {
            m[0] = m[RV_MT_N - 1];
            i = 1;
        }
    }
    m[0] = 0x80000000u; /* the array is never all zero */
}

/* One step of the recurrence for word k, whose successor is next and
 * whose partner M words on is far. */
static uint32_t twist(uint32_t word, uint32_t next, uint32_t far)
{
    uint32_t y = (word & UPPER_MASK) | (next & LOWER_MASK);
    return far ^ (y >> 1) ^ ((y & 1u) ? MATRIX_A : 0u);
}

uint32_t rv_mt_next(rv_mt_t *mt)
{
    uint32_t *m = mt->state;
    if (mt->index >= RV_MT_N) {
        int k = 0;
        for (; k < RV_MT_N - MT_M; k++)
            m[k] = twist(m[k], m[k + 1], m[k + MT_M]);
        for (; k < RV_MT_N - 1; k++)
            m[k] = twist(m[k], m[k + 1], m[k + MT_M - RV_MT_N]);
        m[RV_MT_N - 1] = twist(m[RV_MT_N - 1], m[0], m[MT_M - 1]);
        mt->index = 0;
    }
    uint32_t y = m[mt->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* genrand_res53: 27 + 26 bits make a double in [0, 1) on the grid of
 * 2**-53. */
double rv_mt_random(rv_mt_t *mt)
{
    uint32_t a = rv_mt_next(mt) >> 5, b = rv_mt_next(mt) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

size_t rv_mt_key_trim(const uint32_t *key, size_t n)
{
    while (n > 1 && key[n - 1] == 0)
        n--;
    return n ? n : 1;
}

size_t rv_mt_key_from_text(const uint8_t *text, size_t n, uint32_t **key)
{
    /* The bytes of the int, most significant first. */
    size_t nbytes = n + RV_SHA512_DIGEST;
    uint8_t *bytes = rv_malloc(nbytes);
    if (n)
        memcpy(bytes, text, n);
    rv_sha512(text, n, bytes + n);
    size_t nwords = (nbytes + 3) / 4;
    uint32_t *w = rv_calloc(nwords, sizeof *w);
    for (size_t i = 0; i < nbytes; i++) {
        size_t bit = 8 * (nbytes - 1 - i); /* the byte's place from the right */
        w[bit / 32] |= (uint32_t)bytes[i] << (bit % 32);
    }
    rv_free(bytes);
    *key = w;
    return rv_mt_key_trim(w, nwords);
}
