/* fuzz/fuzz_common.c - see fuzz_common.h. */
#define _GNU_SOURCE /* open_memstream */
#include "fuzz_common.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

char *fuzz_export(int (*fn)(const rv_export_input_t *, FILE *), const rv_export_input_t *in,
                  size_t *len)
{
    char *data = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&data, &n);
    if (!f)
        abort();
    int r = fn(in, f);
    if (fclose(f) != 0)
        abort();
    if (r < 0) {
        free(data);
        return NULL;
    }
    *len = n;
    return data;
}

void fuzz_check_json(const char *what, const char *text, size_t len)
{
    cJSON *doc = cJSON_ParseWithLength(text, len);
    if (!doc) {
        const char *at = cJSON_GetErrorPtr();
        ptrdiff_t pos = at && at >= text && at <= text + len ? at - text : 0;
        ptrdiff_t from = pos > 120 ? pos - 120 : 0;
        fprintf(stderr, "fuzz: %s is not valid JSON near byte %td: ...%.*s<<here>>%.*s\n", what,
                pos, (int)(pos - from), text + from, (int)(len - (size_t)pos < 40 ? len - (size_t)pos : 40),
                text + pos);
        abort();
    }
    cJSON_Delete(doc);
}

char *fuzz_export_all(const rv_export_input_t *in, size_t *json_len)
{
    size_t n;
    char *json = fuzz_export(rv_export_json, in, json_len);
    if (!json) {
        fprintf(stderr, "fuzz: the JSON export failed\n");
        abort();
    }
    fuzz_check_json("the JSON trace", json, *json_len);
    char *out = fuzz_export(rv_export_jsonl, in, &n);
    free(out);
    out = fuzz_export(rv_export_text, in, &n);
    free(out);
    return json;
}
