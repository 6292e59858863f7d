/* src/core/obj_traceback.c - traceback objects (obj_traceback.h). */
#include "core/obj_traceback.h"

#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"

rv_obj_t *rv_traceback_new(int lineno)
{
    rv_traceback_t *tb = rv_obj_alloc(&rv_traceback_type, sizeof *tb);
    if (tb)
        tb->lineno = lineno;
    return &tb->ob;
}

static size_t traceback_size(rv_obj_t *o)
{
    (void)o;
    return 56; /* PyTracebackObject (40) + GC header */
}

static rv_obj_t *traceback_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "tb_lineno") == 0)
        return rv_int_from_i64(((rv_traceback_t *)o)->lineno);
    /* The rest of the chain and its frames are not modelled: say so rather
     * than answer wrongly. */
    if (strcmp(n, "tb_next") == 0 || strcmp(n, "tb_frame") == 0 || strcmp(n, "tb_lasti") == 0) {
        rv_err_format(&rv_exc_RefvizUnsupported, "traceback objects' %s", n);
        return NULL;
    }
    rv_err_format(&rv_exc_AttributeError, "'traceback' object has no attribute '%s'", n);
    return NULL;
}

static int traceback_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    (void)o;
    (void)value;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "tb_next") == 0) {
        rv_err_format(&rv_exc_RefvizUnsupported, "traceback objects' %s", n);
        return -1;
    }
    if (strcmp(n, "tb_lineno") == 0 || strcmp(n, "tb_frame") == 0 || strcmp(n, "tb_lasti") == 0)
        rv_err_format(&rv_exc_AttributeError, "attribute '%s' of 'traceback' objects is not writable",
                      n);
    else
        rv_err_format(&rv_exc_AttributeError, "'traceback' object has no attribute '%s'", n);
    return -1;
}

rv_type_t rv_traceback_type = {
    .name = "traceback",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .release = rv_obj_free,
    .repr = rv_default_repr,
    .size = traceback_size,
    .getattr = traceback_getattr,
    .setattr = traceback_setattr,
};
