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

/* Bytes allocated through these wrappers and not freed yet (0 where the C
 * library cannot say how big a block is). */
size_t rv_alloc_live(void);

/* The memory budget (0: none).  Past it, rv_alloc_over_budget() is true,
 * which the interpreter checks between statements and turns into a
 * MemoryError; past half as much again, an allocation ends refviz with
 * exit 3 (one statement that allocates without bound, a C loop filling
 * a list, has no statement boundary to stop at). */
void rv_alloc_set_budget(size_t bytes);
size_t rv_alloc_budget(void);
int rv_alloc_over_budget(void);
/* True when n more bytes would pass the budget: for an allocation whose
 * size is known before it starts (a product of big ints), to raise
 * MemoryError at once instead of building what the next statement
 * refuses, or what ends refviz past the ceiling. */
int rv_alloc_would_pass_budget(size_t n);

#endif
