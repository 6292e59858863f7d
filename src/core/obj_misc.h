/* src/core/obj_misc.h - the small types: type, object, NoneType,
 * NotImplementedType, ellipsis, module, and built-in functions and methods
 * (the objects behind len, print, and lst.append). */
#ifndef RV_CORE_OBJ_MISC_H
#define RV_CORE_OBJ_MISC_H

#include "core/object.h"

/* A module: a name and a namespace dict. */
typedef struct rv_module {
    rv_obj_t ob;
    rv_obj_t *name;  /* str */
    rv_obj_t *dict;  /* dict */
} rv_module_t;

rv_obj_t *rv_module_new(const char *name);
static inline rv_obj_t *rv_module_dict_borrow(rv_obj_t *m) { return ((rv_module_t *)m)->dict; }
/* Adds a built-in function named def->name to the module. */
int rv_module_add_function(rv_obj_t *m, const rv_method_t *def);

/* A built-in function, or a method bound to self (lst.append), or, with
 * rv_method_descr_type, a method taken from its type (str.join) whose first
 * argument becomes self. */
typedef struct rv_builtin {
    rv_obj_t ob;
    const rv_method_t *def;
    rv_obj_t *self;        /* bound object, or NULL */
    const rv_type_t *owner; /* the type a method belongs to (descriptors, and
                               rv_libfunc_type methods: self comes first) */
    rv_obj_t *qualname;    /* rv_libfunc_type: its __qualname__ (str) when
                              made per class ("Point._replace"), or NULL */
} rv_builtin_t;

extern rv_type_t rv_method_descr_type;
/* A library function CPython writes in Python (copy.deepcopy,
 * functools.lru_cache; its def has RV_METH_PYFUNC): modelled natively like
 * a built-in function, but it is a `function` to the program and the
 * trace: its type's name, repr, size and mutability are a function's. */
extern rv_type_t rv_libfunc_type;
/* A library function made at run time: qualname (borrowed, a str) names it
 * (its last dotted part is __name__); with an owner it is a method of that
 * type, called with the instance first (namedtuple's _replace).  A class
 * keeping it binds it like a function (rv_descr_bind). */
rv_obj_t *rv_libfunc_new(const rv_method_t *def, const rv_type_t *owner, rv_obj_t *qualname);

rv_obj_t *rv_builtin_new(const rv_method_t *def, rv_obj_t *self);
rv_obj_t *rv_method_descr_new(const rv_method_t *def, const rv_type_t *owner);

/* Argument checking helpers that produce CPython's messages. */
int rv_arg_no_kw(const char *fname, rv_obj_t *kwnames);
/* "f() takes exactly one argument (2 given)", "f expected at most 2
 * arguments, got 3", ... min/max positional counts. */
int rv_arg_count(const char *fname, size_t nargs, size_t min, size_t max);

/* The type an argument error names (_PyArg_BadArgument, converterr):
 * "None" for None, else the type's name. */
const char *rv_arg_type_name(const rv_obj_t *o);

/* Objects of a type: generic "<T object at 0x..>" repr. */
rv_obj_t *rv_default_repr(rv_obj_t *o);

void rv_misc_init(void);

#endif
