/* src/lang/modules/mod_future.c - the __future__ module (Lib/__future__.py):
 * a _Feature object per feature, recording when it was added and when it
 * became (or becomes) mandatory.  Importing it at the top of a file is
 * what turns the feature on; the compiler sees that
 * (compile_ann.c, `annotations`: PEP 563), the module only describes it.
 *
 * A _Feature is an instance of a library class in CPython (56 bytes: an
 * object with a __dict__); its attributes are not drawn, as for any
 * library object. */
#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/modules_int.h"

typedef struct feature {
    rv_obj_t ob;
    rv_obj_t *optional, *mandatory, *flag;
} feature_t;

static void feature_clear(rv_obj_t *o)
{
    feature_t *f = (feature_t *)o;
    rv_clearref(&f->optional);
    rv_clearref(&f->mandatory);
    rv_clearref(&f->flag);
}

static void feature_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    feature_t *f = (feature_t *)o;
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    visit(f->optional, &hidden, ctx);
    visit(f->mandatory, &hidden, ctx);
    visit(f->flag, &hidden, ctx);
}

/* _Feature.__repr__: "_Feature" + repr((optional, mandatory, flag)) */
static rv_obj_t *feature_repr(rv_obj_t *o)
{
    feature_t *f = (feature_t *)o;
    rv_obj_t *t = rv_tuple_pack(3, f->optional, f->mandatory, f->flag);
    rv_obj_t *r = rv_repr(t);
    rv_decref(t);
    if (!r)
        return NULL;
    rv_obj_t *s = rv_str_printf("_Feature%s", rv_str_utf8(r));
    rv_decref(r);
    return s;
}

static rv_obj_t *feature_getattr(rv_obj_t *o, rv_obj_t *name)
{
    feature_t *f = (feature_t *)o;
    if (rv_str_eq_cstr(name, "optional"))
        return rv_incref(f->optional);
    if (rv_str_eq_cstr(name, "mandatory"))
        return rv_incref(f->mandatory);
    if (rv_str_eq_cstr(name, "compiler_flag"))
        return rv_incref(f->flag);
    rv_err_format(&rv_exc_AttributeError, "'_Feature' object has no attribute '%s'",
                  rv_str_utf8(name));
    return NULL;
}

static size_t feature_size(rv_obj_t *o)
{
    (void)o;
    return 56; /* an instance of a Python class with a __dict__ (3.11) */
}

static rv_type_t feature_type = {
    .name = "__future__._Feature",
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_PYCLASS,
    .clear = feature_clear,
    .release = rv_obj_free,
    .traverse = feature_traverse,
    .repr = feature_repr,
    .getattr = feature_getattr,
    .size = feature_size,
};

/* Lib/__future__.py's table: name, optional and mandatory releases (a
 * mandatory major of 0: None, not yet decided), compiler flag. */
static const struct {
    const char *name;
    int opt[3];
    const char *opt_level;
    int opt_serial;
    int mand[3];
    const char *mand_level;
    int mand_serial;
    long flag;
} features[] = {
    { "nested_scopes", { 2, 1, 0 }, "beta", 1, { 2, 2, 0 }, "alpha", 0, 0x0010 },
    { "generators", { 2, 2, 0 }, "alpha", 1, { 2, 3, 0 }, "final", 0, 0 },
    { "division", { 2, 2, 0 }, "alpha", 2, { 3, 0, 0 }, "alpha", 0, 0x20000 },
    { "absolute_import", { 2, 5, 0 }, "alpha", 1, { 3, 0, 0 }, "alpha", 0, 0x40000 },
    { "with_statement", { 2, 5, 0 }, "alpha", 1, { 2, 6, 0 }, "alpha", 0, 0x80000 },
    { "print_function", { 2, 6, 0 }, "alpha", 2, { 3, 0, 0 }, "alpha", 0, 0x100000 },
    { "unicode_literals", { 2, 6, 0 }, "alpha", 2, { 3, 0, 0 }, "alpha", 0, 0x200000 },
    { "barry_as_FLUFL", { 3, 1, 0 }, "alpha", 2, { 4, 0, 0 }, "alpha", 0, 0x400000 },
    { "generator_stop", { 3, 5, 0 }, "beta", 1, { 3, 7, 0 }, "alpha", 0, 0x800000 },
    { "annotations", { 3, 7, 0 }, "beta", 1, { 0, 0, 0 }, NULL, 0, 0x1000000 },
};

static rv_obj_t *release(const int v[3], const char *level, int serial)
{
    if (!level)
        return rv_incref(rv_None);
    rv_obj_t *a = rv_int_from_i64(v[0]), *b = rv_int_from_i64(v[1]), *c = rv_int_from_i64(v[2]);
    rv_obj_t *l = rv_str_from_cstr(level), *s = rv_int_from_i64(serial);
    rv_obj_t *t = rv_tuple_pack(5, a, b, c, l, s);
    rv_decref(a);
    rv_decref(b);
    rv_decref(c);
    rv_decref(l);
    rv_decref(s);
    return t;
}

static const char *const future_values[] = {
    "all_feature_names", "nested_scopes", "generators", "division", "absolute_import",
    "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
    "generator_stop", "annotations", "CO_NESTED", "CO_GENERATOR_ALLOWED",
    "CO_FUTURE_DIVISION", "CO_FUTURE_ABSOLUTE_IMPORT", "CO_FUTURE_WITH_STATEMENT",
    "CO_FUTURE_PRINT_FUNCTION", "CO_FUTURE_UNICODE_LITERALS", "CO_FUTURE_BARRY_AS_BDFL",
    "CO_FUTURE_GENERATOR_STOP", "CO_FUTURE_ANNOTATIONS", NULL,
};

static void future_init(rv_obj_t *m)
{
    /* Initialized on first use, as every library type (an object id taken
     * at start-up would renumber every program's objects). */
    if (!feature_type.ob.type) {
        rv_obj_init_static(&feature_type.ob, &rv_type_type);
        feature_type.base = &rv_object_type;
    }
    size_t n = sizeof features / sizeof features[0];
    rv_obj_t *names = rv_list_new(0);
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *s = rv_str_from_cstr(features[i].name);
        rv_list_append(names, s);
        rv_decref(s);
    }
    rv_module_set_value(m, "all_feature_names", names);
    rv_decref(names);
    static const char *const flags[] = {
        "CO_NESTED", "CO_GENERATOR_ALLOWED", "CO_FUTURE_DIVISION", "CO_FUTURE_ABSOLUTE_IMPORT",
        "CO_FUTURE_WITH_STATEMENT", "CO_FUTURE_PRINT_FUNCTION", "CO_FUTURE_UNICODE_LITERALS",
        "CO_FUTURE_BARRY_AS_BDFL", "CO_FUTURE_GENERATOR_STOP", "CO_FUTURE_ANNOTATIONS",
    };
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *v = rv_int_from_i64(features[i].flag);
        rv_module_set_value(m, flags[i], v);
        rv_decref(v);
    }
    for (size_t i = 0; i < n; i++) {
        feature_t *f = rv_obj_alloc(&feature_type, sizeof(feature_t));
        f->optional = release(features[i].opt, features[i].opt_level, features[i].opt_serial);
        f->mandatory = release(features[i].mand, features[i].mand_level, features[i].mand_serial);
        f->flag = rv_int_from_i64(features[i].flag);
        rv_module_set_value(m, features[i].name, &f->ob);
        rv_decref(&f->ob);
    }
}

static const rv_method_t future_functions[] = { { NULL, NULL, 0 } };

const rv_module_def_t rv_mod_future = {
    "__future__", future_functions, future_values, future_init,
};
