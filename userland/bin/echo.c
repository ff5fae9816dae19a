/*
 * echo [-n] [-e] [-E] [ARG...]: print the arguments separated by spaces.
 * -n: no trailing newline; -e: interpret backslash escapes (\n \t \\ \c ...).
 */
#include <stdio.h>
#include <string.h>

/* Print s with escapes decoded; returns 0 when \c asked to stop all output. */
static int print_escaped(const char *s)
{
    int c, n, value;

    for (; *s; s++) {
        if (*s != '\\' || s[1] == '\0') {
            putchar(*s);
            continue;
        }
        c = *++s;
        switch (c) {
        case 'a': putchar('\a'); break;
        case 'b': putchar('\b'); break;
        case 'c': return 0;
        case 'e': putchar(27); break;
        case 'f': putchar('\f'); break;
        case 'n': putchar('\n'); break;
        case 'r': putchar('\r'); break;
        case 't': putchar('\t'); break;
        case 'v': putchar('\v'); break;
        case '\\': putchar('\\'); break;
        case '0':
            /* \0NNN: up to three octal digits. */
            value = 0;
            for (n = 0; n < 3 && s[1] >= '0' && s[1] <= '7'; n++)
                value = value * 8 + (*++s - '0');
            putchar(value);
            break;
        default:
            putchar('\\');
            putchar(c);
            break;
        }
    }
    return 1;
}

/* An option word is all of n, e, E after the dash; anything else is text. */
static int is_option(const char *arg)
{
    if (arg[0] != '-' || arg[1] == '\0')
        return 0;
    return strspn(arg + 1, "neE") == strlen(arg + 1);
}

int main(int argc, char **argv)
{
    int newline = 1, escapes = 0, i = 1;
    const char *p;

    for (; i < argc && is_option(argv[i]); i++) {
        for (p = argv[i] + 1; *p; p++) {
            if (*p == 'n')
                newline = 0;
            else if (*p == 'e')
                escapes = 1;
            else
                escapes = 0;
        }
    }
    for (; i < argc; i++) {
        if (escapes) {
            if (!print_escaped(argv[i]))
                return 0;
        } else {
            fputs(argv[i], stdout);
        }
        if (i + 1 < argc)
            putchar(' ');
    }
    if (newline)
        putchar('\n');
    return 0;
}
