/* src/trace/elide.h - which items of a long container a picture shows: the
 * first few, one from the middle, the last few.  The view draws those, and
 * the recorder of a final picture (rv_trace_options_t.elide_items) records
 * of a long container's plain values only those and the ones its repr
 * needs, so that drawing a million-item list does not cost recording a
 * million ints nobody sees. */
#ifndef RV_TRACE_ELIDE_H
#define RV_TRACE_ELIDE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct rv_elision {
    size_t n;      /* items */
    size_t head;   /* the first head are shown, */
    size_t mid;    /* and the one at mid (SIZE_MAX: none), */
    size_t tail;   /* and the last tail */
} rv_elision_t;

/* The items shown of n when at most max (>= 3) may be: all of them when
 * n <= max. */
rv_elision_t rv_elision(size_t n, size_t max);
/* Whether item i is shown. */
bool rv_elision_shows(const rv_elision_t *e, size_t i);

#endif
