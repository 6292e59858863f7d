/* tests/unit/check_trace.c - the recorder stores what changed and the
 * cursor rebuilds full snapshots from it: deltas stay small for growing
 * lists and counting dicts, reprs of containers follow their items, freed
 * and unreachable objects are reported once, ids do not depend on tracing,
 * and a long run over a large heap stays small. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <stdlib.h>

#include "export/export.h"
#include "trace/file.h"
#include "trace/load.h"
#include "trace/session.h"
#include "trace/store.h"
#include "trace/trace.h"

static rv_session_t session;

static void trace(const char *src)
{
    rv_trace_options_t opt = { .record = true };
    rv_session_run(&session, "t.py", src, strlen(src), &opt);
    ck_assert_msg(session.error_type == NULL, "program failed: %s",
                  session.report ? session.report : "?");
    ck_assert_uint_eq(rv_heap_count(), 0);
}

static void untrace(void)
{
    rv_session_free(&session);
}

/* What a test looks at of a recorded state (the trace keeps them encoded:
 * decoded ones last until the next step is read). */
typedef struct rec_info {
    size_t nrefs, nstored, refs_from;
    bool sparse;
    size_t pos0;
} rec_info_t;

/* The states recorded for object `id` over the whole run, in order. */
static size_t states_of(uint64_t id, rec_info_t *out, size_t max)
{
    size_t n = 0;
    const rv_trace_t *t = &session.trace;
    rv_step_reader_t r;
    rv_state_t st;
    rv_state_init(&st);
    rv_step_reader_init(&r, t);
    const rv_step_rec_t *s;
    while ((s = rv_step_reader_next(&r, &st)) != NULL) {
        for (size_t i = 0; i < s->nfreed; i++)
            rv_state_drop(&st, s->freed[i]);
        for (size_t i = 0; i < s->nchanged; i++) {
            const rv_obj_rec_t *rec = s->changed[i];
            if (rec->id == id && n < max)
                out[n++] = (rec_info_t){ rec->nrefs, rec->nstored, rec->refs_from, rec->pos != NULL,
                                         rec->pos ? rec->pos[0] : 0 };
            rv_state_apply(&st, rec);
        }
    }
    rv_step_reader_free(&r);
    rv_state_free(&st);
    return n;
}

/* The id a variable of the module frame refers to at the last step. */
static uint64_t var_id(const char *name)
{
    const rv_trace_t *t = &session.trace;
    const rv_step_rec_t *last = rv_trace_last_step(t);
    const rv_frame_rec_t *fr = &last->frames[0];
    for (size_t v = 0; v < fr->nvars; v++)
        if (strcmp(fr->vars[v].name, name) == 0)
            return fr->vars[v].id;
    ck_abort_msg("no variable %s", name);
    return 0;
}

/* Replays the trace up to step `step` (the last one if past the end). */
static const rv_snapshot_t *replay(rv_trace_cursor_t *c, size_t step)
{
    const rv_snapshot_t *s = NULL, *next;
    rv_cursor_init(c, &session.trace);
    while ((next = rv_cursor_next(c)) != NULL) {
        s = next;
        if (s->step == step)
            break;
    }
    return s;
}

static const rv_snap_obj_t *find(const rv_snapshot_t *s, uint64_t id)
{
    long i = rv_snapshot_find(s, id);
    ck_assert_msg(i >= 0, "object %llu not listed", (unsigned long long)id);
    return &s->objects[i];
}

START_TEST(appending_records_one_reference)
{
    trace("xs = []\nfor i in range(50):\n    xs.append(i)\n");
    rec_info_t recs[200];
    size_t n = states_of(var_id("xs"), recs, 200);
    ck_assert_uint_eq(n, 51); /* created, then one state per append */
    for (size_t i = 1; i < n; i++) {
        ck_assert_uint_eq(recs[i].nrefs, i);
        ck_assert_uint_eq(recs[i].nstored, 1);
        ck_assert_uint_eq(recs[i].refs_from, i - 1);
    }
    untrace();
}
END_TEST

START_TEST(replacing_a_dict_value_records_one_reference)
{
    trace("d = {}\nfor i in range(40):\n    d[i] = 0\nd[3] = 1\n");
    rec_info_t recs[64];
    size_t n = states_of(var_id("d"), recs, 64);
    const rec_info_t *last = &recs[n - 1];
    ck_assert_uint_eq(last->nrefs, 80);
    ck_assert_uint_eq(last->nstored, 1);
    ck_assert(last->sparse);
    ck_assert_uint_eq(last->pos0, 7); /* the value of the fourth item */
    untrace();
}
END_TEST

