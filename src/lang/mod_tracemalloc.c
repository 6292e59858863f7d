#include "lang/modules_int.h"
static const rv_method_t tm_functions[] = { { NULL, NULL, 0 } };
const rv_module_def_t rv_mod_tracemalloc = { .name = "tracemalloc", .functions = tm_functions };
