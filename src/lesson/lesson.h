/* src/lesson/lesson.h - lessons: valid Python files with a comment header,
 * narration attached to statements, and optional step markers.
 *
 *   # title: Shallow copy                 header lines (until the first
 *   # summary: copy.copy shares ...        non-comment line)
 *   # heap: all|inline
 *   # detail: minimal|normal|full         what object headers say
 *   # show: classes                       draw __class__, methods, modules
 *   #: Narration for the next statement;  narration, possibly several lines,
 *   #: continued here.                    attached to the statement after it
 *   x = [1, 2]  #@                        show this statement's step
 *   #? Which refer to the inner list? = a[0], b[0] ~ a, b
 *                                         a question the HTML page asks
 *                                         before the next statement's step
 *
 * Any program refviz runs is read this way: a script's #@ and #: work as
 * a lesson's.  The format is documented in man/refviz-lesson.5. */
#ifndef RV_LESSON_LESSON_H
#define RV_LESSON_LESSON_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "trace/trace.h"

typedef struct rv_narration {
    int line;          /* the statement the text is attached to */
    int comment_line;  /* where the narration starts */
    char *text;        /* lines joined with single spaces */
    bool definition;   /* the statement is a def or class (decorated or
                          not): its calls and returns take its line too */
} rv_narration_t;

/* A #? question, attached to the statement after it: "TEXT = ANSWERS"
 * or "TEXT = ANSWERS ~ OTHERS", each a comma-separated list of reference
 * paths (a name, then [index], [key] or .attribute any number of times).
 * The answers must all refer to one object at the statement's step and
 * the others must not; the page offers both, and the frame's names. */
typedef struct rv_question {
    int line;          /* the statement asked about */
    int comment_line;  /* where the question is */
    char *text;
    char **answers;
    size_t nanswers;
    char **others;
    size_t nothers;
} rv_question_t;

typedef struct rv_lesson {
    char *name;        /* lesson name (file stem) */
    char *path;
    char *source;
    size_t len;
    char *title;
    char *summary;
    char *heap;        /* "all" or "inline" (default) */
    char *detail;      /* "minimal", "normal" (default) or "full" */
    char *show;        /* "classes", or NULL */
    rv_narration_t *narrations;
    size_t nnarrations;
    rv_question_t *questions;
    size_t nquestions;
    int *marked;       /* lines carrying a #@ marker, ascending */
    size_t nmarked;
    /* Per line (index line - 1): one of the lesson's own comments (a header
     * line, narration, a lone #@), which the pager's code excerpt leaves
     * out: the page shows the narration as text and the title above it. */
    bool *comment;
    size_t nlines;
    /* Problems found while reading (a narration not followed by a
     * statement, an unknown header key...), one per line of text. */
    char *problems;
    /* The first problem that makes the file no lesson ("line N: ..."): a
     * NUL byte, a control character in its text (an escape sequence would
     * reach the terminal; the texts above hold it escaped as \x1b), an
     * empty title or summary.  refviz lesson refuses it; NULL if none. */
    char *refusal;
} rv_lesson_t;

/* Parses lesson text.  Never fails; problems are collected. */
void rv_lesson_parse(rv_lesson_t *l, const char *name, const char *path, const char *src,
                     size_t len);
void rv_lesson_free(rv_lesson_t *l);
/* The narration attached to a statement line, or NULL. */
const char *rv_lesson_narration(const rv_lesson_t *l, int line);

/* Which snapshots text and diagrams show (--steps). */
typedef enum rv_steps {
    RV_STEPS_STATEMENTS, /* each top-level statement's step, and the last
                            (rv_trace_top_steps): a loop or a call is one */
    RV_STEPS_LINES,      /* every snapshot, as Python Tutor steps: each line
                            run (each loop iteration's), each call, each
                            return with its value, each exception */
    RV_STEPS_MARKED,     /* the snapshots taken at lines marked #@ */
} rv_steps_t;

/* The mode a --steps argument names; false if it names none. */
bool rv_lesson_steps_parse(const char *name, rv_steps_t *out);
/* The mode when --steps is not given: marked when l has #@ markers (the
 * author chose the steps), else `otherwise`. */
rv_steps_t rv_lesson_default_steps(const rv_lesson_t *l, rv_steps_t otherwise);

/* What is shown of a trace: shown[i] says whether step i is (with
 * RV_STEPS_MARKED and no markers, none is), and narration[i] is the text
 * attached to step i's statement, or NULL.  Narration belongs to its
 * statement's own snapshots: not to the calls that take a def's line (nor
 * a generator's resumption at its yield), nor to the returns of a function
 * written on its def line, so a def's narration is shown once, with the
 * def.  Both arrays have a slot per step. */
/* Step i's narration (what rv_lesson_plan gives it), or NULL. */
const char *rv_lesson_step_narration(const rv_lesson_t *l, const rv_trace_t *t, size_t i);
void rv_lesson_plan(const rv_lesson_t *l, const rv_trace_t *t, rv_steps_t steps, bool *shown,
                    const char **narration);

/* Checks a lesson against its run: the header has a title and a summary,
 * every narration is attached to a statement that runs as a step, the
 * parse found no problem, and the program's output is what its
 * `# expect:` comments say.  Appends one line per problem to report and
 * returns how many there are. */
size_t rv_lesson_check(const rv_lesson_t *l, const rv_trace_t *t, rv_buf_t *report);

/* A question as asked at its step (src/lesson/question.c). */
typedef struct rv_quiz {
    size_t step;                 /* the trace step it is asked before */
    const rv_question_t *q;
    char **choices;              /* sorted: answers, others and the names
                                    of the step's innermost frame */
    bool *correct;               /* per choice: refers to the object asked
                                    about, as the trace has it */
    size_t nchoices;
} rv_quiz_t;

/* Finds each question's step: the first step of its statement (not a call
 * taking a def's line) that shown[] shows (NULL: any step), and checks its
 * paths there.  Returns how many questions have a step, in *out (free with
 * rv_lesson_quiz_free); each problem is a line of report (may be NULL),
 * and *nproblems (may be NULL) counts them. */
size_t rv_lesson_quiz(const rv_lesson_t *l, const rv_trace_t *t, const size_t *shown,
                      rv_quiz_t **out, rv_buf_t *report, size_t *nproblems);
void rv_lesson_quiz_free(rv_quiz_t *quiz, size_t n);

/* Finds a lesson by path or name: an existing file path is used as is;
 * otherwise a name made of [A-Za-z0-9_-] is looked up as NAME.py in
 * $REFVIZ_LESSON_PATH (colon-separated), the source tree's lessons/ and the
 * installed lessons directory.  Returns a malloc'd path, or NULL with a
 * message in err. */
char *rv_lesson_find(const char *name_or_path, char *err, size_t errsize);
/* Lists NAME.py files of the search path (first occurrence of each name),
 * sorted; returns the count and a malloc'd array of malloc'd paths. */
size_t rv_lesson_list(char ***paths);

#endif