START_TEST(untouched_objects_are_not_recorded_again)
{
    trace("a = [1, 2]\nb = (3, 4)\nx = 0\nx = 1\nx = 2\n");
    rec_info_t recs[8];
    ck_assert_uint_eq(states_of(var_id("a"), recs, 8), 1);
    ck_assert_uint_eq(states_of(var_id("b"), recs, 8), 1);
    untrace();
}
END_TEST

START_TEST(snapshot_has_every_reference)
{
    trace("xs = []\nfor i in range(30):\n    xs.append([i])\nxs[5] = 'five'\ndel xs[0]\n");
    rv_trace_cursor_t c;
    const rv_snapshot_t *s = replay(&c, SIZE_MAX);
    const rv_snap_obj_t *xs = find(s, var_id("xs"));
    ck_assert_uint_eq(xs->nrefs, 29);
    for (size_t i = 0; i < xs->nrefs; i++)
        ck_assert_uint_eq(xs->refs[i].index, i);
    ck_assert_str_eq(find(s, xs->refs[4].target)->repr, "'five'");
    ck_assert_str_eq(find(s, xs->refs[0].target)->repr, "[1]");
    rv_cursor_free(&c);
    untrace();
}
END_TEST

START_TEST(container_repr_follows_its_items)
{
    trace("a = [1]\nb = [a, (a,)]\na.append(2)\nr = []\nr.append(r)\n");
    rv_trace_cursor_t c;
    const rv_snapshot_t *s = replay(&c, SIZE_MAX);
    ck_assert_str_eq(find(s, var_id("b"))->repr, "[[1, 2], ([1, 2],)]");
    ck_assert_str_eq(find(s, var_id("r"))->repr, "[[...]]");
    rv_cursor_free(&c);
    untrace();
}
END_TEST

START_TEST(mutated_and_new_are_step_to_step)
{
    trace("a = [1]\nb = a\na.append(2)\nc = 0\n");
    rv_trace_cursor_t c;
    const rv_snapshot_t *s = replay(&c, 1); /* after line 2 ran */
    ck_assert_int_eq(s->rec->line, 2);
    ck_assert_int_eq(find(s, var_id("a"))->change, RV_CHANGE_SAME);
    s = rv_cursor_next(&c); /* after a.append(2) */
    ck_assert_int_eq(s->rec->line, 3);
    ck_assert_int_eq(find(s, var_id("a"))->change, RV_CHANGE_MUTATED);
    ck_assert_uint_eq(find(s, var_id("a"))->refcount, 2);
    ck_assert_int_eq(find(s, s->objects[1].rec->id)->change, RV_CHANGE_SAME);
    s = rv_cursor_next(&c);
    ck_assert_int_eq(find(s, var_id("a"))->change, RV_CHANGE_SAME);
    ck_assert_int_eq(find(s, var_id("c"))->change, RV_CHANGE_NEW);
    rv_cursor_free(&c);
    untrace();
}
END_TEST

START_TEST(freed_once_and_cycles_unreachable)
{
    trace("n = [1000]\ndel n\nx = [1]\nx.append(x)\ndel x\ny = 0\n");
    rv_trace_cursor_t c;
    rv_cursor_init(&c, &session.trace);
    size_t freed = 0, unreachable_steps = 0;
    const rv_snapshot_t *s;
    while ((s = rv_cursor_next(&c)) != NULL) {
        freed += s->nfreed;
        unreachable_steps += s->nunreachable > 0;
    }
    ck_assert_uint_eq(freed, 1); /* the list n; its int was never shown freed */
    ck_assert_uint_ge(unreachable_steps, 1);
    rv_cursor_free(&c);
    untrace();
}
END_TEST

START_TEST(ids_do_not_depend_on_tracing)
{
    const char *src = "a = [1, 2, 3]\nb = {'k': a}\nc = [repr(b)]\nprint(id(c) - id(a))\n";
    trace(src);
    char traced[64];
    snprintf(traced, sizeof traced, "%.*s", (int)session.trace.out.len, session.trace.out.data);
    untrace();
    rv_trace_options_t opt = { .record = false };
    rv_session_run(&session, "t.py", src, strlen(src), &opt);
    ck_assert_str_eq(rv_buf_cstr(&session.trace.out), traced);
    untrace();
}
END_TEST

