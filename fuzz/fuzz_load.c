/* fuzz/fuzz_load.c - libFuzzer target: the trace readers on arbitrary
 * bytes.  The first byte chooses the reader: even, the CPython engine's
 * stream (src/trace/load.c, the lines `refviz run --engine cpython` reads
 * from its tracer); odd, a delta trace (src/trace/delta.c, what `refviz
 * trace expand` reads).  The rest is fed line by line, as the engine and
 * the CLI feed them, until a line is refused.  A trace read whole (every
 * line taken, the end line last) is then exported (JSON checked to parse,
 * JSON lines, text, and the delta format again), since every export must
 * read a loaded trace as it reads a recorded one.  A trace refused part
 * way is only freed: the engine and `refviz trace expand` report the
 * refusal and export nothing (a refused line can leave its step half
 * read). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "trace/delta.h"
#include "trace/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void export_loaded(rv_export_input_t *in)
{
    size_t n = in->trace->nsteps, len;
    /* A trace cut short still has its steps: exports show them. */
    char *json = fuzz_export_all(in, &len);
    free(json);
    char *delta = fuzz_export(rv_export_delta, in, &len);
    free(delta);
    (void)n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > FUZZ_MAX_INPUT)
        return -1;
    bool delta = data[0] & 1;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    rv_trace_options_t topt = { .record = true };
    rv_trace_t t;
    rv_trace_init(&t, &topt);
    rv_trace_loader_t l;
    rv_delta_reader_t d;
    if (delta)
        rv_delta_reader_init(&d, &t);
    else
        rv_loader_init(&l, &t);
    /* Each line in its own buffer, so that reading past its end is caught. */
    size_t start = 0;
    bool ok = true;
    while (ok && start < len) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t n = nl ? (size_t)(nl - (text + start)) : len - start;
        char *line = malloc(n + 1);
        memcpy(line, text + start, n);
        line[n] = '\0';
        ok = (delta ? rv_delta_reader_line(&d, line, n) : rv_loader_line(&l, line, n)) == 0;
        free(line);
        start += n + 1;
    }
    if (!ok || !(delta ? d.ended : l.ended))
        goto done;
    size_t nsteps = t.nsteps;
    const char **narration = calloc(nsteps ? nsteps : 1, sizeof *narration);
    rv_export_error_t err = { 0 };
    rv_export_input_t in = { .trace = &t, .name = "fuzz", .path = "fuzz.py", .code = "" };
    if (delta) {
        for (size_t i = 0; i < nsteps && i < d.capnarration; i++)
            narration[i] = d.narration[i];
        err = (rv_export_error_t){ d.error_type, d.error_message, d.error_line };
        if (d.code)
            in.code = d.code;
        in.error = d.has_error ? &err : NULL;
        in.lesson_title = d.has_lesson ? (d.lesson_title ? d.lesson_title : "") : NULL;
        in.lesson_summary = d.lesson_summary;
    } else if (l.error_type) {
        err = (rv_export_error_t){ l.error_type, l.error_message, l.error_line };
        in.error = &err;
    }
    in.narration = narration;
    export_loaded(&in);
    free(narration);
done:
    if (delta)
        rv_delta_reader_free(&d);
    else
        rv_loader_free(&l);
    rv_trace_free(&t);
    return 0;
}
