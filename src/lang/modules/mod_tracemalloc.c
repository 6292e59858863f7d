/* src/lang/modules/mod_tracemalloc.c - tracemalloc on refviz's model.
 *
 * CPython's tracemalloc hooks the memory allocators and records, for each
 * live memory block, its size and the Python line that allocated it.  The
 * model has no allocator: while tracing, every object allocated (heap.c's
 * allocation hook) is a "block" recorded with the file and line of the
 * innermost frame's current statement, and its size is the object's
 * modelled size, rv_sizeof (sys.getsizeof).  The numbers therefore
 * approximate CPython's: one trace per object where CPython may count an
 * object and its separate item array as two blocks at different lines, and
 * no interpreter-internal allocations.
 *
 * An object's size is measured when the next traced object dies (objects
 * are complete by then), and every live trace is measured again at each
 * tracemalloc call, so an object that grew (list.append) counts its current
 * size.  current is the sum of the measured sizes; peak is the largest
 * current seen at those moments, so growth that is undone before any object
 * dies or tracemalloc is asked can escape the peak.  Tracing off costs the
 * allocator one test.
 *
 * Snapshot, Statistic and StatisticDiff are small types of this module:
 * Statistic.traceback is the "file:line" text (CPython's Traceback prints
 * the same). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/idmap.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/vm/builtins_int.h"
#include "lang/modules/modules_int.h"
#include "lang/vm/vm.h"

typedef struct trace {
    rv_obj_t *obj;         /* borrowed: removed when it dies */
    const char *file;      /* pooled */
    int line;
    size_t size;           /* as last measured (0 until then) */
} trace_t;

static bool tracing;
static bool suspended;          /* building tracemalloc's own results */
static int traceback_limit = 1;
static rv_idmap_t traces;       /* object id -> trace_t */
static trace_t **fresh;         /* traces not measured yet */
static size_t nfresh, capfresh;
static size_t current, peak;
static char **files;            /* the pool of file names */
static size_t nfiles;

static const char *pool_file(const char *name)
{
    for (size_t i = 0; i < nfiles; i++)
        if (strcmp(files[i], name) == 0)
            return files[i];
    files = rv_realloc(files, (nfiles + 1) * sizeof *files);
    files[nfiles] = rv_strdup(name);
    return files[nfiles++];
}

static void note_peak(void)
{
    if (current > peak)
        peak = current;
}

static void measure(trace_t *t)
{
    size_t now = rv_sizeof(t->obj);
    current = current - t->size + now;
    t->size = now;
}

static void settle_fresh(void)
{
    for (size_t i = 0; i < nfresh; i++)
        measure(fresh[i]);
    nfresh = 0;
    note_peak();
}

static void on_alloc(rv_obj_t *o, void *ctx)
{
    (void)ctx;
    if (suspended)
        return;
    trace_t *t = rv_calloc(1, sizeof *t);
    t->obj = o;
    rv_frame_t *f = rv_vm_current_frame();
    if (f && f->code && f->code->source) {
        t->file = pool_file(f->code->source->filename);
        t->line = f->line > 0 ? f->line : f->code->firstline;
    } else {
        t->file = pool_file("<unknown>");
    }
    rv_idmap_put(&traces, o->id, t);
    if (nfresh == capfresh) {
        capfresh = capfresh ? capfresh * 2 : 64;
        fresh = rv_realloc(fresh, capfresh * sizeof *fresh);
    }
    fresh[nfresh++] = t;
}

static void on_free(rv_obj_t *o, void *ctx)
{
    (void)ctx;
    trace_t *t = rv_idmap_get(&traces, o->id);
    if (!t)
        return;
    /* Fresh objects are complete by the time something dies: measure them
     * (and o) so that the peak counts them. */
    settle_fresh();
    current -= t->size;
    rv_idmap_del(&traces, o->id);
    rv_free(t);
}

/* Measures every live trace again: sizes of objects that grew. */
static void refresh(void)
{
    nfresh = 0;
    for (size_t i = 0; i < traces.cap; i++)
        if (traces.keys[i])
            measure(traces.vals[i]);
    note_peak();
}

