/* src/core/obj_int_bytes.c - int.to_bytes and int.from_bytes
 * (_PyLong_AsByteArray, _PyLong_FromByteArray), and int(b'...'). */
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_bytes.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/* |o| as little-endian bytes in out[0..n) (zero-padded): false when it
 * needs more than n bytes. */
static bool magnitude_bytes(rv_obj_t *o, unsigned char *out, size_t n)
{
    const rv_int_t *i = RV_INT(o);
    uint32_t local[2];
    const uint32_t *d = i->digits;
    size_t nd = i->ndigits;
    if (!nd) {
        int64_t v = i->small;
        uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        local[0] = (uint32_t)u;
        local[1] = (uint32_t)(u >> 32);
        d = local;
        nd = 2;
    }
    memset(out, 0, n);
    for (size_t k = 0; k < nd * 4; k++) {
        unsigned char b = (unsigned char)(d[k / 4] >> (8 * (k % 4)));
        if (k < n)
            out[k] = b;
        else if (b)
            return false;
    }
    return true;
}

int rv_int_to_bytes(rv_obj_t *o, unsigned char *out, size_t n, bool little, bool is_signed)
{
    int sign = rv_int_sign(o);
    if (sign < 0 && !is_signed) {
        rv_err_format(&rv_exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    unsigned char *tmp = rv_malloc(n ? n : 1);
    bool ok = magnitude_bytes(o, tmp, n);
    if (ok && sign < 0) {
        /* Two's complement: invert, add one; the result must read as
         * negative (-129 does not fit one byte). */
        unsigned carry = 1;
        for (size_t k = 0; k < n; k++) {
            unsigned v = (unsigned char)~tmp[k] + carry;
            tmp[k] = (unsigned char)v;
            carry = v >> 8;
        }
        ok = n && (tmp[n - 1] & 0x80);
    } else if (ok && is_signed && n) {
        ok = !(tmp[n - 1] & 0x80);
    }
    if (!ok) {
        rv_free(tmp);
        rv_err_format(&rv_exc_OverflowError, "int too big to convert");
        return -1;
    }
    for (size_t k = 0; k < n; k++)
        out[little ? k : n - 1 - k] = tmp[k];
    rv_free(tmp);
    return 0;
}

rv_obj_t *rv_int_from_bytes(const unsigned char *p, size_t n, bool little, bool is_signed)
{
    /* The bytes little-endian; a negative two's complement value is
     * negated into a magnitude. */
    unsigned char *le = rv_malloc(n ? n : 1);
    for (size_t k = 0; k < n; k++)
        le[k] = p[little ? k : n - 1 - k];
    bool negative = is_signed && n && (le[n - 1] & 0x80);
    if (negative) {
        unsigned carry = 1;
        for (size_t k = 0; k < n; k++) {
            unsigned v = (unsigned char)~le[k] + carry;
            le[k] = (unsigned char)v;
            carry = v >> 8;
        }
    }
    size_t nd = (n + 3) / 4;
    uint32_t *d = rv_calloc(nd ? nd : 1, sizeof *d);
    for (size_t k = 0; k < n; k++)
        d[k / 4] |= (uint32_t)le[k] << (8 * (k % 4));
    rv_free(le);
    /* -2**(8n-1) negates to itself: the magnitude 2**(8n-1) is right. */
    return rv_int_from_magnitude(d, nd, negative ? -1 : 1);
}

/* byteorder: NULL (big), 'little' or 'big'. */
static int byteorder_arg(const char *fname, rv_obj_t *v, bool *little)
{
    *little = false;
    if (!v)
        return 0;
    if (!RV_IS(v, rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                      rv_arg_type_name(v));
        return -1;
    }
    if (rv_str_eq_cstr(v, "little")) {
        *little = true;
        return 0;
    }
    if (rv_str_eq_cstr(v, "big"))
        return 0;
    rv_err_format(&rv_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* Argument Clinic's unpacking for (x, byteorder, *, signed): at most two
 * positional arguments. */
static int unpack(const char *fname, const char *first, size_t min, rv_obj_t *const *args,
                  size_t nargs, rv_obj_t *kw, rv_obj_t **out)
{
    if (nargs > 2) {
        rv_err_format(&rv_exc_TypeError, "%s() takes at most 2 positional arguments (%zu given)",
                      fname, nargs);
        return -1;
    }
    const char *const names[] = { first, "byteorder", "signed" };
    return rv_str_unpack_kw(fname, args, nargs, kw, names, 3, min, out);
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
rv_obj_t *rv_int_m_to_bytes(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    rv_obj_t *a[3];
    if (unpack("to_bytes", "length", 0, args, nargs, kw, a) < 0)
        return NULL;
    int64_t length = 1;
    if (a[0]) {
        if (!rv_isinstance(a[0], &rv_int_type)) {
            rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          RV_TYPE_NAME(a[0]));
            return NULL;
        }
        if (!rv_int_fits_i64(a[0], &length)) {
            rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C ssize_t");
            return NULL;
        }
    }
    bool little;
    if (byteorder_arg("to_bytes", a[1], &little) < 0)
        return NULL;
    int is_signed = a[2] ? rv_truth(a[2]) : 0;
    if (is_signed < 0)
        return NULL;
    if (length < 0) {
        rv_err_format(&rv_exc_ValueError, "length argument must be non-negative");
        return NULL;
    }
    if ((uint64_t)length > ((size_t)1 << 31)) {
        /* Too long to fill: an int that fits is smaller than refviz can hold. */
        rv_err_nomem();
        return NULL;
    }
    rv_obj_t *r = rv_bytes_new((size_t)length);
    unsigned char *out = length ? rv_bytes_mut(r) : NULL;
    unsigned char empty;
    if (rv_int_to_bytes(self, out ? out : &empty, (size_t)length, little, is_signed) < 0) {
        rv_decref(r);
        return NULL;
    }
    return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), a class
 * method: bytes(x) of the argument first (a list of ints works). */
rv_obj_t *rv_int_m_from_bytes(rv_obj_t *cls, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    rv_obj_t *a[3];
    if (unpack("from_bytes", "bytes", 1, args, nargs, kw, a) < 0)
        return NULL;
    bool little;
    if (byteorder_arg("from_bytes", a[1], &little) < 0)
        return NULL;
    int is_signed = a[2] ? rv_truth(a[2]) : 0;
    if (is_signed < 0)
        return NULL;
    rv_obj_t *b = rv_bytes_from_object(a[0], "bytes");
    if (!b)
        return NULL;
    rv_obj_t *r = rv_int_from_bytes(rv_bytes_data(b), rv_bytes_len(b), little, is_signed);
    rv_decref(b);
    if (r && cls == &rv_bool_type.ob) {
        /* bool.from_bytes: the class called with the int. */
        rv_obj_t *t = rv_bool_from(rv_int_sign(r) != 0);
        rv_decref(r);
        r = t;
    }
    return r;
}

/* _PyLong_FromBytes: ASCII digits only (no other script's), and an error
 * that shows the bytes (their first 200) by their repr. */
rv_obj_t *rv_int_from_ascii_bytes(const unsigned char *p, size_t n, int base)
{
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = p[i] && p[i] < 0x80;
    rv_obj_t *r = ascii ? rv_int_from_text((const char *)p, n, base) : NULL;
    if (r || (ascii && !rv_err_matches(&rv_exc_ValueError)))
        return r;
    rv_obj_t *exc = ascii ? rv_err_fetch() : NULL;
    rv_obj_t *msg = exc ? rv_exc_message(exc) : NULL;
    bool invalid = !exc || (msg && strncmp(rv_str_utf8(msg), "invalid literal", 15) == 0);
    rv_xdecref(msg);
    if (!invalid) {
        rv_err_restore(exc); /* the digit limit */
        return NULL;
    }
    rv_xdecref(exc);
    rv_buf_t b = RV_BUF_INIT;
    rv_bytes_repr_into(&b, p, n < 200 ? n : 200);
    if (b.len > 200)
        rv_buf_truncate(&b, 200); /* %.200R */
    rv_err_format(&rv_exc_ValueError, "invalid literal for int() with base %d: %s", base,
                  rv_buf_cstr(&b));
    rv_buf_free(&b);
    return NULL;
}
