/* tests/unit/objutil.h - assertions shared by the object suites (list,
 * tuple, dict, set): reprs, the exception a call left pending, and method
 * calls made as the evaluator makes them. */
#ifndef RV_TESTS_OBJUTIL_H
#define RV_TESTS_OBJUTIL_H

#include <check.h>
#include <stdarg.h>

#include "core/exc.h"
#include "core/obj_str.h"
#include "core/object.h"

static inline void assert_repr(rv_obj_t *o, const char *want)
{
    rv_obj_t *r = rv_repr(o);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(rv_str_utf8(r), want);
    rv_decref(r);
}

/* Consumes r, a result that must be NULL with type(msg) pending; msg is
 * str(exc) (a KeyError shows the repr of its argument). */
static inline void assert_raised(rv_obj_t *r, const rv_type_t *type, const char *msg)
{
    ck_assert_ptr_null(r);
    rv_obj_t *exc = rv_err_fetch();
    ck_assert_ptr_nonnull(exc);
    ck_assert_str_eq(RV_TYPE_NAME(exc), type->name);
    rv_obj_t *m = rv_exc_message(exc);
    ck_assert_ptr_nonnull(m);
    ck_assert_str_eq(rv_str_utf8(m), msg);
    rv_decref(m);
    rv_decref(exc);
}

/* The same for functions returning int. */
static inline void assert_failed(int rc, const rv_type_t *type, const char *msg)
{
    ck_assert_int_eq(rc, -1);
    assert_raised(NULL, type, msg);
}

/* self.name(*args) through attribute lookup and a call, as the evaluator
 * does it; borrowed arguments (at most 4). */
static inline rv_obj_t *call_method(rv_obj_t *self, const char *name, size_t nargs, ...)
{
    rv_obj_t *args[4];
    va_list ap;
    va_start(ap, nargs);
    for (size_t i = 0; i < nargs; i++)
        args[i] = va_arg(ap, rv_obj_t *);
    va_end(ap);
    rv_obj_t *m = rv_getattr_cstr(self, name);
    ck_assert_ptr_nonnull(m);
    rv_obj_t *r = rv_call(m, args, nargs, NULL);
    rv_decref(m);
    return r;
}

#endif
