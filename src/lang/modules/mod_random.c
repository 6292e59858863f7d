/* src/lang/modules/mod_random.c - the random module: the Random class with
 * its generator methods (random, getrandbits, seed, getstate, setstate),
 * and the module, whose functions are the bound methods of one hidden
 * instance, random._inst, as in Lib/random.py.
 *
 * The class is one library type (mod_random.h says how CPython's two
 * classes map onto it).  Its namespace is a dict made when the module is
 * first imported, as a class written in Python has one: the methods written
 * in Python are library functions there (`<function Random.seed at ...>`),
 * random and getrandbits method descriptors of _random.Random
 * (`<method 'random' of '_random.Random' objects>`).  An instance binds
 * them like any class would, so random.randint is a `method` whose
 * __func__ is Random.randint and whose __self__ is random._inst.
 *
 * An instance holds only the generator's state and gauss_next: CPython's
 * instance is listed in a snapshot as an object of type Random, 2560
 * bytes, without references. */
#include "lang/modules/mod_random.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/alloc.h"
#include "core/codec.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bytearray.h"
#include "core/obj_bytes.h"
#include "core/obj_dict.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/mod_math.h"
#include "lang/modules/modules_int.h"
#include "lang/modules/pyargs.h"
#include "lang/objects/class.h"
#include "lang/objects/dirnames.h"

