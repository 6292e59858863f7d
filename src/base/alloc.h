/* src/base/alloc.h - the only place refviz calls malloc.
 *
 * Every allocation goes through these wrappers so that an out-of-memory
 * condition has one behaviour (a clear message and exit 3: refviz cannot keep
 * a consistent heap model without memory) and so that the number of live
 * bytes is known for the memory report. */
#ifndef RV_BASE_ALLOC_H
#define RV_BASE_ALLOC_H

#include <stddef.h>

void *rv_malloc(size_t n);
void *rv_calloc(size_t count, size_t size);
void *rv_realloc(void *p, size_t n);
void rv_free(void *p);
char *rv_strdup(const char *s);
char *rv_strndup(const char *s, size_t n);

/* Multiplies count * size, aborting the program on overflow. */
size_t rv_mul_size(size_t count, size_t size);

#endif
