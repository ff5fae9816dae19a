/*
 * printf FORMAT [ARGUMENT...]: formatted output, like coreutils' printf.
 *
 * The format's backslash escapes are decoded; each % conversion takes the
 * next argument (numbers are converted with strtol/strtod, missing ones are
 * 0 or ""). The format is reused while arguments remain.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static int status;

/* Decode the escape after a backslash at s; returns the chars consumed after the backslash. */
static int print_escape(const char *s)
{
    int n = 0, value = 0;

    switch (*s) {
    case 'a': putchar('\a'); return 1;
    case 'b': putchar('\b'); return 1;
    case 'f': putchar('\f'); return 1;
    case 'n': putchar('\n'); return 1;
    case 'r': putchar('\r'); return 1;
    case 't': putchar('\t'); return 1;
    case 'v': putchar('\v'); return 1;
    case '\\': putchar('\\'); return 1;
    case '"': putchar('"'); return 1;
    case 'x':
        for (n = 1; n <= 2 && isxdigit((unsigned char)s[n]); n++)
            value = value * 16 + (isdigit((unsigned char)s[n]) ? s[n] - '0' : tolower((unsigned char)s[n]) - 'a' + 10);
        if (n == 1) {
            fputs("\\x", stdout);
            return 1;
        }
        putchar(value);
        return n;
    default:
        if (*s >= '0' && *s <= '7') {
            for (n = 0; n < 3 && s[n] >= '0' && s[n] <= '7'; n++)
                value = value * 8 + (s[n] - '0');
            putchar(value);
            return n;
        }
        putchar('\\');
        return 0;
    }
}

static long number_arg(const char *s)
{
    char *end;
    long v;

    /* 'c or "c: the character's code. */
    if (s[0] == '\'' || s[0] == '"')
        return (unsigned char)s[1];
    v = strtol(s, &end, 0);
    if (*end != '\0' || end == s) {
        fprintf(stderr, "printf: '%s': expected a numeric value\n", s);
        status = 1;
    }
    return v;
}

/* Print one pass of the format; returns how many arguments it used. */
static int format_once(const char *fmt, char **args, int nargs)
{
    char spec[64];
    const char *p, *start;
    int used = 0, len;
    const char *arg;

    for (p = fmt; *p; p++) {
        if (*p == '\\') {
            p += print_escape(p + 1);
            continue;
        }
        if (*p != '%') {
            putchar(*p);
            continue;
        }
        if (p[1] == '%') {
            putchar('%');
            p++;
            continue;
        }
        start = p++;
        while (*p && strchr("-+ #0", *p))
            p++;
        while (isdigit((unsigned char)*p) || *p == '.')
            p++;
        len = (int)(p - start);
        if (*p == '\0' || len > 60) {
            fputs(start, stdout);
            break;
        }
        arg = used < nargs ? args[used] : NULL;
        used++;
        memcpy(spec, start, (size_t)len);
        switch (*p) {
        case 'd': case 'i':
            strcpy(spec + len, "ld");
            printf(spec, arg ? number_arg(arg) : 0L);
            break;
        case 'u': case 'o': case 'x': case 'X':
            spec[len] = 'l';
            spec[len + 1] = *p;
            spec[len + 2] = '\0';
            printf(spec, (unsigned long)(arg ? number_arg(arg) : 0L));
            break;
        case 'f': case 'e': case 'g': case 'E': case 'G':
            spec[len] = *p;
            spec[len + 1] = '\0';
            printf(spec, arg ? strtod(arg, NULL) : 0.0);
            break;
        case 'c':
            strcpy(spec + len, "c");
            printf(spec, arg ? arg[0] : '\0');
            break;
        case 's':
            strcpy(spec + len, "s");
            printf(spec, arg ? arg : "");
            break;
        case 'b':
            /* %b: the argument with its escapes decoded. */
            for (; arg != NULL && *arg; arg++) {
                if (*arg == '\\' && arg[1])
                    arg += print_escape(arg + 1);
                else
                    putchar(*arg);
            }
            break;
        default:
            fprintf(stderr, "printf: %%%c: invalid conversion specification\n", *p);
            return -1;
        }
    }
    return used;
}

int main(int argc, char **argv)
{
    int pos = 2, used;

    if (argc < 2) {
        fprintf(stderr, "printf: missing operand\n");
        return 1;
    }
    do {
        used = format_once(argv[1], argv + pos, argc - pos);
        if (used < 0)
            return 1;
        pos += used;
    } while (used > 0 && pos < argc);
    return status;
}