START_TEST(long_run_over_a_large_heap_stays_small)
{
    /* 20,000 steps over 20,000 objects: a few MiB, not a heap per step. */
    trace("data = [str(i) for i in range(20000)]\nt = 0\ni = 0\n"
          "while i < 10000:\n    t += len(data[i])\n    i += 1\n");
    ck_assert_uint_gt(session.trace.nsteps, 20000);
    ck_assert_uint_lt(rv_trace_bytes(&session.trace), 16u << 20);
    untrace();
}
END_TEST

/* The object a frame returns is held by the return step's innermost frame
 * only: listed after its vars and counted; other steps have none. */
START_TEST(return_value_is_listed_and_counted)
{
    trace("def f(a):\n    return (a, [a])\nt = f(1)\n");
    const rv_trace_t *t = &session.trace;
    size_t at = SIZE_MAX;
    rv_frame_rec_t ret_frame = { 0 };
    rv_step_reader_t r;
    rv_state_t st;
    rv_state_init(&st);
    rv_step_reader_init(&r, t);
    const rv_step_rec_t *step;
    for (size_t i = 0; (step = rv_step_reader_next(&r, &st)) != NULL; i++) {
        for (size_t k = 0; k + 1 < step->nframes; k++)
            ck_assert(!step->frames[k].has_return);
        if (step->event == RV_EV_RETURN) {
            at = i;
            ret_frame = step->frames[1];
        } else if (step->nframes) {
            ck_assert(!step->frames[step->nframes - 1].has_return);
        }
        for (size_t k = 0; k < step->nfreed; k++)
            rv_state_drop(&st, step->freed[k]);
        for (size_t k = 0; k < step->nchanged; k++)
            rv_state_apply(&st, step->changed[k]);
    }
    rv_step_reader_free(&r);
    rv_state_free(&st);
    ck_assert_uint_ne(at, SIZE_MAX);
    const rv_frame_rec_t *fr = &ret_frame;
    ck_assert(fr->has_return);
    ck_assert(!fr->yields);
    ck_assert_uint_eq(fr->ret, var_id("t")); /* the tuple is what t gets */
    rv_trace_cursor_t c;
    const rv_snapshot_t *s = replay(&c, at);
    const rv_snap_obj_t *tup = find(s, fr->ret);
    ck_assert_uint_eq(tup->refcount, 1);
    ck_assert_str_eq(tup->repr, "(1, [1])");
    /* Reached after the vars (f's a, the int 1), before the list in it. */
    ck_assert_uint_eq(rv_snapshot_find(s, fr->ret) + 1, rv_snapshot_find(s, tup->refs[1].target));
    rv_cursor_free(&c);
    untrace();
}
END_TEST

/* Writes that go through a shared cell or an object's __dict__ touch only
 * that: the function whose cell refs show the cell, the instance whose
 * attributes are the dict's items, are still re-recorded. */
START_TEST(writes_through_cells_and_dicts_show)
{
    trace("def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n"
          "    return inc\ninc = outer()\ninc()\ninc()\n"
          "class P:\n    pass\np = P()\nvars(p)['x'] = 7\n");
    rv_trace_cursor_t c;
    const rv_snapshot_t *s = replay(&c, SIZE_MAX);
    const rv_snap_obj_t *inc = find(s, var_id("inc"));
    ck_assert_uint_eq(inc->nrefs, 1);
    ck_assert_str_eq(inc->refs[0].label, "n");
    ck_assert_str_eq(find(s, inc->refs[0].target)->repr, "2");
    const rv_snap_obj_t *p = find(s, var_id("p"));
    ck_assert_uint_eq(p->nrefs, 2); /* x, then __class__ */
    ck_assert_str_eq(p->refs[0].label, "x");
    ck_assert_str_eq(find(s, p->refs[0].target)->repr, "7");
    rv_cursor_free(&c);
    untrace();
}
END_TEST

/* A second interpreter in the same process (the fuzzer runs one per
 * input) starts as the first did: a built-in type's repr did not call
 * itself forever, and dataclasses' MISSING was made again. */
