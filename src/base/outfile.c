/* src/base/outfile.c - see outfile.h. */
#include "base/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/buf.h"

FILE *rv_outfile_open(rv_outfile_t *o, const char *dir, const char *name)
{
    *o = (rv_outfile_t){ 0 };
    rv_buf_t path = RV_BUF_INIT;
    rv_buf_printf(&path, "%s/%s", dir, name);
    /* A name of its own per attempt: O_EXCL refuses anything already
     * there, a planted symlink included (dangling or not). */
    static unsigned serial;
    for (int tries = 0; tries < 100; tries++) {
        rv_buf_t tmp = RV_BUF_INIT;
        rv_buf_printf(&tmp, "%s/.%s.%ld-%u.tmp", dir, name, (long)getpid(), serial++);
        int fd = open(rv_buf_cstr(&tmp), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                      0666);
        if (fd < 0) {
            int e = errno;
            rv_buf_free(&tmp);
            if (e == EEXIST)
                continue;
            rv_buf_free(&path);
            errno = e;
            return NULL;
        }
        o->f = fdopen(fd, "wb");
        if (!o->f) {
            int e = errno;
            close(fd);
            unlink(rv_buf_cstr(&tmp));
            rv_buf_free(&tmp);
            rv_buf_free(&path);
            errno = e;
            return NULL;
        }
        o->tmp = rv_buf_steal(&tmp, NULL);
        o->path = rv_buf_steal(&path, NULL);
        return o->f;
    }
    rv_buf_free(&path);
    errno = EEXIST;
    return NULL;
}

static void release(rv_outfile_t *o)
{
    rv_free(o->tmp);
    rv_free(o->path);
    *o = (rv_outfile_t){ 0 };
}

int rv_outfile_commit(rv_outfile_t *o)
{
    int r = 0;
    if (fflush(o->f) != 0 || ferror(o->f))
        r = -1;
    int e = errno;
    if (fclose(o->f) != 0 && r == 0) {
        r = -1;
        e = errno;
    }
    if (r == 0 && rename(o->tmp, o->path) != 0) {
        r = -1;
        e = errno;
    }
    if (r != 0)
        unlink(o->tmp);
    release(o);
    errno = e;
    return r;
}

void rv_outfile_abort(rv_outfile_t *o)
{
    int e = errno;
    fclose(o->f);
    unlink(o->tmp);
    release(o);
    errno = e;
}
