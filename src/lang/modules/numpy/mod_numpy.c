/* src/lang/modules/numpy/mod_numpy.c - the numpy module: a subset of
 * NumPy 1.24 (docs/numpy.md lists it).  Importing it gives the array and
 * scalar types their identities and plugs the module's operations into
 * their protocol slots (the core defines the objects, not what Python does
 * with them).  Any other name of numpy is refused as unsupported through
 * the module's __getattr__ (PEP 562), so that `refviz run --engine auto`
 * hands such a program to CPython instead of failing with an
 * AttributeError NumPy would not raise. */
#include "lang/modules/numpy/np_int.h"

#include "lang/modules/numpy/np_iter.h"

#include <math.h>
#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_float.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/modargs.h"
#include "lang/modules/modules_int.h"

static rv_type_t axis_error_type = { .name = "numpy.AxisError" };
/* a += 0.5 on an int array.  NumPy names the class UFuncTypeError
 * (its __name__) but tracebacks print its qualified name. */
static rv_type_t casting_error_type = { .name = "numpy.core._exceptions._UFuncOutputCastingError" };

rv_type_t *np_casting_error_type(void)
{
    return &casting_error_type;
}

rv_obj_t *np_unsupported(const char *what)
{
    rv_obj_t *msg = rv_str_printf("%s (refviz's model of NumPy lacks it)", what);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

int np_parse(const rv_clinic_t *c, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw,
             rv_obj_t **out)
{
    const char *unknown = nargs > c->npos ? "more positional arguments" : NULL;
    for (size_t i = 0; !unknown && kw && i < rv_tuple_len(kw); i++) {
        const char *k = rv_str_utf8(rv_tuple_get_borrow(kw, i));
        bool known = false;
        for (size_t j = 0; c->names[j]; j++)
            known |= strcmp(c->names[j], k) == 0;
        if (!known)
            unknown = k;
    }
    if (unknown) {
        rv_obj_t *msg = rv_str_printf("np.%s() with %s%s (refviz's model of NumPy lacks it)",
                                      c->fname, unknown, nargs > c->npos ? "" : "=");
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return -1;
    }
    return rv_clinic_parse(c, args, nargs, kw, out);
}

void np_axis_error(int64_t axis, int ndim)
{
    rv_err_format(&axis_error_type, "axis %lld is out of bounds for array of dimension %d",
                  (long long)axis, ndim);
}

/* np.int64(x), np.float64(x), np.bool_(x): the scalar of x's value. */
static rv_obj_t *scalar_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    rv_nd_dtype_t t = (rv_nd_dtype_t)(type - rv_ndscalar_types), st;
    if (kw || nargs > 1)
        return np_unsupported("NumPy scalar constructors with more than one argument");
    if (nargs == 0)
        return rv_ndscalar_from_val(t, rv_nd_int(0));
    if (RV_IS(args[0], rv_ndarray_type)) {
        rv_obj_t *c = rv_ndarray_copy_as(args[0], t);
        return np_unwrap_steal(c);
    }
    if (!np_scalar_dtype(args[0], &st))
        return np_unsupported("NumPy scalars made from something that is not a number");
    return rv_ndscalar_from_val(t, np_scalar_val(args[0]));
}

static rv_obj_t *module_getattr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    (void)kw;
    if (rv_arg_positional("__getattr__", nargs, 1, 1) < 0)
        return NULL;
    if (!RV_IS(args[0], rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "attribute name must be string, not '%s'",
                      args[0]->type->name);
        return NULL;
    }
    const char *n = rv_str_utf8(args[0]);
    if (n[0] == '_' && n[1] == '_') {
        rv_err_format(&rv_exc_AttributeError, "module 'numpy' has no attribute '%s'", n);
        return NULL;
    }
    rv_obj_t *msg = rv_str_printf("numpy.%s (refviz's model of NumPy lacks it)", n);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

static const rv_method_t numpy_functions[] = {
    { "__getattr__", module_getattr, 0 },
    { NULL, NULL, 0 },
};

/* The names init defines besides its functions (`from numpy import x`
 * checks them before the program runs). */
static const char *const numpy_values[] = {
    "array", "arange", "zeros", "ones", "empty", "full", "linspace", "sqrt", "sum", "mean",
    "min", "max", "amin", "amax", "argmax", "cumsum", "any", "all", "dot", "matmul", "shares_memory", "copy",
    "reshape", "ravel", "transpose", "ndarray", "bool_", "int8", "int16", "int32", "int64",
    "uint8", "uint16", "uint32", "uint64", "float32", "float64", "pi", "e", "nan", "inf",
    "newaxis", "AxisError", NULL,
};

static void init_type(rv_type_t *t)
{
    rv_obj_init_static(&t->ob, &rv_type_type);
    if (!t->base)
        t->base = &rv_object_type;
}

static void numpy_init(rv_obj_t *m)
{
    const rv_method_t *const tables[] = { np_create_functions, np_ufunc_functions,
                                          np_reduce_functions, np_methods_functions };
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        for (const rv_method_t *f = tables[i]; f->name; f++)
            rv_module_add_function(m, f);

    /* No slots inherited from object: an array is unhashable, as NumPy's. */
    rv_type_t *nd = &rv_ndarray_type;
    init_type(nd);
    nd->getitem = np_getitem;
    nd->setitem = np_setitem;
    nd->binop = np_binop;
    nd->inplace = np_inplace;
    nd->richcompare = np_richcompare;
    nd->unop = np_unop;
    nd->getattr = np_getattr;
    nd->iter = np_iter;
    rv_module_set_value(m, "ndarray", &nd->ob);
    for (int t = 0; t < RV_ND_NTYPES; t++) {
        rv_type_t *st = &rv_ndscalar_types[t];
        init_type(st);
        st->binop = np_binop;
        st->richcompare = np_richcompare;
        st->unop = np_unop;
        st->getattr = np_getattr;
        st->make = scalar_make;
        rv_module_set_value(m, rv_type_name(st), &st->ob);
    }
    if (!axis_error_type.ob.type)
        rv_module_exc_type_init(&axis_error_type, &rv_exc_ValueError);
    if (!casting_error_type.ob.type)
        rv_module_exc_type_init(&casting_error_type, &rv_exc_TypeError);
    rv_module_set_value(m, "AxisError", &axis_error_type.ob);
    const struct { const char *name; double v; } consts[] = {
        { "pi", 3.141592653589793 }, { "e", 2.718281828459045 }, { "nan", NAN }, { "inf", INFINITY },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        rv_obj_t *v = rv_float_from_double(consts[i].v);
        rv_module_set_value(m, consts[i].name, v);
        rv_decref(v);
    }
    rv_module_set_value(m, "newaxis", rv_None);
}

const rv_module_def_t rv_mod_numpy = {
    .name = "numpy",
    .functions = numpy_functions,
    .values = numpy_values,
    .init = numpy_init,
};
