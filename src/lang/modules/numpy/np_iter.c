/* src/lang/modules/numpy/np_iter.c - iter(a) for an ndarray (NumPy's
 * `iterator`, through the sequence protocol): item after item along the
 * first axis, each made when it is asked for (a NumPy scalar for a 1-D
 * array, a view of a row otherwise), so that `for x in a` frees the
 * previous x as CPython does.  The array is held, not drawn. */
#include "lang/modules/numpy/np_iter.h"

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_str.h"

typedef struct np_iterator {
    rv_obj_t ob;
    rv_obj_t *array; /* NULL once exhausted */
    int64_t next;
} np_iterator_t;

rv_obj_t *np_iter(rv_obj_t *o)
{
    if (RV_NDARRAY(o)->ndim == 0) {
        rv_err_format(&rv_exc_TypeError, "iteration over a 0-d array");
        return NULL;
    }
    np_iterator_t *it = rv_obj_alloc(&np_iterator_type, sizeof(np_iterator_t));
    it->array = rv_incref(o);
    return &it->ob;
}

static rv_obj_t *iterator_next(rv_obj_t *o)
{
    np_iterator_t *it = (np_iterator_t *)o;
    if (!it->array)
        return NULL;
    const rv_ndarray_t *a = RV_NDARRAY(it->array);
    if (it->next >= a->shape[0]) {
        rv_clearref(&it->array);
        return NULL;
    }
    int64_t i = it->next++;
    const unsigned char *p = rv_ndarray_data(it->array) + i * a->strides[0];
    if (a->ndim == 1)
        return rv_ndscalar_new(a->dtype, p);
    return rv_ndarray_view(it->array, a->ndim - 1, a->shape + 1, a->strides + 1,
                           (size_t)((int64_t)a->offset + i * a->strides[0]));
}

static rv_obj_t *iterator_iter(rv_obj_t *o)
{
    return rv_incref(o);
}

static void iterator_clear(rv_obj_t *o)
{
    rv_clearref(&((np_iterator_t *)o)->array);
}

static void iterator_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (((np_iterator_t *)o)->array)
        visit(((np_iterator_t *)o)->array, &e, ctx);
}

static size_t iterator_size(rv_obj_t *o)
{
    (void)o;
    return 48; /* sys.getsizeof(iter(np.arange(3))) under NumPy 1.24 */
}

static rv_obj_t *iterator_repr(rv_obj_t *o)
{
    return rv_str_printf("<iterator object at 0x%llx>", (unsigned long long)o->id);
}

rv_type_t np_iterator_type = {
    .name = "iterator",
    .flags = RV_TF_MUTABLE,
    .clear = iterator_clear,
    .release = rv_obj_free,
    .traverse = iterator_traverse,
    .repr = iterator_repr,
    .size = iterator_size,
    .iter = iterator_iter,
    .next = iterator_next,
};
