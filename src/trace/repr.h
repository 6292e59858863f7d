/* src/trace/repr.h - reprs for snapshots, cut at a size limit without
 * building the whole text first (a million-item list costs no more than a
 * short one).  Below the limit the text is exactly repr(o). */
#ifndef RV_TRACE_REPR_H
#define RV_TRACE_REPR_H

#include "base/buf.h"
#include "core/object.h"

/* Appends repr(o) to out, cut to about `limit` bytes and then ending in
 * "...".  Never leaves an exception pending. */
void rv_bounded_repr(rv_obj_t *o, size_t limit, rv_buf_t *out);
/* Cuts the text written since `start` to `limit` bytes (at a character
 * boundary) and marks the cut with "...", if it is longer. */
void rv_repr_cut(rv_buf_t *out, size_t start, size_t limit);

#endif
