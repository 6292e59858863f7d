/* fuzz/fuzz_lesson.c - libFuzzer target: the lesson parser
 * (src/lesson/lesson.c) on arbitrary bytes: its header, narration, #@
 * markers and #? questions, then the narration lookup for every line.
 * The program is not run (fuzz_run does that). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "lesson/lesson.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FUZZ_MAX_INPUT)
        return -1;
    char *src = malloc(size + 1);
    memcpy(src, data, size);
    src[size] = '\0';
    rv_lesson_t l;
    rv_lesson_parse(&l, "fuzz", "fuzz.py", src, size);
    for (size_t i = 0; i <= l.nlines + 1; i++)
        (void)rv_lesson_narration(&l, (int)i);
    rv_steps_t steps = rv_lesson_default_steps(&l, RV_STEPS_LINES);
    (void)steps;
    rv_lesson_free(&l);
    free(src);
    return 0;
}
