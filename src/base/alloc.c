#include "base/alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t n)
{
    fprintf(stderr, "refviz: error: out of memory (allocating %zu bytes)\n", n);
    exit(3);
}

void *rv_malloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *rv_calloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        out_of_memory(rv_mul_size(count, size));
    return p;
}

void *rv_realloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

void rv_free(void *p)
{
    free(p);
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
