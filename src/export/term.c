/* src/export/term.c - see term.h.
 *
 * Everything a signal handler touches is a static below, and the handlers
 * only call async-signal-safe functions (tcsetattr, write, sigaction,
 * raise).  The pager waits in poll() on standard input and on a pipe the
 * handlers write a byte to, so a signal delivered to another thread (the
 * command runs on a thread of its own: src/cli/main.c) still wakes it. */

/* SIGWINCH, TIOCGWINSZ and struct winsize are not POSIX. */
#define _DEFAULT_SOURCE
#include "export/term.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

/* Enter: the alternate screen, autowrap off (a line that is too long is
 * cut rather than pushing the rest down), the cursor hidden. */
static const char enter_seq[] = "\033[?1049h\033[?7l\033[?25l";
static const char leave_seq[] = "\033[?25h\033[?7h\033[?1049l";

/* How long the rest of an escape sequence may take before the ESC is
 * taken as the Esc key (a terminal sends a sequence in one write). */
#define ESC_WAIT_MS 50

static const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
#define NFATAL (sizeof fatal_signals / sizeof fatal_signals[0])

static struct termios saved;
static volatile sig_atomic_t raw_on;     /* the handlers must undo raw mode */
static volatile sig_atomic_t resized, resumed;
static int wake_fd[2] = { -1, -1 };
static struct sigaction old_fatal[NFATAL], old_winch, old_tstp;
static struct sigaction stop_action;     /* on_stop, reinstalled when continued */
static char inbuf[64];                   /* bytes read, not yet decoded */
static size_t inlen;

static int write_fd(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        s += w;
        n -= (size_t)w;
    }
    return 0;
}

int rv_term_write(const char *s, size_t n)
{
    return write_fd(STDOUT_FILENO, s, n);
}

/* Async-signal-safe, as everything the handlers call. */
static void leave_raw(void)
{
    if (!raw_on)
        return;
    raw_on = 0;
    write_fd(STDOUT_FILENO, leave_seq, sizeof leave_seq - 1);
    tcsetattr(STDIN_FILENO, TCSADRAIN, &saved);
}

static int enter_raw(void)
{
    struct termios raw = saved;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | IEXTEN);
    raw.c_iflag &= ~(tcflag_t)(IXON | ICRNL | INLCR | IGNCR);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) != 0)
        return -1;
    raw_on = 1;
    write_fd(STDOUT_FILENO, enter_seq, sizeof enter_seq - 1);
    return 0;
}

static void wake(void)
{
    if (wake_fd[1] >= 0) {
        ssize_t w = write(wake_fd[1], "", 1);
        (void)w; /* a full pipe already wakes the pager */
    }
}

/* Restore the terminal, then let the signal do what it would have done
 * (end refviz, the shell seeing it killed by that signal). */
static void on_fatal(int sig)
{
    int e = errno;
    leave_raw();
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    raise(sig); /* delivered when this handler returns */
    errno = e;
}

/* ^Z: give the shell its terminal back, stop as ^Z would (unblocking
 * SIGTSTP, which is blocked in its own handler, with its default action),
 * and take the terminal again when continued. */
static void on_stop(int sig)
{
    int e = errno;
    bool was_raw = raw_on;
    leave_raw();
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGTSTP);
    /* Continued. */
    sigaction(SIGTSTP, &stop_action, NULL);
    if (was_raw && enter_raw() == 0) {
        resumed = 1;
        wake();
    }
    errno = e;
}

static void on_winch(int sig)
{
    int e = errno;
    resized = 1;
    wake();
    errno = e;
}

/* A signal refviz was started ignoring (nohup, a background job of a
 * shell without job control) stays ignored. */
static void handle(int sig, void (*fn)(int), struct sigaction *old)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(sig, &sa, old);
    if (old->sa_handler == SIG_IGN)
        sigaction(sig, old, NULL);
}

bool rv_term_interactive(void)
{
    const char *term = getenv("TERM");
    return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && term && *term &&
           strcmp(term, "dumb") != 0;
}

static void close_pipe(void)
{
    for (int i = 0; i < 2; i++) {
        if (wake_fd[i] >= 0)
            close(wake_fd[i]);
        wake_fd[i] = -1;
    }
}

int rv_term_open(void)
{
    if (tcgetattr(STDIN_FILENO, &saved) != 0 || pipe(wake_fd) != 0)
        return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(wake_fd[i], F_SETFL, fcntl(wake_fd[i], F_GETFL) | O_NONBLOCK);
        fcntl(wake_fd[i], F_SETFD, FD_CLOEXEC);
    }
    resized = resumed = 0;
    inlen = 0;
    /* The handlers first: a signal right after raw mode is on restores it. */
    for (size_t i = 0; i < NFATAL; i++)
        handle(fatal_signals[i], on_fatal, &old_fatal[i]);
    handle(SIGWINCH, on_winch, &old_winch);
    handle(SIGTSTP, on_stop, &old_tstp);
    sigaction(SIGTSTP, NULL, &stop_action);
    if (enter_raw() != 0) {
        rv_term_close();
        return -1;
    }
    return 0;
}

