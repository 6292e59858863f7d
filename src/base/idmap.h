/* src/base/idmap.h - a hash map from 64-bit ids to pointers (open
 * addressing, linear probing).  Id 0 is reserved as the empty marker. */
#ifndef RV_BASE_IDMAP_H
#define RV_BASE_IDMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct rv_idmap {
    uint64_t *keys;
    void **vals;
    size_t cap;   /* power of two, or 0 */
    size_t len;
} rv_idmap_t;

void rv_idmap_init(rv_idmap_t *m);
void rv_idmap_free(rv_idmap_t *m);
void *rv_idmap_get(const rv_idmap_t *m, uint64_t key);
/* rv_idmap_get that also adds the number of slots it inspected to *probes:
 * a deterministic measure of lookup cost, for tests of scaling. */
void *rv_idmap_get_counted(const rv_idmap_t *m, uint64_t key, size_t *probes);
bool rv_idmap_has(const rv_idmap_t *m, uint64_t key);
void rv_idmap_put(rv_idmap_t *m, uint64_t key, void *val);
/* The value slot of key, inserted holding NULL if key was absent: one
 * probe for a lookup that may insert.  Valid until the next insertion. */
void **rv_idmap_slot(rv_idmap_t *m, uint64_t key);
/* Removes key (backward-shift deletion keeps probe chains intact). */
void rv_idmap_del(rv_idmap_t *m, uint64_t key);
void rv_idmap_clear(rv_idmap_t *m);

#endif
