#include "base/alloc.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#define BLOCK_SIZE(p) malloc_usable_size(p)
#else
#define BLOCK_SIZE(p) ((void)(p), (size_t)0)
#endif

/* Atomic: the pager's thread allocates while the program runs.  Signed:
 * a block some library allocated and refviz frees through rv_free only
 * makes the count low, never wrap. */
static atomic_llong live;
static size_t budget, ceiling;

static void out_of_memory(size_t n)
{
    fprintf(stderr, "refviz: error: out of memory (allocating %zu bytes)\n", n);
    exit(3);
}

static void past_ceiling(size_t n)
{
    fprintf(stderr,
            "refviz: error: out of memory: allocating %zu bytes would pass the memory limit "
            "(%zu MiB, --max-heap) in one statement\n",
            n, budget >> 20);
    exit(3);
}

/* Refuses an allocation of n more bytes that would pass the ceiling. */
static void check_ceiling(size_t n)
{
    if (ceiling && (n > ceiling || rv_alloc_live() > ceiling - n))
        past_ceiling(n);
}

static void *counted(void *p)
{
    atomic_fetch_add_explicit(&live, (long long)BLOCK_SIZE(p), memory_order_relaxed);
    return p;
}

void *rv_malloc(size_t n)
{
    check_ceiling(n);
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return counted(p);
}

void *rv_calloc(size_t count, size_t size)
{
    check_ceiling(rv_mul_size(count, size));
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        out_of_memory(rv_mul_size(count, size));
    return counted(p);
}

void *rv_realloc(void *p, size_t n)
{
    size_t old = p ? BLOCK_SIZE(p) : 0;
    if (n > old)
        check_ceiling(n - old);
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    atomic_fetch_sub_explicit(&live, (long long)old, memory_order_relaxed);
    return counted(q);
}

void rv_free(void *p)
{
    if (p)
        atomic_fetch_sub_explicit(&live, (long long)BLOCK_SIZE(p), memory_order_relaxed);
    free(p);
}

size_t rv_alloc_live(void)
{
    long long n = atomic_load_explicit(&live, memory_order_relaxed);
    return n > 0 ? (size_t)n : 0;
}

void rv_alloc_set_budget(size_t bytes)
{
    budget = bytes;
    ceiling = bytes ? bytes + bytes / 2 : 0;
    if (ceiling && ceiling < bytes) /* overflow */
        ceiling = SIZE_MAX;
}

size_t rv_alloc_budget(void)
{
    return budget;
}

int rv_alloc_over_budget(void)
{
    return budget && rv_alloc_live() > budget;
}

int rv_alloc_would_pass_budget(size_t n)
{
    return budget && (n > budget || rv_alloc_live() > budget - n);
}

char *rv_strndup(const char *s, size_t n)
{
    char *d = rv_malloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *rv_strdup(const char *s)
{
    return rv_strndup(s, strlen(s));
}

size_t rv_mul_size(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        out_of_memory(SIZE_MAX);
    return count * size;
}
