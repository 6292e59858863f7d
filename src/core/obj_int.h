/* src/core/obj_int.h - int: arbitrary precision, CPython semantics.
 *
 * Values that fit in int64_t are kept in `small` (ndigits == 0), the fast
 * path for everything a lesson does; larger ones carry a magnitude in
 * `digits`.  Ints -5..256 are cached singletons that are never freed. */
#ifndef RV_CORE_OBJ_INT_H
#define RV_CORE_OBJ_INT_H

#include "base/buf.h"
#include "core/object.h"

typedef struct rv_int {
    rv_obj_t ob;
    int64_t small;    /* the value when ndigits == 0 */
    int sign;         /* big values: -1 or +1 */
    size_t ndigits;   /* 0: small value; else the magnitude's digit count */
    uint32_t *digits; /* big values: little-endian magnitude (owned) */
} rv_int_t;

#define RV_INT(o) ((rv_int_t *)(o))

rv_obj_t *rv_int_from_i64(int64_t v);
rv_obj_t *rv_int_from_u64(uint64_t v);
/* int(s, base) for the literal text s (underscores allowed as in Python;
 * base 0 means "as a literal": 0x/0o/0b prefixes; digits and spaces of
 * other scripts count).  ValueError with CPython's message "invalid literal
 * for int() with base 10: 'x'", or past 4300 digits in a base that is not
 * a power of two. */
rv_obj_t *rv_int_from_text(const char *s, size_t n, int base);
/* int(d): OverflowError "cannot convert float infinity to integer",
 * ValueError "cannot convert float NaN to integer". */
rv_obj_t *rv_int_from_double(double d);
/* 0 and *out set when the value fits; -1 with OverflowError
 * "Python int too large to convert to C long" otherwise. */
int rv_int_to_i64(rv_obj_t *o, int64_t *out);
/* true (and *out set) when the value fits in int64_t; never raises. */
bool rv_int_fits_i64(rv_obj_t *o, int64_t *out);
/* The nearest double (half to even, like PyLong_AsDouble); OverflowError
 * "int too large to convert to float". */
int rv_int_to_double(rv_obj_t *o, double *out);
int rv_int_sign(rv_obj_t *o);   /* -1, 0, 1 */
int rv_int_cmp(rv_obj_t *a, rv_obj_t *b);  /* -1, 0, 1 */
/* Decimal text (ValueError past CPython's 4300-digit limit). */
int rv_int_to_decimal(rv_obj_t *o, rv_buf_t *out);
/* The decimal digits of |o|, under the same limit (format(x, 'd'), '%d'). */
int rv_int_abs_to_decimal(rv_obj_t *o, rv_buf_t *out);
/* Text in base 2, 8, 10 or 16 without prefix or sign, of |o|. */
void rv_int_abs_to_base(rv_obj_t *o, int base, rv_buf_t *out);
size_t rv_int_bit_length(rv_obj_t *o);
/* The non-negative int whose base-2**32 digits, least significant first,
 * are words[0..n) (int.from_bytes of them, little-endian, unsigned). */
rv_obj_t *rv_int_from_words(const uint32_t *words, size_t n);
/* |o| as base-2**32 digits, least significant first, in *words (rv_free
 * it): their number, without high zero words, and 1 (a zero word) for 0. */
size_t rv_int_abs_words(rv_obj_t *o, uint32_t **words);
/* Number of CPython 30-bit digits (sizeof: 24 + 4 * max(1, n)). */
size_t rv_int_cpython_digits(rv_obj_t *o);

/* An int from a little-endian magnitude of base-2**32 digits (taken
 * over) and a sign. */
rv_obj_t *rv_int_from_magnitude(uint32_t *digits, size_t n, int sign);

/* obj_int_bytes.c: _PyLong_AsByteArray into out[0..n) (0, or -1 with
 * OverflowError "int too big to convert" / "can't convert negative int to
 * unsigned") and _PyLong_FromByteArray. */
int rv_int_to_bytes(rv_obj_t *o, unsigned char *out, size_t n, bool little, bool is_signed);
rv_obj_t *rv_int_from_bytes(const unsigned char *p, size_t n, bool little, bool is_signed);
/* int(b'...', base): ASCII digits only; "invalid literal for int() with
 * base 10: b'x'". */
rv_obj_t *rv_int_from_ascii_bytes(const unsigned char *p, size_t n, int base);
/* The methods int.to_bytes and int.from_bytes (a class method). */
rv_obj_t *rv_int_m_to_bytes(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);
rv_obj_t *rv_int_m_from_bytes(rv_obj_t *cls, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);

/* int's binop slot (bool delegates to it). */
rv_obj_t *rv_int_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b);

void rv_int_init_cache(void);
void rv_int_finalize_cache(void);

#endif