static void clear_traces(void)
{
    for (size_t i = 0; i < traces.cap; i++)
        if (traces.keys[i])
            rv_free(traces.vals[i]);
    rv_idmap_clear(&traces);
    nfresh = 0;
    current = peak = 0;
}

static void stop_tracing(void)
{
    tracing = false;
    rv_heap_set_alloc_hooks(NULL, NULL, NULL);
    clear_traces();
}

/******************************************************************************/
/* _format_size and the statistic types                                       */

/* tracemalloc._format_size: B, then KiB ... with 3 or 4 significant digits. */
static void format_size(char *buf, size_t n, double size, bool sign)
{
    static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
    for (size_t u = 0; u < 5; u++) {
        if (fabs(size) < 100 && u != 0) {
            snprintf(buf, n, sign ? "%+.1f %s" : "%.1f %s", size, units[u]);
            return;
        }
        if (fabs(size) < 10 * 1024 || u == 4) {
            snprintf(buf, n, sign ? "%+.0f %s" : "%.0f %s", size, units[u]);
            return;
        }
        size /= 1024;
    }
}

typedef struct stat_obj {
    rv_obj_t ob;
    rv_obj_t *file;        /* str */
    int line;
    int64_t size, count, size_diff, count_diff;
} stat_obj_t;

static rv_type_t stat_type, statdiff_type;

static rv_obj_t *stat_new(rv_type_t *type, rv_obj_t *file, int line)
{
    stat_obj_t *s = rv_obj_alloc(type, sizeof(stat_obj_t));
    s->file = rv_incref(file);
    s->line = line;
    return &s->ob;
}

static void stat_clear(rv_obj_t *o)
{
    rv_clearref(&((stat_obj_t *)o)->file);
}

static rv_obj_t *stat_str(rv_obj_t *o)
{
    stat_obj_t *s = (stat_obj_t *)o;
    char size[48], diff[48], avg[48];
    format_size(size, sizeof size, (double)s->size, false);
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b, "%s:%d: size=%s", rv_str_utf8(s->file), s->line, size);
    if (o->type == &statdiff_type) {
        format_size(diff, sizeof diff, (double)s->size_diff, true);
        rv_buf_printf(&b, " (%s), count=%lld (%+lld)", diff, (long long)s->count,
                      (long long)s->count_diff);
    } else {
        rv_buf_printf(&b, ", count=%lld", (long long)s->count);
    }
    if (s->count) {
        format_size(avg, sizeof avg, (double)s->size / (double)s->count, false);
        rv_buf_printf(&b, ", average=%s", avg);
    }
    rv_obj_t *r = rv_str_from_utf8(b.data, b.len);
    rv_buf_free(&b);
    return r;
}

static rv_obj_t *stat_repr(rv_obj_t *o)
{
    stat_obj_t *s = (stat_obj_t *)o;
    rv_obj_t *file = rv_repr(s->file);
    if (!file)
        return NULL;
    rv_obj_t *r;
    if (o->type == &statdiff_type)
        r = rv_str_printf("<StatisticDiff traceback=<Traceback (<Frame filename=%s lineno=%d>,)> "
                          "size=%lld (%+lld) count=%lld (%+lld)>",
                          rv_str_utf8(file), s->line, (long long)s->size,
                          (long long)s->size_diff, (long long)s->count,
                          (long long)s->count_diff);
    else
        r = rv_str_printf("<Statistic traceback=<Traceback (<Frame filename=%s lineno=%d>,)> "
                          "size=%lld count=%lld>",
                          rv_str_utf8(file), s->line, (long long)s->size, (long long)s->count);
    rv_decref(file);
    return r;
}

static rv_obj_t *stat_getattr(rv_obj_t *o, rv_obj_t *name)
{
    stat_obj_t *s = (stat_obj_t *)o;
    const char *n = rv_str_utf8(name);
    bool diff = o->type == &statdiff_type;
    if (strcmp(n, "size") == 0)
        return rv_int_from_i64(s->size);
    if (strcmp(n, "count") == 0)
        return rv_int_from_i64(s->count);
    if (diff && strcmp(n, "size_diff") == 0)
        return rv_int_from_i64(s->size_diff);
    if (diff && strcmp(n, "count_diff") == 0)
        return rv_int_from_i64(s->count_diff);
    if (strcmp(n, "traceback") == 0)
        return rv_str_printf("%s:%d", rv_str_utf8(s->file), s->line);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'",
                  strrchr(o->type->name, '.') + 1, n);
    return NULL;
}

