/* src/lang/modules/mod_statistics.h - what the statistics module's files
 * share: mod_statistics.c (the module, the sums: mean, the variances) and
 * mod_statistics_order.c (medians, mode, quantiles).
 *
 * OWNERSHIP: as in core/object.h. */
#ifndef RV_LANG_MODULES_MOD_STATISTICS_H
#define RV_LANG_MODULES_MOD_STATISTICS_H

#include "core/object.h"

/* statistics.StatisticsError (a ValueError). */
extern rv_type_t rv_statistics_error_type;

/* Raise StatisticsError(msg); NULL. */
rv_obj_t *rv_statistics_error(const char *msg);
/* `raise StatisticsError(msg) from None` while the pending exception is
 * handled: it becomes the __context__; NULL. */
rv_obj_t *rv_statistics_error_from_none(const char *msg);
/* Refuses what refviz does not model (RefvizUnsupported); NULL. */
rv_obj_t *rv_statistics_unsupported(const char *what);
/* Binds a statistics.py function's arguments (rv_pysig_bind): npos
 * positional-or-keyword parameters, nreq of them required, then the
 * keyword-only rest of names. */
int rv_statistics_bind(const char *fname, const char *const *names, size_t npos, size_t nreq,
                       rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames, rv_obj_t **out);

rv_obj_t *rv_statistics_median(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw);
rv_obj_t *rv_statistics_median_low(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kw);
rv_obj_t *rv_statistics_median_high(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                    rv_obj_t *kw);
rv_obj_t *rv_statistics_mode(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kw);
rv_obj_t *rv_statistics_multimode(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kw);
rv_obj_t *rv_statistics_quantiles(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kw);

#endif
