#include "base/idmap.h"

#include <string.h>

#include "base/alloc.h"

static size_t slot_of(uint64_t key, size_t cap)
{
    /* Fibonacci hashing spreads sequential ids over the table. */
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1);
}

void rv_idmap_init(rv_idmap_t *m)
{
    memset(m, 0, sizeof *m);
}

void rv_idmap_free(rv_idmap_t *m)
{
    rv_free(m->keys);
    rv_free(m->vals);
    rv_idmap_init(m);
}

void rv_idmap_clear(rv_idmap_t *m)
{
    if (m->cap)
        memset(m->keys, 0, m->cap * sizeof *m->keys);
    m->len = 0;
}

static size_t find(const rv_idmap_t *m, uint64_t key)
{
    size_t i = slot_of(key, m->cap);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & (m->cap - 1);
    return i;
}

void *rv_idmap_get(const rv_idmap_t *m, uint64_t key)
{
    if (!m->cap)
        return NULL;
    size_t i = find(m, key);
    return m->keys[i] ? m->vals[i] : NULL;
}

void *rv_idmap_get_counted(const rv_idmap_t *m, uint64_t key, size_t *probes)
{
    if (!m->cap)
        return NULL;
    size_t i = slot_of(key, m->cap);
    (*probes)++;
    while (m->keys[i] && m->keys[i] != key) {
        i = (i + 1) & (m->cap - 1);
        (*probes)++;
    }
    return m->keys[i] ? m->vals[i] : NULL;
}

bool rv_idmap_has(const rv_idmap_t *m, uint64_t key)
{
    return m->cap && m->keys[find(m, key)] == key;
}

static void grow(rv_idmap_t *m)
{
    rv_idmap_t n;
    n.cap = m->cap ? m->cap * 2 : 64;
    n.len = 0;
    n.keys = rv_calloc(n.cap, sizeof *n.keys);
    n.vals = rv_malloc(n.cap * sizeof *n.vals);
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i])
            rv_idmap_put(&n, m->keys[i], m->vals[i]);
    rv_free(m->keys);
    rv_free(m->vals);
    *m = n;
}

void **rv_idmap_slot(rv_idmap_t *m, uint64_t key)
{
    if ((m->len + 1) * 2 >= m->cap)
        grow(m);
    size_t i = find(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->vals[i] = NULL;
        m->len++;
    }
    return &m->vals[i];
}

void rv_idmap_put(rv_idmap_t *m, uint64_t key, void *val)
{
    /* At most half full: a miss then probes about 2.5 slots (3/4 full
     * costs 8.5, and the tracer asks about absent ids a lot). */
    if ((m->len + 1) * 2 >= m->cap)
        grow(m);
    size_t i = find(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->len++;
    }
    m->vals[i] = val;
}

void rv_idmap_del(rv_idmap_t *m, uint64_t key)
{
    if (!m->cap)
        return;
    size_t i = find(m, key);
    if (!m->keys[i])
        return;
    m->keys[i] = 0;
    m->len--;
    size_t j = i;
    for (;;) {
        j = (j + 1) & (m->cap - 1);
        if (!m->keys[j])
            break;
        size_t home = slot_of(m->keys[j], m->cap);
        /* Move j back to i when its home is not cyclically in (i, j]. */
        bool between = i <= j ? (home > i && home <= j) : (home > i || home <= j);
        if (!between) {
            m->keys[i] = m->keys[j];
            m->vals[i] = m->vals[j];
            m->keys[j] = 0;
            i = j;
        }
    }
}
