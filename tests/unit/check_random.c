/* tests/unit/check_random.c - the Mersenne Twister behind random.Random
 * (mod_random_mt.c) against CPython 3.11: the words and floats python3
 * draws after random.seed(0), seed(42), seed(2**100) and seed('hello'),
 * each seed given as the key CPython makes of it (the int's 32-bit words,
 * least significant first; for a str, the words of its UTF-8 bytes followed
 * by their SHA-512), and SHA-512 itself against FIPS 180-4's examples.
 *
 * Every expected number was printed by python3:
 *   random.seed(s); [random.getrandbits(32) for _ in range(4)]
 *   random.seed(s); [random.random() for _ in range(2)]
 *   random.seed(s); 1000 words, then the 1001st (the array twisted again). */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/sha512.h"
#include "lang/modules/mod_random.h"

typedef struct seed_case {
    const char *name;
    uint32_t key[4];
    size_t nkey;
    const char *text; /* a str seed: the key is made of it */
    uint32_t words[4];
    double floats[2];
    uint32_t word1001;
} seed_case_t;

static const seed_case_t cases[] = {
    { "0", { 0 }, 1, NULL, { 3626764237u, 1654615998u, 3255389356u, 3823568514u },
      { 0x1.b0580f98a7dbep-1, 0x1.84129978f9c1ap-1 }, 126175447u },
    { "42", { 42 }, 1, NULL, { 2746317213u, 478163327u, 107420369u, 3184935163u },
      { 0x1.4762f307200c5p-1, 0x1.99c6b5eeb2060p-6 }, 2672573305u },
    { "2**100", { 0, 0, 0, 16 }, 4, NULL, { 3258412053u, 345648520u, 969030735u, 352340553u },
      { 0x1.846ed805268b6p-1, 0x1.ce11e215004a4p-3 }, 4241151397u },
    { "'hello'", { 0 }, 0, "hello", { 1519453933u, 3618488475u, 2848416207u, 3256656039u },
      { 0x1.6a441bebd6e04p-2, 0x1.538ec3b087282p-1 }, 3537579018u },
};

static void seed_case(rv_mt_t *mt, const seed_case_t *c)
{
    if (!c->text) {
        rv_mt_seed(mt, c->key, c->nkey);
        return;
    }
    uint32_t *key;
    size_t n = rv_mt_key_from_text((const uint8_t *)c->text, strlen(c->text), &key);
    rv_mt_seed(mt, key, n);
    rv_free(key);
}

START_TEST(test_words)
{
    const seed_case_t *c = &cases[_i];
    rv_mt_t mt;
    seed_case(&mt, c);
    for (int i = 0; i < 4; i++)
        ck_assert_msg(rv_mt_next(&mt) == c->words[i], "seed %s, word %d", c->name, i);
}
END_TEST

START_TEST(test_floats)
{
    const seed_case_t *c = &cases[_i];
    rv_mt_t mt;
    seed_case(&mt, c);
    for (int i = 0; i < 2; i++)
        ck_assert_msg(rv_mt_random(&mt) == c->floats[i], "seed %s, random() %d", c->name, i);
}
END_TEST

START_TEST(test_twist_again)
{
    const seed_case_t *c = &cases[_i];
    rv_mt_t mt;
    seed_case(&mt, c);
    for (int i = 0; i < 1000; i++)
        rv_mt_next(&mt);
    ck_assert_msg(rv_mt_next(&mt) == c->word1001, "seed %s, word 1000", c->name);
}
END_TEST

/* An int key is its bit length's worth of words: high zero words go. */
START_TEST(test_key_trim)
{
    const uint32_t zero[3] = { 0, 0, 0 }, big[3] = { 5, 0, 7 }, low[3] = { 5, 0, 0 };
    ck_assert_uint_eq(rv_mt_key_trim(zero, 3), 1);
    ck_assert_uint_eq(rv_mt_key_trim(big, 3), 3);
    ck_assert_uint_eq(rv_mt_key_trim(low, 3), 1);
}
END_TEST

static void hex(const uint8_t *d, char *out)
{
    for (int i = 0; i < RV_SHA512_DIGEST; i++)
        sprintf(out + 2 * i, "%02x", d[i]);
}

/* FIPS 180-4 examples (one block, two blocks) and the empty message; a
 * 112-byte message needs a second block for its length. */
START_TEST(test_sha512)
{
    static const struct {
        const char *msg, *digest;
    } cases_sha[] = {
        { "", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
              "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e" },
        { "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                 "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f" },
        { "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
          "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
          "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
          "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909" },
    };
    uint8_t d[RV_SHA512_DIGEST];
    char text[2 * RV_SHA512_DIGEST + 1];
    for (size_t i = 0; i < sizeof cases_sha / sizeof cases_sha[0]; i++) {
        rv_sha512(cases_sha[i].msg, strlen(cases_sha[i].msg), d);
        hex(d, text);
        ck_assert_str_eq(text, cases_sha[i].digest);
    }
}
END_TEST

static Suite *random_suite(void)
{
    Suite *s = suite_create("random");
    TCase *tc = tcase_create("generator");
    size_t n = sizeof cases / sizeof cases[0];
    tcase_add_loop_test(tc, test_words, 0, (int)n);
    tcase_add_loop_test(tc, test_floats, 0, (int)n);
    tcase_add_loop_test(tc, test_twist_again, 0, (int)n);
    tcase_add_test(tc, test_key_trim);
    suite_add_tcase(s, tc);
    tc = tcase_create("sha512");
    tcase_add_test(tc, test_sha512);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return rv_test_run(random_suite());
}
