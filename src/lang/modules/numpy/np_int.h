/* src/lang/modules/numpy/np_int.h - what the files of refviz's numpy module
 * share: conversions of Python arguments to arrays, dtypes and shapes, and
 * the entry points each topic file gives the others.
 *
 * Files: mod_numpy.c (the module, its names, the slots it plugs into
 * ndarray and the scalar types), np_create.c (np.array, arange, zeros ...),
 * np_index.c (indexing and assignment), np_ufunc.c (element-wise
 * arithmetic, comparisons, broadcasting, sqrt), np_reduce.c (sum, mean,
 * min, max, argmax, cumsum, dot/@), np_methods.c (attributes, methods,
 * shares_memory), np_iter.c (for x in a), np_flags.c (a.flags).
 * Ownership as in src/core/object.h. */
#ifndef RV_LANG_MODULES_NUMPY_NP_INT_H
#define RV_LANG_MODULES_NUMPY_NP_INT_H

#include "base/buf.h"
#include "core/obj_ndarray.h"
#include "core/obj_nddtype.h"
#include "core/obj_ndscalar.h"
#include "lang/modules/modargs.h"

/* ---- np_create.c --------------------------------------------------------- */
/* An array for o: o itself (increfed) if it is one, else np.array(o). */
rv_obj_t *np_asarray(rv_obj_t *o);
/* np.array(o, dtype): a new array (a copy when o is one); with
 * has_dtype false the dtype is inferred (bool, int64, float64). */
rv_obj_t *np_array_from(rv_obj_t *o, bool has_dtype, rv_nd_dtype_t dtype);
/* A dtype= argument: a name, a dtype, int/float/bool or np.int64 ...;
 * TypeError "data type 'x' not understood" otherwise. */
int np_dtype_arg(rv_obj_t *o, rv_nd_dtype_t *out);
/* A shape argument: an int or a sequence of ints. */
int np_shape_arg(rv_obj_t *o, int *ndim, int64_t *shape);
/* The same, negative sizes allowed (reshape's -1). */
int np_shape_arg_signed(rv_obj_t *o, int *ndim, int64_t *shape);
/* The dtype NumPy gives a Python scalar (True: bool, 3: int64, 0.5:
 * float64) or a NumPy scalar; false for anything else. */
bool np_scalar_dtype(rv_obj_t *o, rv_nd_dtype_t *out);
/* The value of a Python or NumPy scalar (np_scalar_dtype was true). */
rv_nd_val_t np_scalar_val(rv_obj_t *o);
extern const rv_method_t np_create_functions[];

/* ---- np_index.c ----------------------------------------------------------- */
rv_obj_t *np_getitem(rv_obj_t *a, rv_obj_t *key);
int np_setitem(rv_obj_t *a, rv_obj_t *key, rv_obj_t *value);
/* Writes value (anything np.asarray takes) broadcast into the view dst. */
int np_assign(rv_obj_t *dst, rv_obj_t *value);

/* ---- np_ufunc.c ----------------------------------------------------------- */
rv_obj_t *np_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b);
rv_obj_t *np_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b);
rv_obj_t *np_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op);
rv_obj_t *np_unop(rv_unop_t op, rv_obj_t *a);
/* Broadcasts shapes a and b into out (ValueError naming both). */
int np_broadcast(int na, const int64_t *a, int nb, const int64_t *b, int *nout, int64_t *out);
/* The strides that read an array of (ndim, shape, strides) as the
 * broadcast shape (nout, out): 0 along stretched dimensions. */
void np_broadcast_strides(int ndim, const int64_t *shape, const int64_t *strides, int nout,
                          const int64_t *out, int64_t *res);
extern const rv_method_t np_ufunc_functions[];

/* ---- np_reduce.c ---------------------------------------------------------- */
extern const rv_method_t np_reduce_functions[];
extern const rv_method_t np_reduce_methods[];
/* a @ b for arrays (or lists) of 1 or 2 dimensions. */
rv_obj_t *np_matmul(rv_obj_t *a, rv_obj_t *b);

/* ---- np_methods.c --------------------------------------------------------- */
rv_obj_t *np_getattr(rv_obj_t *a, rv_obj_t *name);
/* ---- np_iter.c ------------------------------------------------------------ */
rv_obj_t *np_iter(rv_obj_t *a);
extern const rv_method_t np_methods_functions[];

/* ---- helpers (mod_numpy.c) ------------------------------------------------ */
/* rv_clinic_parse for a NumPy function refviz models with fewer parameters
 * than NumPy's: a keyword it lacks (order=, copy=, like= ...) or more
 * positional arguments are unsupported, not a TypeError NumPy would not
 * raise. */
int np_parse(const rv_clinic_t *c, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw,
             rv_obj_t **out);
/* "(5,)", "(2,3)", "()" as NumPy writes shapes in messages. */
void np_shape_text(rv_buf_t *b, int ndim, const int64_t *shape);
/* A 0-d result becomes the NumPy scalar of its element (steals a). */
rv_obj_t *np_unwrap_steal(rv_obj_t *a);
/* RefvizUnsupported naming the NumPy feature; returns NULL. */
rv_obj_t *np_unsupported(const char *what);
/* numpy.core._exceptions._UFuncOutputCastingError, a TypeError. */
rv_type_t *np_casting_error_type(void);
/* numpy.AxisError "axis 1 is out of bounds for array of dimension 1". */
void np_axis_error(int64_t axis, int ndim);

#endif
