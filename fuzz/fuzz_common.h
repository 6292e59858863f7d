/* fuzz/fuzz_common.h - shared by the libFuzzer targets (fuzz/README in
 * docs/fuzzing.md): writing an export into memory, and the budgets every
 * target runs an input under. */
#ifndef RV_FUZZ_COMMON_H
#define RV_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "export/export.h"
#include "trace/trace.h"

/* Bigger inputs add nothing a fuzzer can use and only slow it down (and
 * the superlinear parser costs are known: issue 14). */
#define FUZZ_MAX_INPUT 16384

/* Runs fn(in, f) with f a memory stream; returns the bytes written
 * (malloc'd, NUL-terminated, *len its length) or NULL if fn failed. */
char *fuzz_export(int (*fn)(const rv_export_input_t *, FILE *), const rv_export_input_t *in,
                  size_t *len);

/* Aborts (a finding) when text is not one JSON document. */
void fuzz_check_json(const char *what, const char *text, size_t len);

/* Exports t as JSON, JSON lines, text and delta, checking that the JSON
 * parses.  Returns the JSON (malloc'd) so that a caller can compare it. */
char *fuzz_export_all(const rv_export_input_t *in, size_t *json_len);

#endif