void rv_term_close(void)
{
    leave_raw();
    for (size_t i = 0; i < NFATAL; i++)
        sigaction(fatal_signals[i], &old_fatal[i], NULL);
    sigaction(SIGWINCH, &old_winch, NULL);
    sigaction(SIGTSTP, &old_tstp, NULL);
    close_pipe();
}

static size_t env_size(const char *name, size_t dflt)
{
    const char *v = getenv(name);
    char *end;
    long n = v ? strtol(v, &end, 10) : 0;
    return v && *v && !*end && n > 0 && n < 10000 ? (size_t)n : dflt;
}

void rv_term_size(size_t *rows, size_t *cols)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0) {
        *rows = ws.ws_row;
        *cols = ws.ws_col;
        return;
    }
    *rows = env_size("LINES", 24);
    *cols = env_size("COLUMNS", 80);
}

/* The key of a CSI (ESC [ params final) or SS3 (ESC O final) sequence. */
static int sequence_key(char final, int param)
{
    switch (final) {
    case 'A': return RV_KEY_UP;
    case 'B': return RV_KEY_DOWN;
    case 'C': return RV_KEY_RIGHT;
    case 'D': return RV_KEY_LEFT;
    case 'H': return RV_KEY_HOME;
    case 'F': return RV_KEY_END;
    case '~':
        return param == 1 || param == 7 ? RV_KEY_HOME
             : param == 4 || param == 8 ? RV_KEY_END
             : param == 5               ? RV_KEY_PGUP
             : param == 6               ? RV_KEY_PGDN
                                        : RV_KEY_NONE;
    default: return RV_KEY_NONE;
    }
}

size_t rv_term_decode(const char *buf, size_t len, int *key)
{
    unsigned char c = (unsigned char)buf[0];
    if (c != 0x1B) {
        *key = c == '\r' || c == '\n'   ? RV_KEY_ENTER
             : c == 0x7F || c == '\b'   ? RV_KEY_BACKSPACE
             : c < 0x80                 ? c
                                        : RV_KEY_NONE;
        return 1;
    }
    if (len == 1)
        return 0;
    if (buf[1] == 'O') {
        if (len == 2)
            return 0;
        *key = sequence_key(buf[2], 0);
        return 3;
    }
    if (buf[1] != '[') {
        *key = RV_KEY_ESC; /* Esc, then another key */
        return 1;
    }
    size_t i = 2;
    int param = 0;
    for (; i < len && buf[i] >= '0' && buf[i] <= '9'; i++)
        param = param < 1000 ? param * 10 + (buf[i] - '0') : param;
    while (i < len && buf[i] >= 0x20 && buf[i] <= 0x3F) /* more parameters */
        i++;
    if (i == len)
        return 0;
    *key = buf[i] >= 0x40 && buf[i] <= 0x7E ? sequence_key(buf[i], param) : RV_KEY_NONE;
    return i + 1;
}

/* Waits up to ms (-1: for ever) for input: 1 when there is some, 0 when
 * the time passed, -1 when a signal handler woke the pager. */
static int wait_input(int ms)
{
    struct pollfd fds[2] = { { STDIN_FILENO, POLLIN, 0 }, { wake_fd[0], POLLIN, 0 } };
    int n = poll(fds, 2, ms);
    if (n == 0)
        return 0;
    if (n < 0)
        return -1;
    if (fds[1].revents & POLLIN) {
        char drain[64];
        while (read(wake_fd[0], drain, sizeof drain) > 0)
            ;
    }
    return fds[0].revents & (POLLIN | POLLHUP | POLLERR) ? 1 : -1;
}

static int take(size_t n, int key)
{
    memmove(inbuf, inbuf + n, inlen - n);
    inlen -= n;
    return key;
}

int rv_term_key(void)
{
    for (;;) {
        if (resized) {
            resized = 0;
            return RV_KEY_RESIZE;
        }
        if (resumed) {
            resumed = 0;
            return RV_KEY_REDRAW;
        }
        int key = RV_KEY_NONE;
        size_t n = inlen ? rv_term_decode(inbuf, inlen, &key) : 0;
        if (n)
            return take(n, key);
        if (inlen == sizeof inbuf) /* a sequence too long to be a key */
            return take(inlen, RV_KEY_NONE);
        /* Nothing yet, or the start of an escape sequence: without the
         * rest at once, the ESC was the Esc key. */
        int w = wait_input(inlen ? ESC_WAIT_MS : -1);
        if (w == 0 && inlen)
            return take(1, RV_KEY_ESC);
        if (w <= 0)
            continue;
        ssize_t r = read(STDIN_FILENO, inbuf + inlen, sizeof inbuf - inlen);
        if (r > 0)
            inlen += (size_t)r;
        else if (r == 0 || (errno != EINTR && errno != EAGAIN))
            return RV_KEY_EOF;
    }
}
