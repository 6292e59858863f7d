/* src/core/codec.h - the text codecs refviz models: UTF-8, ASCII and
 * latin-1 (Objects/unicodeobject.c, Lib/encodings), under any of the names
 * CPython's codec registry accepts for them ('utf8', 'UTF-8', 'latin1',
 * 'iso-8859-1', 'us-ascii' ...), with the error handlers strict, ignore,
 * replace, backslashreplace, surrogateescape and (encoding)
 * xmlcharrefreplace.  Errors are CPython's UnicodeEncodeError and
 * UnicodeDecodeError with its positions and reasons; another codec or
 * handler is refused as unsupported. */
#ifndef RV_CORE_CODEC_H
#define RV_CORE_CODEC_H

#include "core/object.h"

/* str.encode(encoding, errors): encoding and errors are str objects or
 * NULL (utf-8, strict).  A new bytes. */
rv_obj_t *rv_codec_encode(rv_obj_t *str, rv_obj_t *encoding, rv_obj_t *errors);
/* bytes.decode(encoding, errors) of n bytes at p.  A new str.  (A
 * UnicodeDecodeError holds a new bytes of the data, as CPython's does.) */
rv_obj_t *rv_codec_decode(const unsigned char *p, size_t n, rv_obj_t *encoding,
                          rv_obj_t *errors);

#endif
