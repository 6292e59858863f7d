/* src/lang/modules/mod_random.h - what the parts of the random module
 * share: the generator (mod_random_mt.c), the Random class and the module
 * (mod_random.c), the integer and sequence methods (mod_random_seq.c) and
 * the real-valued distributions (mod_random_dist.c).
 *
 * CPython's random.Random is a class written in Python (Lib/random.py) on
 * top of the C type _random.Random, which holds the generator and has
 * random() and getrandbits(); the module's functions are the bound methods
 * of one hidden instance (random._inst).  refviz models the class as one
 * library type, rv_random_type, whose methods keep that split: random and
 * getrandbits are built-in methods (`<built-in method random of Random
 * object at ...>`), the others are library functions bound as methods
 * (`<bound method Random.randint of <random.Random object at ...>>`),
 * which take self as their first argument (args[0]) and bind their
 * arguments as Python does (pyargs.h).
 *
 * OWNERSHIP: as in core/object.h. */
#ifndef RV_LANG_MOD_RANDOM_H
#define RV_LANG_MOD_RANDOM_H

#include <stdint.h>

#include "core/object.h"

/* ---- the generator (mod_random_mt.c) -------------------------------------- */

enum { RV_MT_N = 624 };

typedef struct rv_mt {
    uint32_t state[RV_MT_N];
    int index; /* the next word to temper; RV_MT_N: twist first */
} rv_mt_t;

/* init_by_array: seeds from key[0..n), n >= 1. */
void rv_mt_seed(rv_mt_t *mt, const uint32_t *key, size_t n);
/* genrand_uint32: the next 32 random bits. */
uint32_t rv_mt_next(rv_mt_t *mt);
/* random(): a double in [0, 1) from two words. */
double rv_mt_random(rv_mt_t *mt);
/* The number of words of a key once its high zero words are dropped (at
 * least 1): CPython keys an int by its bit length. */
size_t rv_mt_key_trim(const uint32_t *key, size_t n);
/* The key random.seed(text) uses (version 2): the words of
 * int.from_bytes(text + sha512(text).digest(), 'big'), least significant
 * first, in *key (rv_free it); returns their number. */
size_t rv_mt_key_from_text(const uint8_t *text, size_t n, uint32_t **key);

/* ---- the Random class (mod_random.c) --------------------------------------- */

typedef struct rv_random {
    rv_obj_t ob;
    rv_mt_t mt;
    /* self.gauss_next, the second value of gauss()'s pair: any object
     * (setstate can put one there), NULL for None. */
    rv_obj_t *gauss_next;
} rv_random_t;

#define RV_RANDOM(o) ((rv_random_t *)(o))

extern rv_type_t rv_random_type;

/* The Random instance a library method was called with (its bound self):
 * a method taken from the class can be called with anything as self,
 * which refviz refuses (RefvizUnsupported); NULL with the error set. */
rv_random_t *rv_random_self(const char *qualname, rv_obj_t *self);

/* _randbelow(n) for 1 <= n < 2**64, by getrandbits(n.bit_length()) until
 * below n (_randbelow_with_getrandbits). */
uint64_t rv_random_below_u64(rv_random_t *r, uint64_t n);
/* _randbelow(n) for an int n >= 1 of any size; a new int. */
rv_obj_t *rv_random_below(rv_random_t *r, rv_obj_t *n);
/* getrandbits(k): an int of k random bits, the words drawn least
 * significant first. */
rv_obj_t *rv_random_bits(rv_random_t *r, size_t k);

/* copy.copy(r): what Random.__reduce__ makes copy do, a new Random given
 * r's state (getstate, setstate); gauss_next is shared.  New reference. */
rv_obj_t *rv_random_copy(rv_obj_t *r);

/* Raises RefvizUnsupported with the text "what"; returns NULL. */
rv_obj_t *rv_random_unsupported(const char *what);

/* The methods written in Python (library functions; args[0] is self). */
#define RV_RANDOM_METHOD(name) \
    rv_obj_t *rv_random_##name(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, \
                               rv_obj_t *kwnames)
RV_RANDOM_METHOD(randrange);
RV_RANDOM_METHOD(randint);
RV_RANDOM_METHOD(choice);
RV_RANDOM_METHOD(shuffle);
RV_RANDOM_METHOD(sample);
RV_RANDOM_METHOD(choices);
RV_RANDOM_METHOD(uniform);
RV_RANDOM_METHOD(triangular);
RV_RANDOM_METHOD(normalvariate);
RV_RANDOM_METHOD(gauss);
RV_RANDOM_METHOD(lognormvariate);
RV_RANDOM_METHOD(expovariate);
RV_RANDOM_METHOD(vonmisesvariate);
RV_RANDOM_METHOD(gammavariate);
RV_RANDOM_METHOD(betavariate);
RV_RANDOM_METHOD(paretovariate);
RV_RANDOM_METHOD(weibullvariate);

#endif
