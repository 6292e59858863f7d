/* src/trace/elide.c - see elide.h. */
#include "trace/elide.h"

#include <stdint.h>

rv_elision_t rv_elision(size_t n, size_t max)
{
    if (n <= max)
        return (rv_elision_t){ .n = n, .head = n, .mid = SIZE_MAX, .tail = 0 };
    /* The middle one tells the reader the gap is not all alike. */
    size_t head = (max - 1) / 2;
    return (rv_elision_t){ .n = n, .head = head, .mid = n / 2, .tail = max - 1 - head };
}

bool rv_elision_shows(const rv_elision_t *e, size_t i)
{
    return i < e->head || i == e->mid || i >= e->n - e->tail;
}