START_TEST(second_session_in_one_process)
{
    const char *src = "from dataclasses import dataclass, field\n"
                      "@dataclass\n"
                      "class P:\n"
                      "    x: int = 0\n"
                      "    y: list = field(default_factory=list)\n"
                      "print(list, P())\n";
    const char *want = "<class 'list'> P(x=0, y=[])\n";
    for (int round = 0; round < 2; round++) {
        trace(src);
        ck_assert_uint_eq(session.trace.out.len, strlen(want));
        ck_assert(memcmp(session.trace.out.data, want, strlen(want)) == 0);
        untrace();
    }
    /* What a finalizer makes at exit is freed with the rest: trace()
     * checks that no object outlives the run (this B() cycle did, made by a
     * __del__ the last collection ran after builtins were gone). */
    trace("class A:\n"
          "    def __del__(self):\n"
          "        B()\n"
          "class B:\n"
          "    def __init__(self):\n"
          "        self.me = self\n"
          "    def __del__(self):\n"
          "        print('B del')\n"
          "keep = A()\n");
    untrace();
    /* Module state set by one program is not the next one's. */
    trace("import gc, tracemalloc\ngc.disable()\ntracemalloc.start(5)\ntracemalloc.stop()\n");
    untrace();
    trace("import gc, tracemalloc\nprint(gc.isenabled(), tracemalloc.get_traceback_limit())\n");
    ck_assert_uint_eq(session.trace.out.len, strlen("True 1\n"));
    ck_assert(memcmp(session.trace.out.data, "True 1\n", session.trace.out.len) == 0);
    untrace();
}
END_TEST

/* An object size no size_t holds is refused (converting it was undefined
 * behaviour; found by fuzz/fuzz_load). */
START_TEST(loader_refuses_a_huge_size)
{
    static const char *lines[] = {
        "{\"format\": \"refviz-trace\", \"version\": 1, \"python\": \"3.11\"}",
        "{\"step\": 0, \"line\": 1, \"event\": \"step\", \"stdout\": \"\", \"frames\": [], "
        "\"objects\": [{\"id\": 1, \"type\": \"int\", \"mutable\": false, \"size\": 1e300, "
        "\"repr\": \"0\", \"value\": 0, \"refs\": []}], \"freed\": []}",
    };
    rv_trace_options_t opt = { .record = true };
    rv_trace_t t;
    rv_trace_init(&t, &opt);
    rv_trace_loader_t l;
    rv_loader_init(&l, &t);
    ck_assert_int_eq(rv_loader_line(&l, lines[0], strlen(lines[0])), 0);
    ck_assert_int_eq(rv_loader_line(&l, lines[1], strlen(lines[1])), -1);
    ck_assert_msg(strstr(l.err, "size") != NULL, "refused for: %s", l.err);
    /* and an int value no int64_t holds (the same undefined conversion) */
    static const char big[] =
        "{\"step\": 0, \"line\": 1, \"event\": \"step\", \"stdout\": \"\", \"frames\": [], "
        "\"objects\": [{\"id\": 1, \"type\": \"int\", \"mutable\": false, \"size\": 28, "
        "\"repr\": \"0\", \"value\": 1e19, \"refs\": []}], \"freed\": []}";
    ck_assert_int_eq(rv_loader_line(&l, big, strlen(big)), -1);
    ck_assert_msg(strstr(l.err, "out of range") != NULL, "refused for: %s", l.err);
    rv_loader_free(&l);
    rv_trace_free(&t);
}
END_TEST

/* A loaded float whose repr is no JSON number (the tracer's stream may say
 * anything) is written as its value: the JSON trace wrote the repr, and was
 * not JSON (found by fuzz/fuzz_load). */
START_TEST(loaded_float_repr_stays_json)
{
    static const char *lines[] = {
        "{\"format\": \"refviz-trace\", \"version\": 1, \"python\": \"3.11\"}",
        "{\"step\": 0, \"line\": 1, \"event\": \"step\", \"stdout\": \"\", \"frames\": "
        "[{\"function\": \"<module>\", \"line\": 1, \"vars\": [{\"name\": \"x\", \"ref\": 7}]}], "
        "\"objects\": [{\"id\": 7, \"type\": \"float\", \"mutable\": false, \"size\": 24, "
        "\"repr\": \",0.0\", \"value\": 0.0, \"refs\": []}], \"freed\": []}",
        "{\"end\": true, \"error\": null, \"steps\": 1, \"stopped\": null}",
    };
    rv_trace_options_t opt = { .record = true };
    rv_trace_t t;
    rv_trace_init(&t, &opt);
    rv_trace_loader_t l;
    rv_loader_init(&l, &t);
    for (size_t i = 0; i < 3; i++)
        ck_assert_msg(rv_loader_line(&l, lines[i], strlen(lines[i])) == 0, "line %zu: %s", i, l.err);
    char *data = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&data, &len);
    rv_export_input_t in = { .trace = &t, .name = "t", .path = "t.py", .code = "" };
    ck_assert_int_eq(rv_export_json(&in, f), 0);
    fclose(f);
    cJSON *doc = cJSON_ParseWithLength(data, len);
    ck_assert_msg(doc != NULL, "not JSON: %s", data);
    cJSON_Delete(doc);
    free(data);
    rv_loader_free(&l);
    rv_trace_free(&t);
}
END_TEST


