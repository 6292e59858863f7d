/* src/core/heap.h - allocation of objects, the live-object list, identity,
 * deallocation without recursion, the cycle collector and the self-check.
 *
 * Every heap object is on one doubly linked list of live objects (Lua's
 * allgc list).  The collector is CPython's: subtract internal references
 * from reference counts; whatever keeps a positive count is reachable from
 * outside the heap; everything not reachable from those is cyclic garbage. */
#ifndef RV_CORE_HEAP_H
#define RV_CORE_HEAP_H

#include "base/buf.h"
#include "core/object.h"

/* Sets up the singletons, the static types, the small-int cache and the
 * interned strings; rv_core_finalize releases everything again, so that a
 * unit test can check that the heap ends empty. */
void rv_core_init(void);
void rv_core_finalize(void);

/* Allocates a zeroed object of `size` bytes (header included) with
 * refcount 1 and a fresh id, and links it into the live list. */
void *rv_obj_alloc(const rv_type_t *type, size_t size);
/* Frees the memory of an object allocated by rv_obj_alloc: the usual
 * `release` slot for types without extra allocations. */
void rv_obj_free(rv_obj_t *o);
/* Gives a statically allocated object (type, singleton) an id. */
void rv_obj_init_static(rv_obj_t *o, const rv_type_t *type);
/* The next id that will be given (ids only grow). */
uint64_t rv_heap_peek_id(void);
/* Gives ids from `id` on again, if no live or static object holds one of
 * them (the tracer's temporary objects must not shift the program's ids:
 * id() prints the same traced or not).  Returns whether it did. */
bool rv_heap_rewind_id(uint64_t id);
/* Makes the next id at least first: the interpreter starts programs at a
 * round id, so that adding a built-in does not renumber every trace. */
void rv_heap_skip_ids(uint64_t first);

/* Live heap objects (statics are not on the list). */
size_t rv_heap_count(void);
rv_obj_t *rv_heap_first(void);
static inline rv_obj_t *rv_heap_next(rv_obj_t *o) { return o->live_next; }
/* The newest live object; walking back with rv_heap_prev gives objects in
 * decreasing id order (the list is kept in allocation order). */
rv_obj_t *rv_heap_last(void);
static inline rv_obj_t *rv_heap_prev(rv_obj_t *o) { return o->live_prev; }

/* Called for every object just before it is released (the tracer records
 * freed ids with it).  One hook; NULL removes it. */
typedef void (*rv_free_hook_fn)(rv_obj_t *o, void *ctx);
void rv_heap_set_free_hook(rv_free_hook_fn fn, void *ctx);
/* Allocation tracing (tracemalloc in src/lang): on_alloc runs for every new
 * object once it has its id, on_free for every heap object about to be
 * deallocated, while it is still intact.  With no hooks installed an
 * allocation pays one test.  NULLs remove them. */
typedef void (*rv_alloc_hook_fn)(rv_obj_t *o, void *ctx);
void rv_heap_set_alloc_hooks(rv_alloc_hook_fn on_alloc, rv_alloc_hook_fn on_free, void *ctx);
/* While paused, allocations are not reported to the alloc hook: the
 * recorder's own temporaries are not the program's memory. */
void rv_heap_pause_alloc_hook(bool paused);
/* Installs the rv_touch hook (object.h); NULL removes it. */
void rv_heap_set_touch_hook(rv_touch_fn fn, void *ctx);

/* gc.collect(): frees unreachable cycles and returns how many container
 * objects were found unreachable (CPython's count). */
size_t rv_gc_collect(void);
/* Whether CPython's collector would be tracking o (gc.is_tracked): dicts
 * and tuples holding only atomic values are untracked there, and only
 * tracked objects count in gc.collect()'s result. */
bool rv_gc_is_tracked(rv_obj_t *o);

/* Recounts references: every object's refcount must equal the references
 * other live objects hold to it, plus external references for objects the
 * runtime flags RV_F_ROOT.  While the interpreter runs, C code (the VM's
 * loop, a builtin filling a list) holds references the heap cannot see, so
 * a lax check (strict false) flags only refcounts below the references
 * found, the ones that lead to a use after free.  Appends problems to
 * report; returns their count. */
size_t rv_heap_selfcheck(rv_buf_t *report, bool strict);
/* A fresh mark for graph walks that tag visited objects in `scratch`
 * (never equal to a reference count). */
intptr_t rv_heap_new_mark(void);

/* Set by --enable-selfcheck builds and by the tests. */
extern bool rv_selfcheck_enabled;

#endif
