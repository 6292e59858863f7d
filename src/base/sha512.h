/* src/base/sha512.h - SHA-512 (FIPS 180-4), for random.seed(str), which
 * appends the digest of the text to the text before making an int of it. */
#ifndef RV_BASE_SHA512_H
#define RV_BASE_SHA512_H

#include <stddef.h>
#include <stdint.h>

enum { RV_SHA512_DIGEST = 64 };

/* The digest of data[0..n) into out. */
void rv_sha512(const void *data, size_t n, uint8_t out[RV_SHA512_DIGEST]);

#endif