static void stat_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (((stat_obj_t *)o)->file)
        visit(((stat_obj_t *)o)->file, &e, ctx);
}

/* Python classes with __slots__: the header, one pointer per slot and the
 * GC header (Statistic has three, StatisticDiff five). */
static size_t stat_size(rv_obj_t *o)
{
    (void)o;
    return 16 + 3 * 8 + 16;
}

static size_t statdiff_size(rv_obj_t *o)
{
    (void)o;
    return 16 + 5 * 8 + 16;
}

static rv_type_t stat_type = {
    .name = "tracemalloc.Statistic",
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_PYCLASS,
    .clear = stat_clear,
    .release = rv_obj_free,
    .traverse = stat_traverse,
    .repr = stat_repr,
    .str = stat_str,
    .getattr = stat_getattr,
    .size = stat_size,
};

static rv_type_t statdiff_type = {
    .name = "tracemalloc.StatisticDiff",
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_PYCLASS,
    .clear = stat_clear,
    .release = rv_obj_free,
    .traverse = stat_traverse,
    .repr = stat_repr,
    .str = stat_str,
    .getattr = stat_getattr,
    .size = statdiff_size,
};

/******************************************************************************/
/* Snapshot                                                                   */

/* The traces at take_snapshot(): a tuple of (file, line, size) tuples. */
typedef struct snapshot {
    rv_obj_t ob;
    rv_obj_t *traces;
    int limit;
} snapshot_t;

static rv_type_t snapshot_type;

static void snapshot_clear(rv_obj_t *o)
{
    rv_clearref(&((snapshot_t *)o)->traces);
}

static void snapshot_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (((snapshot_t *)o)->traces)
        visit(((snapshot_t *)o)->traces, &e, ctx);
}

/* Groups a snapshot's traces by file and line (line 0 when by file):
 * a list of Statistic, unsorted. */
static rv_obj_t *group(rv_obj_t *snap, bool by_file)
{
    rv_obj_t *all = ((snapshot_t *)snap)->traces;
    rv_obj_t *stats = rv_list_new(0);
    for (size_t i = 0; i < rv_tuple_len(all); i++) {
        rv_obj_t *tr = rv_tuple_get_borrow(all, i);
        rv_obj_t *file = rv_tuple_get_borrow(tr, 0);
        int64_t line = 0, size = 0;
        if (!by_file)
            rv_int_fits_i64(rv_tuple_get_borrow(tr, 1), &line);
        rv_int_fits_i64(rv_tuple_get_borrow(tr, 2), &size);
        stat_obj_t *s = NULL;
        for (size_t k = 0; k < rv_list_len(stats) && !s; k++) {
            stat_obj_t *c = (stat_obj_t *)rv_list_get_borrow(stats, k);
            if (c->line == line && rv_eq(c->file, file) == 1)
                s = c;
        }
        if (!s) {
            rv_obj_t *n = stat_new(&stat_type, file, (int)line);
            rv_list_append(stats, n);
            rv_decref(n);
            s = (stat_obj_t *)n;
        }
        s->size += size;
        s->count++;
    }
    return stats;
}

static int cmp_i64(int64_t a, int64_t b)
{
    return a < b ? -1 : a > b;
}

static int cmp_tb(const stat_obj_t *a, const stat_obj_t *b)
{
    int c = strcmp(rv_str_utf8(a->file), rv_str_utf8(b->file));
    return c ? c : cmp_i64(a->line, b->line);
}

/* Descending by Statistic._sort_key: (size, count, traceback). */
static int cmp_stat(const void *x, const void *y)
{
    const stat_obj_t *a = *(stat_obj_t *const *)x, *b = *(stat_obj_t *const *)y;
    int c = cmp_i64(a->size, b->size);
    if (!c)
        c = cmp_i64(a->count, b->count);
    if (!c)
        c = cmp_tb(a, b);
    return -c;
}

