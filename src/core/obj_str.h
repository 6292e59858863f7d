/* src/core/obj_str.h - str: immutable text with CPython's semantics by code
 * point.  Stored as UTF-8 (NUL-terminated) with the code-point length and the
 * largest code point, which decides the CPython "kind" used for getsizeof. */
#ifndef RV_CORE_OBJ_STR_H
#define RV_CORE_OBJ_STR_H

#include "base/buf.h"
#include "core/object.h"

typedef struct rv_str {
    rv_obj_t ob;
    size_t len;        /* code points */
    size_t nbytes;     /* UTF-8 bytes, without the NUL */
    uint32_t maxchar;  /* largest code point (0 for "") */
    int64_t hash;      /* -1 until computed */
    bool interned;
    bool mortal;       /* interned by rv_str_intern_obj: the table does not
                          own it, and its death takes it out */
    char data[];       /* UTF-8, NUL-terminated */
} rv_str_t;

#define RV_STR(o) ((rv_str_t *)(o))

/* New str from valid UTF-8 (the lexer validates source text). "" and
 * one-character latin-1 strings come from the never-freed caches, as in
 * CPython. */
rv_obj_t *rv_str_from_utf8(const char *s, size_t nbytes);
rv_obj_t *rv_str_from_cstr(const char *s);
rv_obj_t *rv_str_from_buf(const rv_buf_t *b);
rv_obj_t *rv_str_from_codepoint(uint32_t cp);
/* A new str that bypasses the one-character cache ("" is still the
 * singleton): CPython builds results with PyUnicode_New in many places
 * (str(7), 'A'.lower(), ''.join(['', 'b'])), and those are new objects. */
rv_obj_t *rv_str_new_uncached(const char *s, size_t nbytes);
/* An instance of type, a class deriving from str, with value's text
 * (unicode_subtype_new) and the type's extra_size bytes. */
rv_obj_t *rv_str_new_subtype(const rv_type_t *type, rv_obj_t *value);
/* printf into a new str. */
rv_obj_t *rv_str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The interned str for an identifier-like constant (new reference). */
rv_obj_t *rv_str_intern(const char *s);
/* sys.intern(s): the interned str equal to s (new reference), s itself when
 * there was none.  As in CPython 3.11, the table does not keep such a
 * string alive ("mortal" interning). */
rv_obj_t *rv_str_intern_obj(rv_obj_t *s);
/* Whether s is all ASCII letters, digits and underscores: CPython interns
 * such string constants when it compiles them (all_name_chars). */
bool rv_str_is_name_chars(const rv_obj_t *s);

static inline const char *rv_str_utf8(const rv_obj_t *s) { return ((const rv_str_t *)s)->data; }
static inline size_t rv_str_nbytes(const rv_obj_t *s) { return ((const rv_str_t *)s)->nbytes; }
static inline size_t rv_str_len(const rv_obj_t *s) { return ((const rv_str_t *)s)->len; }
bool rv_str_eq_cstr(const rv_obj_t *s, const char *c);
bool rv_str_equal(const rv_obj_t *a, const rv_obj_t *b);
uint32_t rv_str_char_at(const rv_obj_t *s, size_t index);
rv_obj_t *rv_str_concat(rv_obj_t *a, rv_obj_t *b);
/* s[start:stop:step] by code point, indices already clamped. */
rv_obj_t *rv_str_slice(rv_obj_t *s, intptr_t start, intptr_t stop, intptr_t step, size_t count);
/* repr(s) into a buffer, with CPython's quote choice and escapes. */
void rv_str_repr_into(rv_buf_t *b, const rv_obj_t *s);
/* str.join(sep, iterable). */
rv_obj_t *rv_str_join(rv_obj_t *sep, rv_obj_t *iterable);

/* hash() of n raw bytes (CPython's _Py_HashBytes with PYTHONHASHSEED=0):
 * bytes, read-only memoryviews. */
int64_t rv_hash_bytes(const void *data, size_t n);

/* Decodes one UTF-8 sequence at *p (valid input), advancing *p. */
uint32_t rv_utf8_decode(const char **p);
/* The text int() and float() parse (CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII): non-ASCII white space becomes
 * ' ', decimal digits of any script their ASCII digit, other non-ASCII '?'. */
void rv_utf8_decimal_to_ascii(const char *s, size_t nbytes, rv_buf_t *out);

/* Argument Clinic's keyword unpacking (_PyArg_UnpackKeywords) with its error
 * texts, for str's methods and bytes' alike: fills out[0..nnames) with
 * borrowed arguments (NULL when absent); the first `min` are required. */
int rv_str_unpack_kw(const char *fname, rv_obj_t *const *args, size_t nargs,
                     rv_obj_t *kwnames, const char *const *names, size_t nnames,
                     size_t min, rv_obj_t **out);

/* The iterator types: iter('abc') and iter('é'). */
extern rv_type_t rv_str_ascii_iter_type, rv_str_iter_type;

void rv_str_init_caches(void);
void rv_str_finalize_caches(void);

#endif
