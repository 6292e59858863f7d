/* src/lang/modules/mod_weakref.c - the weakref module: ref (ReferenceType),
 * getweakrefcount, getweakrefs and WeakValueDictionary.  The objects are
 * core types (core/obj_weakref.c, core/obj_weakdict.c); this file names
 * them and reports the exceptions raised by callbacks. */
#include <stdio.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_weakdict.h"
#include "core/obj_weakref.h"
#include "lang/modules/modules_int.h"
#include "lang/vm/vm.h"

static rv_obj_t *weakref_getweakrefcount(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                         rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("getweakrefcount", kwnames) < 0 ||
        rv_arg_count("_weakref.getweakrefcount", nargs, 1, 1) < 0)
        return NULL;
    return rv_int_from_u64(rv_weakref_count(args[0]));
}

static rv_obj_t *weakref_getweakrefs(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("getweakrefs", kwnames) < 0 ||
        rv_arg_count("_weakref.getweakrefs", nargs, 1, 1) < 0)
        return NULL;
    return rv_weakref_list(args[0]);
}

/* PyErr_WriteUnraisable's text, without the traceback lines. */
static void unraisable(rv_obj_t *callback, rv_obj_t *exc)
{
    rv_obj_t *saved = rv_err_fetch();
    rv_obj_t *what = rv_repr(callback);
    rv_obj_t *msg = rv_exc_message(exc);
    rv_err_clear();
    fprintf(stderr, "Exception ignored in: %s\n", what ? rv_str_utf8(what) : "?");
    if (msg && rv_str_nbytes(msg))
        fprintf(stderr, "%s: %s\n", exc->type->name, rv_str_utf8(msg));
    else
        fprintf(stderr, "%s\n", exc->type->name);
    rv_xdecref(what);
    rv_xdecref(msg);
    rv_err_restore(saved);
}

static const rv_method_t weakref_functions[] = {
    { "getweakrefcount", weakref_getweakrefcount, 0 },
    { "getweakrefs", weakref_getweakrefs, 0 },
    { NULL, NULL, 0 },
};

static const char *const weakref_values[] = { "ref", "ReferenceType", "WeakValueDictionary",
                                              NULL };

static void weakref_init(rv_obj_t *m)
{
    rv_weakref_unraisable = unraisable;
    rv_obj_init_static(&rv_weakref_type.ob, &rv_type_type);
    rv_obj_init_static(&rv_weakvaluedict_type.ob, &rv_type_type);
    rv_module_set_value(m, "ref", &rv_weakref_type.ob);
    rv_module_set_value(m, "ReferenceType", &rv_weakref_type.ob);
    rv_module_set_value(m, "WeakValueDictionary", &rv_weakvaluedict_type.ob);
}

const rv_module_def_t rv_mod_weakref = {
    .name = "weakref",
    .functions = weakref_functions,
    .values = weakref_values,
    .init = weakref_init,
};
