/* src/base/outfile.h - files created inside an output directory without
 * following what may already be there.
 *
 * `-o DIR` writes DIR/step-01.svg ...; a plain create-or-truncate of that
 * name would follow a symlink planted in DIR and overwrite its target (or
 * truncate a hard-linked file).  Instead the data goes to a fresh file
 * created with O_CREAT|O_EXCL|O_NOFOLLOW beside it, which rename() then
 * puts in place: rename replaces a symlink itself, never what it points to,
 * and readers never see a half-written step. */
#ifndef RV_BASE_OUTFILE_H
#define RV_BASE_OUTFILE_H

#include <stdio.h>

typedef struct rv_outfile {
    FILE *f;    /* write here between open and commit */
    char *tmp;  /* the fresh file's path */
    char *path; /* where commit puts it */
} rv_outfile_t;

/* Creates a fresh file in dir that will become dir/name; returns its
 * stream, or NULL with errno set (nothing is left behind). */
FILE *rv_outfile_open(rv_outfile_t *o, const char *dir, const char *name);
/* Closes the stream and renames the file to its name; 0, or -1 with
 * errno set (the fresh file is removed).  Frees o either way. */
int rv_outfile_commit(rv_outfile_t *o);
/* Closes and removes the fresh file; frees o.  errno is kept. */
void rv_outfile_abort(rv_outfile_t *o);

#endif