/* Descending by StatisticDiff._sort_key:
 * (abs(size_diff), size, abs(count_diff), count, traceback). */
static int cmp_diff(const void *x, const void *y)
{
    const stat_obj_t *a = *(stat_obj_t *const *)x, *b = *(stat_obj_t *const *)y;
    int c = cmp_i64(llabs(a->size_diff), llabs(b->size_diff));
    if (!c)
        c = cmp_i64(a->size, b->size);
    if (!c)
        c = cmp_i64(llabs(a->count_diff), llabs(b->count_diff));
    if (!c)
        c = cmp_i64(a->count, b->count);
    if (!c)
        c = cmp_tb(a, b);
    return -c;
}

static void sort_stats(rv_obj_t *list, int (*cmp)(const void *, const void *))
{
    size_t n = rv_list_len(list);
    if (n > 1)
        qsort(RV_LIST(list)->items, n, sizeof(rv_obj_t *), cmp);
}

/* key_type and cumulative as Snapshot._group_by checks them; returns
 * whether grouping is by file, or -1. */
static int group_args(const char *fname, rv_obj_t *const *args, size_t nargs,
                      rv_obj_t *kwnames, size_t first)
{
    static const char *const kw[] = { "key_type", "cumulative", NULL };
    rv_obj_t *opt[2];
    if (nargs > first + 2) {
        rv_err_format(&rv_exc_TypeError, "%s() takes from %zu to %zu positional arguments but "
                      "%zu were given", fname, first + 2, first + 3, nargs + 1);
        return -1;
    }
    if (rv_kwargs(fname, args, nargs, kwnames, kw, opt) < 0)
        return -1;
    rv_obj_t *key = nargs > first ? args[first] : opt[0];
    rv_obj_t *cumulative = nargs > first + 1 ? args[first + 1] : opt[1];
    if (!key) {
        rv_err_format(&rv_exc_TypeError,
                      "Snapshot.%s() missing 1 required positional argument: 'key_type'", fname);
        return -1;
    }
    bool known = RV_IS(key, rv_str_type) &&
                 (rv_str_eq_cstr(key, "lineno") || rv_str_eq_cstr(key, "filename") ||
                  rv_str_eq_cstr(key, "traceback"));
    if (!known) {
        rv_obj_t *r = rv_repr(key);
        if (r) {
            rv_err_format(&rv_exc_ValueError, "unknown key_type: %s", rv_str_utf8(r));
            rv_decref(r);
        }
        return -1;
    }
    int cum = cumulative ? rv_truth(cumulative) : 0;
    if (cum < 0)
        return -1;
    if (cum && rv_str_eq_cstr(key, "traceback")) {
        rv_err_format(&rv_exc_ValueError,
                      "cumulative mode cannot by used with key type 'traceback'");
        return -1;
    }
    return rv_str_eq_cstr(key, "filename");
}

static rv_obj_t *snapshot_statistics(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kwnames)
{
    int by_file = group_args("statistics", args, nargs, kwnames, 0);
    if (by_file < 0)
        return NULL;
    suspended = true;
    rv_obj_t *stats = group(self, by_file);
    sort_stats(stats, cmp_stat);
    suspended = false;
    return stats;
}

