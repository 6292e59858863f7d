/* src/lang/modules/mod_itertools.h - what the parts of the itertools module
 * share (CPython's Modules/itertoolsmodule.c): the object layout, the
 * types, and the result tuple the combinatoric iterators recycle.
 *
 * mod_itertools.c: count, cycle, repeat, accumulate, chain, compress,
 * dropwhile, takewhile, filterfalse, starmap, pairwise and the module's
 * table; mod_itertools_group.c: groupby and its _grouper, islice, tee
 * (with its _tee_dataobject) and zip_longest; mod_itertools_comb.c:
 * product, permutations, combinations, combinations_with_replacement.
 *
 * Every object holds the references CPython's does, no more and no less
 * (the last total of accumulate, the saved items of cycle, the current key
 * and value of groupby, the result tuple of product ...): they decide when
 * the items a program gave an iterator are freed.  None is drawn (an
 * iterator has no refs in the trace): they are visited as hidden edges.
 *
 * OWNERSHIP: as in core/object.h. */
#ifndef RV_LANG_MOD_ITERTOOLS_H
#define RV_LANG_MOD_ITERTOOLS_H

#include <stdint.h>

#include "core/object.h"

/* One layout serves every itertools object (as in core/obj_iter.c); each
 * type's section says what its fields hold.  The references are owned
 * (NULL when absent); indices and cycles are the combinatoric iterators'
 * arrays (freed with the object). */
typedef struct rv_itertool {
    rv_obj_t ob;
    rv_obj_t *it;   /* the underlying iterator, the pools, the parent ... */
    rv_obj_t *fn;   /* the function it calls, or another reference */
    rv_obj_t *x, *y, *z;
    int64_t n, m, k, r;
    int64_t *indices, *cycles;
    const void *borrowed; /* groupby's current _grouper, never dereferenced */
    bool flag;
} rv_itertool_t;

#define ITT(o) ((rv_itertool_t *)(o))

/* A new object of type t with every field zero. */
rv_obj_t *rv_itertool_new(rv_type_t *t);
/* The slots the types share: clear and traverse the five references,
 * release frees the arrays too; iter returns the object itself. */
void rv_itertool_clear(rv_obj_t *o);
void rv_itertool_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx);
void rv_itertool_release(rv_obj_t *o);
rv_obj_t *rv_itertool_iter(rv_obj_t *o);

/* The recycled result tuple of product and the combinatorics: reused in
 * place while the iterator holds the only reference to it (touched for
 * the recorder, and tracked by the collector again), else replaced by a
 * copy that the iterator holds instead.  Returns *result (borrowed). */
rv_obj_t *rv_itertool_result(rv_obj_t **result);
/* result[i] = item (stolen), dropping the item it replaces. */
void rv_itertool_result_set(rv_obj_t *result, size_t i, rv_obj_t *item);

extern rv_type_t rv_itertools_count_type, rv_itertools_cycle_type, rv_itertools_repeat_type,
    rv_itertools_accumulate_type, rv_itertools_chain_type, rv_itertools_compress_type,
    rv_itertools_dropwhile_type, rv_itertools_takewhile_type, rv_itertools_filterfalse_type,
    rv_itertools_starmap_type, rv_itertools_pairwise_type, rv_itertools_groupby_type,
    rv_itertools_grouper_type, rv_itertools_islice_type, rv_itertools_tee_type,
    rv_itertools_teedata_type, rv_itertools_zip_longest_type, rv_itertools_product_type,
    rv_itertools_permutations_type, rv_itertools_combinations_type, rv_itertools_cwr_type;

/* itertools.tee(iterable, n=2), a function. */
rv_obj_t *rv_itertools_tee(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);

#endif
