/* src/core/obj_bytes.h - bytes: an immutable sequence of bytes
 * (Objects/bytesobject.c, 3.11), and the buffer protocol that bytes,
 * bytearray and memoryview share (PyObject_GetBuffer with PyBUF_SIMPLE).
 *
 * A bytes object holds raw bytes, not references: the trace shows it with
 * no refs, its traverse visits nothing.  Ownership as in src/core/object.h. */
#ifndef RV_CORE_OBJ_BYTES_H
#define RV_CORE_OBJ_BYTES_H

#include "base/buf.h"
#include "core/object.h"

typedef struct rv_bytes {
    rv_obj_t ob;
    size_t len;
    int64_t hash;           /* -1 until computed */
    unsigned char data[];   /* len bytes and a NUL, as CPython keeps */
} rv_bytes_t;

#define RV_BYTES(o) ((rv_bytes_t *)(o))

extern rv_type_t rv_bytes_type, rv_bytes_iter_type;

/* PyBytes_FromStringAndSize(p, n) with p != NULL: b'' and the one-byte
 * bytes are the never-freed singletons (bytes([65]) is b'A'). */
rv_obj_t *rv_bytes_from(const void *p, size_t n);
static inline rv_obj_t *rv_bytes_from_buf(const rv_buf_t *b)
{
    return rv_bytes_from(b->data ? b->data : "", b->len);
}
/* PyBytes_FromStringAndSize(NULL, n): n zero bytes to fill through
 * rv_bytes_mut before the object is shared; a new object even when n is 1
 * (b'ab'[::2] is not the cached b'a'); b'' is still the singleton. */
rv_obj_t *rv_bytes_new(size_t n);
static inline unsigned char *rv_bytes_mut(rv_obj_t *o) { return RV_BYTES(o)->data; }
static inline const unsigned char *rv_bytes_data(const rv_obj_t *o) { return RV_BYTES(o)->data; }
static inline size_t rv_bytes_len(const rv_obj_t *o) { return RV_BYTES(o)->len; }

/* The repr of n bytes (bytes_repr): b'...' with CPython's quote choice and
 * escapes.  bytearray's repr wraps the same text. */
void rv_bytes_repr_into(rv_buf_t *b, const unsigned char *p, size_t n);

/* The repr of a bytes or bytearray o, of which only the first max bytes
 * are written: a prefix of repr(o) at least max characters long when o is
 * longer, so that a snapshot can cut a long repr without building it. */
void rv_byteslike_repr_prefix(rv_buf_t *b, const rv_obj_t *o, size_t max);

/* bytes(x) for an argument that is bytes-like or an iterable of ints
 * (PyBytes_FromObject); what names the caller in TypeError messages:
 * "cannot convert 'T' object to <what>". */
rv_obj_t *rv_bytes_from_object(rv_obj_t *x, const char *what);

/* ---- the buffer protocol ------------------------------------------------
 * A contiguous view of a bytes-like object's data, valid until released.
 * Getting one from a bytearray counts as an export, as in CPython, so that
 * the bytearray cannot be resized meanwhile (b += b raises BufferError). */
typedef struct rv_buffer {
    const unsigned char *data;
    size_t len;
    rv_obj_t *obj;          /* owned while the view lives */
    bool readonly;
} rv_buffer_t;

/* 1 and *view filled for bytes, bytearray and a contiguous memoryview; 0
 * (no exception) for an object without the buffer protocol; -1 with an
 * exception for a released or non-contiguous memoryview. */
int rv_buffer_get(rv_obj_t *o, rv_buffer_t *view);
/* The same with PyBUF_FULL_RO and PyBuffer_ToContiguous, as bytes(x) and
 * bytearray(x) take a buffer: a strided memoryview's items are gathered
 * into a copy, which the view holds. */
int rv_buffer_get_any(rv_obj_t *o, rv_buffer_t *view);
void rv_buffer_release(rv_buffer_t *view);
/* rv_buffer_get, with TypeError "a bytes-like object is required, not 'T'"
 * when o has no buffer. */
int rv_buffer_need(rv_obj_t *o, rv_buffer_t *view);
/* Whether o has the buffer protocol (PyObject_CheckBuffer). */
bool rv_has_buffer(const rv_obj_t *o);

/* _getbytevalue: an int in range(256), else TypeError "'T' object cannot
 * be interpreted as an integer" or ValueError "byte must be in range(0,
 * 256)". */
int rv_byte_value(rv_obj_t *v, unsigned char *out);

/* Gives bytes, bytearray, memoryview and their iterator types their ids
 * (rv_core_init). */
void rv_bytes_init_types(void);
/* The singletons, created on first use and released at finalisation. */
void rv_bytes_finalize_caches(void);

#endif