static rv_obj_t *snapshot_compare_to(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kwnames)
{
    if (nargs < 1) {
        rv_err_format(&rv_exc_TypeError, "Snapshot.compare_to() missing 2 required positional "
                      "arguments: 'old_snapshot' and 'key_type'");
        return NULL;
    }
    if (!RV_IS(args[0], snapshot_type)) {
        rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '_group_by'",
                      args[0]->type->name);
        return NULL;
    }
    int by_file = group_args("compare_to", args, nargs, kwnames, 1);
    if (by_file < 0)
        return NULL;
    suspended = true;
    rv_obj_t *now = group(self, by_file), *old = group(args[0], by_file);
    rv_obj_t *diffs = rv_list_new(0);
    for (size_t pass = 0; pass < 2; pass++) {
        rv_obj_t *from = pass ? old : now, *other = pass ? now : old;
        for (size_t i = 0; i < rv_list_len(from); i++) {
            stat_obj_t *s = (stat_obj_t *)rv_list_get_borrow(from, i), *o = NULL;
            for (size_t k = 0; k < rv_list_len(other) && !o; k++) {
                stat_obj_t *c = (stat_obj_t *)rv_list_get_borrow(other, k);
                if (c->line == s->line && rv_eq(c->file, s->file) == 1)
                    o = c;
            }
            if (pass && o)
                continue; /* counted in the first pass */
            stat_obj_t *d = (stat_obj_t *)stat_new(&statdiff_type, s->file, s->line);
            if (pass) {
                d->size_diff = -s->size;
                d->count_diff = -s->count;
            } else {
                d->size = s->size;
                d->count = s->count;
                d->size_diff = s->size - (o ? o->size : 0);
                d->count_diff = s->count - (o ? o->count : 0);
            }
            rv_list_append(diffs, &d->ob);
            rv_decref(&d->ob);
        }
    }
    rv_decref(now);
    rv_decref(old);
    sort_stats(diffs, cmp_diff);
    suspended = false;
    return diffs;
}

static rv_obj_t *snapshot_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "traceback_limit") == 0)
        return rv_int_from_i64(((snapshot_t *)o)->limit);
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'Snapshot' object has no attribute '%s'", n);
    return NULL;
}

static size_t snapshot_size(rv_obj_t *o)
{
    (void)o;
    return 56;
}

static const rv_method_t snapshot_methods[] = {
    { "statistics", snapshot_statistics, 0 },
    { "compare_to", snapshot_compare_to, 0 },
    { NULL, NULL, 0 },
};

static rv_type_t snapshot_type = {
    .name = "tracemalloc.Snapshot",
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_PYCLASS,
    .clear = snapshot_clear,
    .release = rv_obj_free,
    .traverse = snapshot_traverse,
    .repr = rv_default_repr,
    .getattr = snapshot_getattr,
    .methods = snapshot_methods,
    .size = snapshot_size,
};

/******************************************************************************/
/* the functions                                                              */

static int no_args(const char *name, size_t nargs, rv_obj_t *kwnames)
{
    char full[64];
    snprintf(full, sizeof full, "_tracemalloc.%s", name);
    if (rv_arg_no_kw(full, kwnames) < 0 || rv_arg_count(full, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

static rv_obj_t *tm_start(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("_tracemalloc.start", kwnames) < 0 ||
        rv_arg_count("start", nargs, 0, 1) < 0)
        return NULL;
    int64_t n = 1;
    if (nargs) {
        if (!rv_isinstance(args[0], &rv_int_type)) {
            rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          args[0]->type->name);
            return NULL;
        }
        if (!rv_int_fits_i64(args[0], &n) || n < 1 || n > 65535) {
            rv_err_format(&rv_exc_ValueError, "the number of frames must be in range [1; 65535]");
            return NULL;
        }
    }
    traceback_limit = (int)n;
    if (!tracing) {
        tracing = true;
        rv_heap_set_alloc_hooks(on_alloc, on_free, NULL);
    }
    return rv_incref(rv_None);
}

static rv_obj_t *tm_stop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames)
{
    if (no_args("stop", nargs, kwnames) < 0)
        return NULL;
    stop_tracing();
    return rv_incref(rv_None);
}

static rv_obj_t *tm_is_tracing(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    if (no_args("is_tracing", nargs, kwnames) < 0)
        return NULL;
    return rv_bool_from(tracing);
}

static rv_obj_t *tm_clear_traces(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    if (no_args("clear_traces", nargs, kwnames) < 0)
        return NULL;
    clear_traces();
    return rv_incref(rv_None);
}

static rv_obj_t *tm_get_traced_memory(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                      rv_obj_t *kwnames)
{
    if (no_args("get_traced_memory", nargs, kwnames) < 0)
        return NULL;
    refresh();
    rv_obj_t *c = rv_int_from_u64(current), *p = rv_int_from_u64(peak);
    rv_obj_t *t = rv_tuple_pack(2, c, p);
    rv_decref(c);
    rv_decref(p);
    return t;
}

