/* fuzz/fuzz_run.c - libFuzzer target: the whole pipeline on a program text.
 *
 * The input is a program (and, read the same way, a lesson): it is parsed,
 * compiled and run on the model under a step limit and a small trace
 * budget, with the trace recorded, exactly as `refviz run --format json`
 * does it (src/cli/main.c present()), but in process.  The trace is then
 * exported as JSON (checked to parse), JSON lines, text and delta; the
 * delta is read back (src/trace/delta.c) and must expand to the same JSON,
 * as `refviz trace expand` promises.  A crash, a sanitizer report, a leak
 * (LeakSanitizer at the end of each input), a timeout, running out of
 * memory, or one of these checks failing is a finding.
 *
 * The interpreter is set up and torn down inside rv_session_run, so every
 * input starts from the same global state (docs/fuzzing.md). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/heap.h"
#include "core/object.h"
#include "fuzz_common.h"
#include "lesson/lesson.h"
#include "trace/delta.h"
#include "trace/session.h"

/* Small enough that a runaway loop, or a recursion whose every step
 * records its whole stack, ends in well under a second. */
#define FUZZ_MAX_STEPS 400
#define FUZZ_MAX_MEMORY (8u << 20)
/* Recording stops once steps x live objects passes this (the program runs
 * on unrecorded): a big heap recorded at every step, and every export of
 * it, costs that product. */
#define FUZZ_RECORD_BUDGET 1000000

/* The delta trace read back and expanded, as `refviz trace expand` does. */
static char *expand_delta(const char *delta, size_t len, size_t *json_len)
{
    rv_trace_options_t topt = { .record = true };
    rv_trace_t t;
    rv_trace_init(&t, &topt);
    rv_delta_reader_t d;
    rv_delta_reader_init(&d, &t);
    size_t start = 0;
    while (start < len) {
        const char *nl = memchr(delta + start, '\n', len - start);
        size_t n = nl ? (size_t)(nl - (delta + start)) : len - start;
        if (rv_delta_reader_line(&d, delta + start, n) < 0) {
            fprintf(stderr, "fuzz: the delta trace refviz wrote is refused: %s\n", d.err);
            abort();
        }
        start += n + 1;
    }
    if (!d.ended) {
        fprintf(stderr, "fuzz: the delta trace refviz wrote has no end line\n");
        abort();
    }
    size_t nsteps = t.nsteps;
    const char **narration = calloc(nsteps ? nsteps : 1, sizeof *narration);
    for (size_t i = 0; i < nsteps && i < d.capnarration; i++)
        narration[i] = d.narration[i];
    rv_export_error_t err = { d.error_type, d.error_message, d.error_line };
    rv_export_input_t in = {
        .trace = &t,
        .name = d.name,
        .path = d.path,
        .code = d.code,
        .lesson_title = d.has_lesson ? (d.lesson_title ? d.lesson_title : "") : NULL,
        .lesson_summary = d.lesson_summary,
        .error = d.has_error ? &err : NULL,
        .narration = narration,
    };
    char *json = fuzz_export(rv_export_json, &in, json_len);
    free(narration);
    rv_delta_reader_free(&d);
    rv_trace_free(&t);
    return json;
}

/* One input, run as the CLI runs a program: on a big stack with the
 * evaluator's stack guard set (rv_session_on_big_stack, as src/cli/main.c
 * main), so that deep recursion ends in RecursionError as it does there,
 * not in a stack overflow of libFuzzer's thread.  The margin is wider than
 * the CLI's: a sanitized build's frames are bigger. */
#define FUZZ_STACK_MARGIN ((size_t)64 << 20)

typedef struct {
    const uint8_t *data;
    size_t size;
} input_t;

static void run_input(const uint8_t *data, size_t size);

static void input_call(void *arg)
{
    input_t *in = arg;
    run_input(in->data, in->size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FUZZ_MAX_INPUT)
        return -1;
    input_t in = { data, size };
    rv_session_on_big_stack(input_call, &in, FUZZ_STACK_MARGIN);
    return 0;
}

static void run_input(const uint8_t *data, size_t size)
{
    /* The CLI reads a file into a NUL-terminated buffer. */
    char *src = malloc(size + 1);
    memcpy(src, data, size);
    src[size] = '\0';

    rv_lesson_t lesson;
    rv_lesson_parse(&lesson, "fuzz", "fuzz.py", src, size);

    rv_trace_options_t topt = {
        .max_steps = FUZZ_MAX_STEPS,
        .record = true,
        .max_memory = FUZZ_MAX_MEMORY,
        .record_budget = FUZZ_RECORD_BUDGET,
    };
    rv_session_t s;
    rv_session_run(&s, "fuzz.py", src, size, &topt);
    /* The interpreter is gone: an object still alive would be the next
     * input's (global state leaking between runs). */
    if (rv_heap_count() != 0) {
        fprintf(stderr, "fuzz: %zu objects outlive the interpreter\n", rv_heap_count());
        abort();
    }

    size_t n = s.trace.nsteps;
    bool *planned = calloc(n ? n : 1, sizeof *planned);
    const char **narration = calloc(n ? n : 1, sizeof *narration);
    rv_lesson_plan(&lesson, &s.trace, RV_STEPS_LINES, planned, narration);
    rv_export_error_t err = { s.error_type, s.error_message, s.error_line };
    rv_export_input_t in = {
        .trace = &s.trace,
        .name = "fuzz",
        .path = "fuzz.py",
        .code = src,
        .error = s.error_type ? &err : NULL,
        .narration = narration,
        .lesson_comment = lesson.comment,
        .nlines = lesson.nlines,
    };
    /* The lesson's #? questions at their steps (src/lesson/question.c), as
     * for the HTML page, and its check (`refviz lesson --check`). */
    rv_quiz_t *quiz = NULL;
    rv_buf_t report = RV_BUF_INIT;
    size_t nproblems = 0;
    size_t nquiz = rv_lesson_quiz(&lesson, &s.trace, NULL, &quiz, &report, &nproblems);
    rv_lesson_quiz_free(quiz, nquiz);
    (void)rv_lesson_check(&lesson, &s.trace, &report);
    rv_buf_free(&report);
    size_t json_len, delta_len, back_len;
    char *json = fuzz_export_all(&in, &json_len);
    char *delta = fuzz_export(rv_export_delta, &in, &delta_len);
    if (!delta) {
        fprintf(stderr, "fuzz: the delta export failed\n");
        abort();
    }
    char *back = expand_delta(delta, delta_len, &back_len);
    if (!back || back_len != json_len || memcmp(back, json, json_len) != 0) {
        fprintf(stderr, "fuzz: the delta trace does not expand to the JSON trace\n");
        abort();
    }
    free(back);
    free(delta);
    free(json);
    free(planned);
    free(narration);
    rv_session_free(&s);
    rv_lesson_free(&lesson);
    free(src);
}
