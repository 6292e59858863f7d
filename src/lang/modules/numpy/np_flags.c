/* src/lang/modules/numpy/np_flags.c - a.flags (numpy's flagsobj): a
 * snapshot of the array's layout flags, which cannot change for a given
 * array in the subset refviz models.  Attributes owndata, c_contiguous,
 * f_contiguous, writeable, aligned, writebackifcopy, and a.flags['OWNDATA'];
 * its repr is NumPy's six lines.  getsizeof 32, as NumPy 1.24 reports. */
#include "lang/modules/numpy/np_flags.h"

#include <ctype.h>
#include <string.h>

#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_str.h"

typedef struct np_flags {
    rv_obj_t ob;
    bool flag[6];
} np_flags_t;

static const char *const names[] = { "C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE",
                                     "ALIGNED", "WRITEBACKIFCOPY" };

rv_obj_t *np_flags_new(rv_obj_t *a)
{
    np_flags_t *f = rv_obj_alloc(&np_flags_type, sizeof(np_flags_t));
    f->flag[0] = rv_ndarray_c_contiguous(a);
    f->flag[1] = rv_ndarray_f_contiguous(a);
    f->flag[2] = RV_NDARRAY(a)->base == NULL;
    f->flag[3] = true;
    f->flag[4] = true;
    f->flag[5] = false;
    return &f->ob;
}

static rv_obj_t *flags_repr(rv_obj_t *o)
{
    rv_buf_t t = RV_BUF_INIT;
    for (int i = 0; i < 6; i++)
        rv_buf_printf(&t, "  %s : %s\n", names[i], ((np_flags_t *)o)->flag[i] ? "True" : "False");
    rv_obj_t *s = rv_str_from_buf(&t);
    rv_buf_free(&t);
    return s;
}

static size_t flags_size(rv_obj_t *o)
{
    (void)o;
    return 32;
}

/* The flag called name, in NumPy's upper-case spelling or (attributes)
 * lower-case; -1 if none. */
static int find(const char *name, bool upper)
{
    for (int i = 0; i < 6; i++) {
        size_t n = strlen(names[i]);
        if (strlen(name) != n)
            continue;
        size_t k = 0;
        while (k < n && (upper ? name[k] : toupper((unsigned char)name[k])) == names[i][k] &&
               (upper || !isupper((unsigned char)name[k])))
            k++;
        if (k == n)
            return i;
    }
    return -1;
}

static rv_obj_t *flags_getattr(rv_obj_t *o, rv_obj_t *name)
{
    int i = find(rv_str_utf8(name), false);
    if (i >= 0)
        return rv_bool_from(((np_flags_t *)o)->flag[i]);
    rv_err_format(&rv_exc_AttributeError, "'numpy.flagsobj' object has no attribute '%s'",
                  rv_str_utf8(name));
    return NULL;
}

static rv_obj_t *flags_getitem(rv_obj_t *o, rv_obj_t *key)
{
    int i = RV_IS(key, rv_str_type) ? find(rv_str_utf8(key), true) : -1;
    if (i >= 0)
        return rv_bool_from(((np_flags_t *)o)->flag[i]);
    rv_err_format(&rv_exc_KeyError, "Unknown flag");
    return NULL;
}

rv_type_t np_flags_type = {
    .name = "numpy.flagsobj",
    .flags = RV_TF_MUTABLE,
    .release = rv_obj_free,
    .repr = flags_repr,
    .size = flags_size,
    .getattr = flags_getattr,
    .getitem = flags_getitem,
};