static rv_obj_t *tm_reset_peak(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    if (no_args("reset_peak", nargs, kwnames) < 0)
        return NULL;
    refresh();
    peak = current;
    return rv_incref(rv_None);
}

static rv_obj_t *tm_get_traceback_limit(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                        rv_obj_t *kwnames)
{
    if (no_args("get_traceback_limit", nargs, kwnames) < 0)
        return NULL;
    return rv_int_from_i64(traceback_limit);
}

/* The trace tuples of live traced objects, oldest first (ids grow). */
static int cmp_trace(const void *x, const void *y)
{
    const trace_t *a = *(trace_t *const *)x, *b = *(trace_t *const *)y;
    return a->obj->id < b->obj->id ? -1 : a->obj->id > b->obj->id;
}

static rv_obj_t *tm_take_snapshot(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("take_snapshot", kwnames) < 0 ||
        rv_arg_count("take_snapshot", nargs, 0, 0) < 0)
        return NULL;
    if (!tracing) {
        rv_err_format(&rv_exc_RuntimeError, "the tracemalloc module must be tracing memory "
                                            "allocations to take a snapshot");
        return NULL;
    }
    refresh();
    /* tracemalloc's own objects are not traced (CPython's are Python
     * objects of tracemalloc.py; the model's are not worth showing). */
    suspended = true;
    size_t n = 0;
    trace_t **all = rv_malloc((traces.len + 1) * sizeof *all);
    for (size_t i = 0; i < traces.cap; i++)
        if (traces.keys[i])
            all[n++] = traces.vals[i];
    qsort(all, n, sizeof *all, cmp_trace);
    rv_obj_t **items = rv_malloc((n + 1) * sizeof *items);
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *file = rv_str_from_cstr(all[i]->file);
        rv_obj_t *line = rv_int_from_i64(all[i]->line);
        rv_obj_t *size = rv_int_from_u64(all[i]->size);
        items[i] = rv_tuple_pack(3, file, line, size);
        rv_decref(file);
        rv_decref(line);
        rv_decref(size);
    }
    rv_free(all);
    rv_obj_t *tuple = rv_tuple_from_array(items, n);
    for (size_t i = 0; i < n; i++)
        rv_decref(items[i]);
    rv_free(items);
    snapshot_t *s = rv_obj_alloc(&snapshot_type, sizeof(snapshot_t));
    s->traces = tuple;
    s->limit = traceback_limit;
    suspended = false;
    return &s->ob;
}

static const rv_method_t tm_functions[] = {
    { "start", tm_start, 0 },
    { "stop", tm_stop, 0 },
    { "is_tracing", tm_is_tracing, 0 },
    { "clear_traces", tm_clear_traces, 0 },
    { "get_traced_memory", tm_get_traced_memory, 0 },
    { "reset_peak", tm_reset_peak, 0 },
    { "get_traceback_limit", tm_get_traceback_limit, 0 },
    { "take_snapshot", tm_take_snapshot, RV_METH_PYFUNC },
    { NULL, NULL, 0 },
};

static const char *const tm_values[] = { "Snapshot", "Statistic", "StatisticDiff", NULL };

static void tm_init(rv_obj_t *m)
{
    rv_type_t *const types[] = { &snapshot_type, &stat_type, &statdiff_type };
    for (size_t i = 0; i < 3; i++) {
        rv_obj_init_static(&types[i]->ob, &rv_type_type);
        rv_module_set_value(m, strrchr(types[i]->name, '.') + 1, &types[i]->ob);
    }
}

const rv_module_def_t rv_mod_tracemalloc = {
    .name = "tracemalloc",
    .functions = tm_functions,
    .values = tm_values,
    .init = tm_init,
};

void rv_tracemalloc_finalize(void)
{
    if (tracing)
        stop_tracing();
    rv_idmap_free(&traces);
    rv_free(fresh);
    fresh = NULL;
    nfresh = capfresh = 0;
    for (size_t i = 0; i < nfiles; i++)
        rv_free(files[i]);
    rv_free(files);
    files = NULL;
    nfiles = 0;
    /* the next interpreter's starts at CPython's default */
    traceback_limit = 1;
}
