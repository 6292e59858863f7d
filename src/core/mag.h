/* src/core/mag.h - the magnitudes of big ints: multiplication and division
 * of arrays of base-2**32 digits, least significant first (obj_int.c's
 * representation).  No objects, no exceptions: the caller owns every
 * array, allocates the results, and decides whether the memory budget
 * allows them (rv_mag_mul_scratch says how much more a product takes).
 *
 * Multiplication is Karatsuba's above a cutoff (CPython's k_mul has the
 * same shape; 3 ** 10**7 took 90 s of schoolbook squaring), division is
 * Knuth's algorithm D (CPython's x_divrem); both are the textbook
 * algorithms, written here from their descriptions. */
#ifndef RV_CORE_MAG_H
#define RV_CORE_MAG_H

#include <stddef.h>
#include <stdint.h>

/* r[0 .. an + bn) = a * b.  r must not overlap a or b; a and b may be the
 * same array (then it is a square, which costs less).  an or bn may be 0
 * (r is then zeroed); high zero digits are allowed. */
void rv_mag_mul(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn);

/* The same product digit by digit: what rv_mag_mul does below its
 * cutoff, and the reference the unit tests compare Karatsuba with. */
void rv_mag_mul_school(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn);

/* An upper bound on the bytes rv_mag_mul allocates (and frees) besides r
 * while multiplying an an-digit by a bn-digit magnitude. */
size_t rv_mag_mul_scratch(size_t an, size_t bn);

/* Sets the operand sizes, in digits, from which products and squares use
 * Karatsuba (0 restores the measured defaults); returns the previous
 * product cutoff.  For the unit tests, which push tiny operands through
 * the recursion, and for measuring the cutoffs. */
size_t rv_mag_set_cutoffs(size_t mul, size_t sqr);

/* Truncating division: q[0 .. an - bn + 1) = a / b, r[0 .. bn) = a % b,
 * for an >= bn >= 2 and b[bn - 1] != 0 (one-digit divisors have a
 * simpler loop in obj_int.c).  q and r must not overlap a, b or each
 * other. */
void rv_mag_divmod(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t *q,
                   uint32_t *r);

#endif
