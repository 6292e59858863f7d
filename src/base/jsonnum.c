/* src/base/jsonnum.c - whether a text is one JSON number (jsonnum.h). */
#include "base/jsonnum.h"

#include <stddef.h>

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Skips one or more digits; NULL when there is none. */
static const char *digits(const char *s)
{
    if (!digit(*s))
        return NULL;
    while (digit(*s))
        s++;
    return s;
}

bool rv_jsonnum_check(const char *s)
{
    if (*s == '-')
        s++;
    if (*s == '0')
        s++; /* a leading zero stands alone */
    else if (!(s = digits(s)))
        return false;
    if (*s == '.' && !(s = digits(s + 1)))
        return false;
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-')
            s++;
        if (!(s = digits(s)))
            return false;
    }
    return *s == '\0';
}