/* A trace written by each exporter (delta, JSON, JSON Lines, and the JSON
 * indented as another tool may write it) reads back through the one file
 * reader, which tells the format by the first line, into a trace whose
 * JSON is the run's; a file cut short is refused. */
typedef int (*export_fn)(const rv_export_input_t *, FILE *);

static char *export_to_text(export_fn fn, const rv_export_input_t *in, size_t *len)
{
    char *data = NULL;
    FILE *f = open_memstream(&data, len);
    ck_assert_int_eq(fn(in, f), 0);
    fclose(f);
    return data;
}

static char *read_back_as_json(const char *text, size_t len, rv_trace_format_t want, size_t *out)
{
    rv_trace_file_t tf;
    FILE *f = fmemopen((void *)text, len, "r");
    ck_assert_msg(rv_trace_file_read(&tf, f, "t") == 0, "refused: %s", tf.err);
    fclose(f);
    ck_assert_int_eq(tf.format, want);
    ck_assert_str_eq(tf.code, "a = [1]\nb = a\nprint(b)\n");
    rv_export_input_t in = { .trace = &tf.trace, .name = tf.name, .path = tf.path,
                             .code = tf.code };
    char *json = export_to_text(rv_export_json, &in, out);
    rv_trace_file_free(&tf);
    return json;
}

START_TEST(trace_files_read_back)
{
    trace("a = [1]\nb = a\nprint(b)\n");
    rv_export_input_t in = { .trace = &session.trace, .name = "t", .path = "t.py",
                             .code = "a = [1]\nb = a\nprint(b)\n" };
    size_t njson, n, nback;
    char *json = export_to_text(rv_export_json, &in, &njson);
    static const struct {
        export_fn fn;
        rv_trace_format_t format;
    } kinds[] = { { rv_export_json, RV_TRACE_JSON }, { rv_export_jsonl, RV_TRACE_JSONL },
                  { rv_export_delta, RV_TRACE_DELTA } };
    for (size_t k = 0; k < 3; k++) {
        char *text = export_to_text(kinds[k].fn, &in, &n);
        char *back = read_back_as_json(text, n, kinds[k].format, &nback);
        ck_assert_msg(nback == njson && memcmp(back, json, njson) == 0, "format %zu differs", k);
        free(back);
        /* cut in the middle */
        rv_trace_file_t tf;
        FILE *f = fmemopen(text, n / 2, "r");
        int r = rv_trace_file_read(&tf, f, "t");
        fclose(f);
        ck_assert_msg(r == -1, "format %zu: a file cut in a line is read", k);
        rv_trace_file_free(&tf);
        free(text);
    }
    /* the JSON document indented, a member a line */
    cJSON *doc = cJSON_ParseWithLength(json, njson);
    char *pretty = cJSON_Print(doc);
    char *back = read_back_as_json(pretty, strlen(pretty), RV_TRACE_JSON, &nback);
    ck_assert_msg(nback == njson && memcmp(back, json, njson) == 0, "indented JSON differs");
    free(back);
    cJSON_free(pretty);
    cJSON_Delete(doc);
    free(json);
    untrace();
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("trace");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "append", appending_records_one_reference },
        { "dict value", replacing_a_dict_value_records_one_reference },
        { "untouched", untouched_objects_are_not_recorded_again },
        { "references", snapshot_has_every_reference },
        { "reprs", container_repr_follows_its_items },
        { "change", mutated_and_new_are_step_to_step },
        { "freed", freed_once_and_cycles_unreachable },
        { "ids", ids_do_not_depend_on_tracing },
        { "memory", long_run_over_a_large_heap_stays_small },
        { "return", return_value_is_listed_and_counted },
        { "cells and dicts", writes_through_cells_and_dicts_show },
        { "second session", second_session_in_one_process },
        { "loader size", loader_refuses_a_huge_size },
        { "loaded float", loaded_float_repr_stays_json },
        { "trace files", trace_files_read_back },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_set_timeout(tc, 60);
        tcase_add_test(tc, cases[i].test);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    return rv_test_run(suite());
}