rv_obj_t *rv_random_unsupported(const char *what)
{
    rv_obj_t *msg = rv_str_from_cstr(what);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

rv_random_t *rv_random_self(const char *qualname, rv_obj_t *self)
{
    if (rv_isinstance(self, &rv_random_type))
        return RV_RANDOM(self);
    rv_obj_t *msg = rv_str_printf("%s() called with self of type %s", qualname,
                                  self->type->name);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

/******************************************************************************/
/* random numbers                                                             */

/* getrandbits(k) for k <= 64, in the words CPython would draw. */
static uint64_t bits_u64(rv_random_t *r, unsigned k)
{
    if (k == 0)
        return 0;
    if (k <= 32)
        return rv_mt_next(&r->mt) >> (32 - k);
    uint64_t lo = rv_mt_next(&r->mt);
    uint64_t hi = rv_mt_next(&r->mt) >> (64 - k);
    return hi << 32 | lo;
}

static unsigned bit_length_u64(uint64_t n)
{
    unsigned k = 0;
    for (; n; n >>= 1)
        k++;
    return k;
}

uint64_t rv_random_below_u64(rv_random_t *r, uint64_t n)
{
    unsigned k = bit_length_u64(n);
    uint64_t v = bits_u64(r, k);
    while (v >= n)
        v = bits_u64(r, k);
    return v;
}

rv_obj_t *rv_random_bits(rv_random_t *r, size_t k)
{
    if (k <= 64)
        return rv_int_from_u64(bits_u64(r, (unsigned)k));
    /* random_getrandbits: whole words from the least significant up, the
     * last one cut to what is left. */
    size_t n = (k - 1) / 32 + 1;
    uint32_t *w = rv_malloc(n * sizeof *w);
    for (size_t i = 0; i < n; i++, k -= 32) {
        uint32_t v = rv_mt_next(&r->mt);
        w[i] = k < 32 ? v >> (32 - k) : v;
    }
    rv_obj_t *res = rv_int_from_words(w, n);
    rv_free(w);
    return res;
}

rv_obj_t *rv_random_below(rv_random_t *r, rv_obj_t *n)
{
    int64_t small;
    if (rv_int_fits_i64(n, &small))
        return rv_int_from_u64(rv_random_below_u64(r, (uint64_t)small));
    size_t k = rv_int_bit_length(n);
    for (;;) {
        rv_obj_t *v = rv_random_bits(r, k);
        if (rv_int_cmp(v, n) < 0)
            return v;
        rv_decref(v);
    }
}

/* random.random(): METH_NOARGS, no allocation but the result. */
static rv_obj_t *m_random(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (rv_arg_no_kw("Random.random", kw) < 0 || rv_arg_count("Random.random", nargs, 0, 0) < 0)
        return NULL;
    return rv_float_from_double(rv_mt_random(&RV_RANDOM(self)->mt));
}

/* getrandbits(k): k a C int (_PyLong_AsInt), not negative. */
static rv_obj_t *m_getrandbits(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw)
{
    if (rv_arg_no_kw("Random.getrandbits", kw) < 0 ||
        rv_arg_count("Random.getrandbits", nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *k = rv_math_index(args[0]);
    if (!k)
        return NULL;
    int64_t v;
    bool fits = rv_int_fits_i64(k, &v);
    rv_decref(k);
    if (!fits || v > INT32_MAX || v < INT32_MIN) {
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 0) {
        rv_err_format(&rv_exc_ValueError, "number of bits must be non-negative");
        return NULL;
    }
    return rv_random_bits(RV_RANDOM(self), (size_t)v);
}

/******************************************************************************/
/* seeding                                                                    */

/* random_seed_urandom, or random_seed_time_pid when there is no urandom. */
static void seed_nondeterministic(rv_mt_t *mt)
{
    uint32_t key[RV_MT_N];
    size_t n = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        n = fread(key, sizeof key[0], RV_MT_N, f);
        fclose(f);
    }
    if (n != RV_MT_N) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec;
        key[1] = (uint32_t)((uint64_t)ts.tv_sec >> 32);
        key[2] = (uint32_t)ts.tv_nsec;
        key[3] = (uint32_t)getpid();
        n = 4;
    }
    rv_mt_seed(mt, key, n);
}

/* _random.Random.seed (random_seed): None seeds from the system; an int
 * (a bool too) by its absolute value; anything else by its hash, as an
 * unsigned 64-bit number. */
static int seed_core(rv_random_t *r, rv_obj_t *a)
{
    if (!a || a == rv_None) {
        seed_nondeterministic(&r->mt);
        return 0;
    }
    uint32_t *key;
    size_t n;
    if (rv_isinstance(a, &rv_int_type)) {
        n = rv_int_abs_words(a, &key);
    } else {
        int64_t h;
        if (rv_hash(a, &h) < 0)
            return -1;
        key = rv_malloc(2 * sizeof *key);
        key[0] = (uint32_t)(uint64_t)h;
        key[1] = (uint32_t)((uint64_t)h >> 32);
        n = rv_mt_key_trim(key, 2);
    }
    rv_mt_seed(&r->mt, key, n);
    rv_free(key);
    return 0;
}

/* Version 1's text seed: a 64-bit hash of the code points. */
static void seed_text_v1(rv_random_t *r, rv_obj_t *s)
{
    size_t len = rv_str_len(s);
    uint64_t x = len ? (uint64_t)rv_str_char_at(s, 0) << 7 : 0;
    for (size_t i = 0; i < len; i++)
        x = (1000003u * x) ^ rv_str_char_at(s, i);
    x ^= len;
    uint32_t key[2] = { (uint32_t)x, (uint32_t)(x >> 32) };
    rv_mt_seed(&r->mt, key, rv_mt_key_trim(key, 2));
}

static int is_version(rv_obj_t *version, int64_t v)
{
    rv_obj_t *n = rv_int_from_i64(v);
    int eq = rv_eq(version, n);
    rv_decref(n);
    return eq;
}

static void set_gauss_next(rv_random_t *r, rv_obj_t *v)
{
    rv_setref(&r->gauss_next, v == rv_None ? NULL : v);
}

/* Random.seed(a=None, version=2). */
static int seed(rv_random_t *r, rv_obj_t *a, rv_obj_t *version)
{
    /* `version == 1 and isinstance(a, (str, bytes))`, then `version == 2
     * and isinstance(a, (str, bytes, bytearray))`: each comparison made
     * only when random.py makes it. */
    bool is_str = a && rv_isinstance(a, &rv_str_type);
    bool is_bytes = a && RV_IS(a, rv_bytes_type), is_bytearray = a && RV_IS(a, rv_bytearray_type);
    int v1 = version ? is_version(version, 1) : 0;
    if (v1 < 0)
        return -1;
    bool text_v1 = v1 && (is_str || is_bytes);
    int v2 = text_v1 ? 0 : version ? is_version(version, 2) : 1;
    if (v2 < 0)
        return -1;
    if (text_v1) {
        /* a bytes is decoded as latin-1 first */
        rv_obj_t *text;
        if (is_str) {
            text = rv_incref(a);
        } else {
            rv_obj_t *latin1 = rv_str_from_cstr("latin-1");
            text = rv_codec_decode(rv_bytes_data(a), rv_bytes_len(a), latin1, NULL);
            rv_decref(latin1);
        }
        seed_text_v1(r, text);
        rv_decref(text);
    } else if (v2 && (is_str || is_bytes || is_bytearray)) {
        /* int.from_bytes(a + sha512(a).digest()), a str encoded first */
        rv_obj_t *data = is_str ? rv_codec_encode(a, NULL, NULL) : rv_incref(a);
        if (!data)
            return -1;
        rv_buffer_t view;
        rv_buffer_get(data, &view);
        uint32_t *key;
        size_t n = rv_mt_key_from_text(view.data, view.len, &key);
        rv_buffer_release(&view);
        rv_decref(data);
        rv_mt_seed(&r->mt, key, n);
        rv_free(key);
    } else if (a && a != rv_None && !is_str && !is_bytes && !is_bytearray &&
               !rv_isinstance(a, &rv_int_type) && !rv_isinstance(a, &rv_float_type)) {
        rv_err_format(&rv_exc_TypeError, "The only supported seed types are: None,\n"
                                         "int, float, str, bytes, and bytearray.");
        return -1;
    } else if (seed_core(r, a) < 0) {
        return -1;
    }
    set_gauss_next(r, NULL);
    return 0;
}

static rv_obj_t *m_seed(rv_obj_t *unused, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "self", "a", "version" };
    static const rv_pysig_t sig = { "Random.seed", names, 3, 1, 0 };
    rv_obj_t *p[3];
    if (rv_pyargs_bind(&sig, args, nargs, kw, p) < 0)
        return NULL;
    rv_random_t *r = rv_random_self(sig.qualname, p[0]);
    if (!r || seed(r, p[1], p[2]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

/******************************************************************************/
/* getstate, setstate                                                         */

enum { STATE_VERSION = 3 }; /* Random.VERSION */

static rv_obj_t *m_getstate(rv_obj_t *unused, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kw)
{
    static const char *const names[] = { "self" };
    static const rv_pysig_t sig = { "Random.getstate", names, 1, 1, 0 };
    rv_obj_t *p[1];
    if (rv_pyargs_bind(&sig, args, nargs, kw, p) < 0)
        return NULL;
    rv_random_t *r = rv_random_self(sig.qualname, p[0]);
    if (!r)
        return NULL;
    rv_obj_t *inner = rv_tuple_new(RV_MT_N + 1);
    for (size_t i = 0; i < RV_MT_N; i++)
        rv_tuple_set_steal(inner, i, rv_int_from_u64(r->mt.state[i]));
    rv_tuple_set_steal(inner, RV_MT_N, rv_int_from_i64(r->mt.index));
    rv_obj_t *version = rv_int_from_i64(STATE_VERSION);
    rv_obj_t *res = rv_tuple_pack(3, version, inner, r->gauss_next ? r->gauss_next : rv_None);
    rv_decref(version);
    rv_decref(inner);
    return res;
}

/* PyLong_AsUnsignedLong of a state word: an int (no __index__), not
 * negative, below 2**64; the word keeps its low 32 bits. */
static int state_word(rv_obj_t *o, uint32_t *out)
{
    if (!rv_isinstance(o, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "an integer is required");
        return -1;
    }
    if (rv_int_sign(o) < 0) {
        rv_err_format(&rv_exc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    if (rv_int_bit_length(o) > 64) {
        rv_err_format(&rv_exc_OverflowError,
                      "Python int too large to convert to C unsigned long");
        return -1;
    }
    uint32_t *w;
    rv_int_abs_words(o, &w);
    *out = w[0];
    rv_free(w);
    return 0;
}

/* _random.Random.setstate: nothing changes unless the whole state is
 * valid. */
static int setstate_core(rv_random_t *r, rv_obj_t *state)
{
    if (!RV_IS(state, rv_tuple_type) && !rv_isinstance(state, &rv_tuple_type)) {
        rv_err_format(&rv_exc_TypeError, "state vector must be a tuple");
        return -1;
    }
    if (rv_tuple_len(state) != RV_MT_N + 1) {
        rv_err_format(&rv_exc_ValueError, "state vector is the wrong size");
        return -1;
    }
    uint32_t words[RV_MT_N];
    for (size_t i = 0; i < RV_MT_N; i++)
        if (state_word(rv_tuple_get_borrow(state, i), &words[i]) < 0)
            return -1;
    /* PyLong_AsLong: through __index__. */
    rv_obj_t *idx = rv_math_index(rv_tuple_get_borrow(state, RV_MT_N));
    if (!idx)
        return -1;
    int64_t index;
    int rc = rv_int_to_i64(idx, &index);
    rv_decref(idx);
    if (rc < 0)
        return -1;
    if (index < 0 || index > RV_MT_N) {
        rv_err_format(&rv_exc_ValueError, "invalid state");
        return -1;
    }
    memcpy(r->mt.state, words, sizeof words);
    r->mt.index = (int)index;
    return 0;
}

/* `version, internalstate, self.gauss_next = state`: the unpacking's
 * items (new references) in out, or -1 with its ValueError. */
static int unpack3(rv_obj_t *seq, rv_obj_t **out)
{
    if (RV_IS(seq, rv_tuple_type) || RV_IS(seq, rv_list_type)) {
        bool tuple = RV_IS(seq, rv_tuple_type);
        size_t n = tuple ? rv_tuple_len(seq) : rv_list_len(seq);
        if (n != 3) {
            if (n > 3)
                rv_err_format(&rv_exc_ValueError, "too many values to unpack (expected 3)");
            else
                rv_err_format(&rv_exc_ValueError,
                              "not enough values to unpack (expected 3, got %zu)", n);
            return -1;
        }
        for (size_t i = 0; i < 3; i++)
            out[i] = rv_incref(tuple ? rv_tuple_get_borrow(seq, i) : rv_list_get_borrow(seq, i));
        return 0;
    }
    if (!seq->type->iter) {
        rv_err_format(&rv_exc_TypeError, "cannot unpack non-iterable %s object", seq->type->name);
        return -1;
    }
    rv_obj_t *it = rv_iter(seq);
    if (!it)
        return -1;
    size_t got = 0;
    for (; got < 3; got++)
        if (!(out[got] = rv_next(it)))
            break;
    if (got == 3) {
        rv_obj_t *extra = rv_next(it);
        if (!extra && !rv_err_occurred()) {
            rv_decref(it);
            return 0;
        }
        if (extra) {
            rv_decref(extra);
            rv_err_format(&rv_exc_ValueError, "too many values to unpack (expected 3)");
        }
    } else if (!rv_err_occurred()) {
        rv_err_format(&rv_exc_ValueError, "not enough values to unpack (expected 3, got %zu)",
                      got);
    }
    for (size_t i = 0; i < got; i++)
        rv_decref(out[i]);
    rv_decref(it);
    return -1;
}

/* Version 2 states kept the words as signed ints: x % 2**32 of each. */
static rv_obj_t *state_from_v2(rv_obj_t *internal)
{
    rv_obj_t *it = rv_iter(internal);
    if (!it)
        return NULL;
    rv_obj_t *list = rv_list_new(0), *modulus = rv_int_from_u64(1ull << 32), *x;
    while (list && (x = rv_next(it))) {
        rv_obj_t *m = rv_binop(RV_OP_MOD, x, modulus);
        rv_decref(x);
        if (!m || rv_list_append(list, m) < 0)
            rv_clearref(&list);
        rv_xdecref(m);
    }
    rv_decref(modulus);
    rv_decref(it);
    if (!list || rv_err_occurred()) {
        rv_xdecref(list);
        return NULL;
    }
    rv_obj_t *t = rv_list_as_tuple(list);
    rv_decref(list);
    return t;
}

static int setstate(rv_random_t *r, rv_obj_t *state)
{
    rv_obj_t *zero = rv_int_from_i64(0);
    rv_obj_t *version = rv_getitem(state, zero);
    rv_decref(zero);
    if (!version)
        return -1;
    int v3 = is_version(version, 3), v2 = v3 ? 0 : is_version(version, 2);
    int rc = -1;
    if (v3 < 0 || v2 < 0)
        goto done;
    if (!v3 && !v2) {
        rv_obj_t *text = rv_str(version);
        if (text)
            rv_err_format(&rv_exc_ValueError,
                          "state with version %s passed to Random.setstate() of version %d",
                          rv_str_utf8(text), STATE_VERSION);
        rv_xdecref(text);
        goto done;
    }
    rv_obj_t *items[3];
    if (unpack3(state, items) < 0)
        goto done;
    set_gauss_next(r, items[2]);
    rv_obj_t *internal = v3 ? rv_incref(items[1]) : state_from_v2(items[1]);
    rc = internal ? setstate_core(r, internal) : -1;
    rv_xdecref(internal);
    for (int i = 0; i < 3; i++)
        rv_decref(items[i]);
done:
    rv_decref(version);
    return rc;
}

static rv_obj_t *m_setstate(rv_obj_t *unused, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kw)
{
    static const char *const names[] = { "self", "state" };
    static const rv_pysig_t sig = { "Random.setstate", names, 2, 2, 0 };
    rv_obj_t *p[2];
    if (rv_pyargs_bind(&sig, args, nargs, kw, p) < 0)
        return NULL;
    rv_random_t *r = rv_random_self(sig.qualname, p[0]);
    if (!r || setstate(r, p[1]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

/* Random.randbytes(self, n): self.getrandbits(n * 8).to_bytes(n, 'little'). */
static rv_obj_t *m_randbytes(rv_obj_t *unused, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kw)
{
    static const char *const names[] = { "self", "n" };
    static const rv_pysig_t sig = { "Random.randbytes", names, 2, 2, 0 };
    rv_obj_t *p[2];
    (void)unused;
    if (rv_pyargs_bind(&sig, args, nargs, kw, p) < 0)
        return NULL;
    rv_obj_t *eight = rv_int_from_i64(8), *k = rv_binop(RV_OP_MUL, p[1], eight);
    rv_decref(eight);
    rv_obj_t *f = k ? rv_getattr_cstr(p[0], "getrandbits") : NULL;
    rv_obj_t *bits = f ? rv_call1(f, k) : NULL;
    rv_xdecref(f);
    rv_xdecref(k);
    rv_obj_t *to = bits ? rv_getattr_cstr(bits, "to_bytes") : NULL;
    rv_xdecref(bits);
    if (!to)
        return NULL;
    rv_obj_t *little = rv_str_from_cstr("little");
    rv_obj_t *targs[2] = { p[1], little };
    rv_obj_t *r = rv_call(to, targs, 2, NULL);
    rv_decref(little);
    rv_decref(to);
    return r;
}

/******************************************************************************/
/* the Random type                                                            */

/* Random.__init__(self, x=None): self.seed(x); self.gauss_next = None. */
static rv_obj_t *m_init(rv_obj_t *unused, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "self", "x" };
    static const rv_pysig_t sig = { "Random.__init__", names, 2, 1, 0 };
    rv_obj_t *p[2];
    if (rv_pyargs_bind(&sig, args, nargs, kw, p) < 0)
        return NULL;
    rv_random_t *r = rv_random_self(sig.qualname, p[0]);
    if (!r || seed(r, p[1], NULL) < 0)
        return NULL;
    set_gauss_next(r, NULL);
    return rv_incref(rv_None);
}

static rv_obj_t *random_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    rv_random_t *r = rv_obj_alloc(type, sizeof(rv_random_t));
    /* Allocated zeroed: a state of zeros until __init__ seeds it. */
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    rv_obj_t *small[8];
    rv_obj_t **vec = nargs + nkw + 1 <= 8 ? small : rv_malloc((nargs + nkw + 1) * sizeof *vec);
    vec[0] = &r->ob;
    if (nargs + nkw)
        memcpy(vec + 1, args, (nargs + nkw) * sizeof *vec);
    rv_obj_t *res = m_init(NULL, vec, nargs + 1, kwnames);
    if (vec != small)
        rv_free(vec);
    if (!res) {
        rv_decref(&r->ob);
        return NULL;
    }
    rv_decref(res);
    return &r->ob;
}

rv_obj_t *rv_random_copy(rv_obj_t *r)
{
    /* Random() would seed from the system first: nothing a program sees. */
    rv_random_t *c = rv_obj_alloc(r->type, sizeof(rv_random_t));
    c->mt = RV_RANDOM(r)->mt;
    set_gauss_next(c, RV_RANDOM(r)->gauss_next);
    return &c->ob;
}

static void random_clear(rv_obj_t *o)
{
    rv_clearref(&RV_RANDOM(o)->gauss_next);
}

static void random_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    /* In the instance's __dict__, which a snapshot does not draw for an
     * instance of a library class. */
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (RV_RANDOM(o)->gauss_next)
        visit(RV_RANDOM(o)->gauss_next, &e, ctx);
}

static size_t random_size(rv_obj_t *o)
{
    (void)o;
    return 2560; /* RandomObject (state, index) + GC header + __dict__ and __weakref__ */
}

/* An attribute CPython's instance has and refviz's does not. */
static rv_obj_t *unmodelled_attr(rv_obj_t *name)
{
    rv_obj_t *msg = rv_str_printf("random.Random.%s", rv_str_utf8(name));
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

static bool in_dir(const char *names, const char *n)
{
    size_t len = strlen(n);
    for (const char *p = names; p && *p;) {
        const char *end = strchr(p, ' ');
        size_t l = end ? (size_t)(end - p) : strlen(p);
        if (l == len && memcmp(p, n, len) == 0)
            return true;
        p = end ? end + 1 : p + l;
    }
    return false;
}

static rv_obj_t *random_getattr(rv_obj_t *o, rv_obj_t *name)
{
    if (rv_str_eq_cstr(name, "gauss_next"))
        return rv_incref(RV_RANDOM(o)->gauss_next ? RV_RANDOM(o)->gauss_next : rv_None);
    rv_obj_t *v = rv_random_type.dict ? rv_dict_get_borrow(rv_random_type.dict, name) : NULL;
    if (v && RV_IS(v, rv_libfunc_type))
        return rv_method_new(v, o);
    if (v && RV_IS(v, rv_method_descr_type))
        return rv_builtin_new(((rv_builtin_t *)v)->def, o);
    if (v)
        return rv_incref(v);
    if (rv_err_occurred())
        return NULL;
    if (rv_str_eq_cstr(name, "__class__"))
        return rv_incref((rv_obj_t *)o->type);
    if (in_dir(rv_dirnames_type("Random"), rv_str_utf8(name)))
        return unmodelled_attr(name);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name,
                  rv_str_utf8(name));
    return NULL;
}

static int random_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    if (value && rv_str_eq_cstr(name, "gauss_next")) {
        set_gauss_next(RV_RANDOM(o), value);
        return 0;
    }
    rv_obj_t *msg = rv_str_printf("%s the attribute '%s' of a random.Random",
                                  value ? "setting" : "deleting", rv_str_utf8(name));
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return -1;
}

/* _random.Random: the C class CPython's Random derives from; here only
 * the owner of the random and getrandbits descriptors. */
static rv_type_t random_base_type = {
    .name = "_random.Random",
    .flags = RV_TF_BASETYPE,
};

rv_type_t rv_random_type = {
    .name = "Random",
    .ext = "random", /* its module, for repr(Random) */
    .base = &random_base_type,
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_BASETYPE | RV_TF_PYCLASS | RV_TF_WEAKREFABLE,
    .clear = random_clear,
    .release = rv_obj_free,
    .traverse = random_traverse,
    .repr = rv_default_repr,
    .hash = rv_hash_pointer,
    .size = random_size,
    .getattr = random_getattr,
    .setattr = random_setattr,
    .make = random_make,
};

/* random.SystemRandom draws from os.urandom, which refviz does not model:
 * the class is there, making one is refused. */
static rv_obj_t *sysrandom_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    return rv_random_unsupported("random.SystemRandom() (refviz does not model the "
                                 "operating system's random source)");
}

static rv_type_t sysrandom_type = {
    .name = "SystemRandom",
    .ext = "random",
    .base = &rv_random_type,
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_BASETYPE | RV_TF_PYCLASS | RV_TF_WEAKREFABLE,
    .make = sysrandom_make,
};

/* The methods of _random.Random. */
static const rv_method_t native_methods[] = {
    { "random", m_random, 0 },
    { "getrandbits", m_getrandbits, 0 },
    { NULL, NULL, 0 },
};

/* Random's methods written in Python, in Lib/random.py's order. */
static const rv_method_t py_methods[] = {
    { "__init__", m_init, RV_METH_PYFUNC },
    { "seed", m_seed, RV_METH_PYFUNC },
    { "getstate", m_getstate, RV_METH_PYFUNC },
    { "setstate", m_setstate, RV_METH_PYFUNC },
    { "randbytes", m_randbytes, RV_METH_PYFUNC },
    { "randrange", rv_random_randrange, RV_METH_PYFUNC },
    { "randint", rv_random_randint, RV_METH_PYFUNC },
    { "choice", rv_random_choice, RV_METH_PYFUNC },
    { "shuffle", rv_random_shuffle, RV_METH_PYFUNC },
    { "sample", rv_random_sample, RV_METH_PYFUNC },
    { "choices", rv_random_choices, RV_METH_PYFUNC },
    { "uniform", rv_random_uniform, RV_METH_PYFUNC },
    { "triangular", rv_random_triangular, RV_METH_PYFUNC },
    { "normalvariate", rv_random_normalvariate, RV_METH_PYFUNC },
    { "gauss", rv_random_gauss, RV_METH_PYFUNC },
    { "lognormvariate", rv_random_lognormvariate, RV_METH_PYFUNC },
    { "expovariate", rv_random_expovariate, RV_METH_PYFUNC },
    { "vonmisesvariate", rv_random_vonmisesvariate, RV_METH_PYFUNC },
    { "gammavariate", rv_random_gammavariate, RV_METH_PYFUNC },
    { "betavariate", rv_random_betavariate, RV_METH_PYFUNC },
    { "paretovariate", rv_random_paretovariate, RV_METH_PYFUNC },
    { "weibullvariate", rv_random_weibullvariate, RV_METH_PYFUNC },
    { NULL, NULL, 0 },
};

static void init_type(rv_type_t *t)
{
    rv_obj_init_static(&t->ob, &rv_type_type);
    if (!t->base)
        t->base = &rv_object_type;
    rv_type_inherit_slots(t);
}

/* The class namespace, made once per interpreter: the runtime holds it
 * (the type is static), until rv_random_finalize. */
static void make_class_dict(void)
{
    rv_obj_t *d = rv_dict_new();
    d->flags |= RV_F_ROOT;
    rv_obj_t *v = rv_str_from_cstr("random");
    rv_dict_set_cstr(d, "__module__", v);
    rv_decref(v);
    v = rv_int_from_i64(STATE_VERSION);
    rv_dict_set_cstr(d, "VERSION", v);
    rv_decref(v);
    for (const rv_method_t *m = py_methods; m->name; m++) {
        rv_obj_t *q = rv_str_printf("Random.%s", m->name);
        v = rv_libfunc_new(m, NULL, q);
        rv_decref(q);
        rv_dict_set_cstr(d, m->name, v);
        rv_decref(v);
    }
    for (const rv_method_t *m = native_methods; m->name; m++) {
        v = rv_method_descr_new(m, &random_base_type);
        rv_dict_set_cstr(d, m->name, v);
        rv_decref(v);
    }
    rv_random_type.dict = d;
}

void rv_random_finalize(void)
{
    if (!rv_random_type.dict)
        return;
    rv_random_type.dict->flags &= ~RV_F_ROOT;
    rv_clearref(&rv_random_type.dict);
}

/******************************************************************************/
/* the module                                                                 */

static const rv_method_t random_functions[] = {
    { NULL, NULL, 0 },
};

/* __all__'s order, which `from random import *` follows, then _inst. */
static const char *const random_values[] = {
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
    "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed",
    "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
    "_inst", NULL,
};

static void random_init(rv_obj_t *m)
{
    /* Initialized on first use: a type made at start-up would take an
     * object id and renumber every program's objects. */
    init_type(&random_base_type);
    init_type(&rv_random_type);
    init_type(&sysrandom_type);
    if (!rv_random_type.dict)
        make_class_dict();
    rv_obj_t *inst = random_make(&rv_random_type, NULL, 0, NULL);
    rv_module_set_value(m, "Random", &rv_random_type.ob);
    rv_module_set_value(m, "SystemRandom", &sysrandom_type.ob);
    for (const char *const *name = random_values + 2; strcmp(*name, "_inst") != 0; name++) {
        rv_obj_t *f = rv_getattr_cstr(inst, *name);
        rv_module_set_value(m, *name, f);
        rv_decref(f);
    }
    rv_module_set_value(m, "_inst", inst);
    rv_decref(inst);
}

const rv_module_def_t rv_mod_random = {
    .name = "random",
    .functions = random_functions,
    .values = random_values,
    .init = random_init,
};
