/*
 * grep [-v] [-i] [-c] [-n] [-q] [-F] PATTERN [FILE...]: print matching lines.
 *
 * Patterns are a small subset of basic regular expressions, matched by the
 * recursive matcher of Kernighan and Pike's "The Practice of Programming":
 * c (a literal), . (any char), ^ and $ (anchors), c* (zero or more),
 * [abc] [^a-z] (classes) and \c (a literal c). -F takes the pattern literally.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <errno.h>

static int invert, ignore_case, count_only, line_numbers, quiet, fixed;

static int same_char(int a, int b)
{
    return ignore_case ? tolower(a) == tolower(b) : a == b;
}

/* Length of the atom at re: a char, \c, . or a [class]. 0 for an unterminated class. */
static int atom_length(const char *re)
{
    const char *p = re;

    if (*p == '\\' && p[1])
        return 2;
    if (*p != '[')
        return 1;
    p++;
    if (*p == '^')
        p++;
    if (*p == ']')
        p++;
    while (*p && *p != ']')
        p++;
    return *p ? (int)(p - re) + 1 : 0;
}

/* Does the atom at re (of length len) match character c? */
static int atom_matches(const char *re, int len, int c)
{
    const char *p, *end = re + len - 1;
    int negate, found = 0;

    if (c == '\0')
        return 0;
    if (*re == '\\')
        return same_char(re[1], c);
    if (*re == '.')
        return 1;
    if (*re != '[')
        return same_char(*re, c);
    p = re + 1;
    negate = *p == '^';
    if (negate)
        p++;
    for (; p < end; p++) {
        if (p + 2 < end && p[1] == '-') {
            if ((c >= p[0] && c <= p[2]) ||
                (ignore_case && tolower(c) >= tolower(p[0]) && tolower(c) <= tolower(p[2])))
                found = 1;
            p += 2;
        } else if (same_char(*p, c)) {
            found = 1;
        }
    }
    return found != negate;
}

static int match_here(const char *re, const char *text);

/* atom* : as many as possible, then back off (leftmost-longest, like grep). */
static int match_star(const char *atom, int len, const char *re, const char *text)
{
    const char *t = text;

    while (atom_matches(atom, len, (unsigned char)*t))
        t++;
    for (;;) {
        if (match_here(re, t))
            return 1;
        if (t == text)
            return 0;
        t--;
    }
}

static int match_here(const char *re, const char *text)
{
    int len;

    if (*re == '\0')
        return 1;
    if (re[0] == '$' && re[1] == '\0')
        return *text == '\0';
    len = atom_length(re);
    if (len == 0)
        return 0;
    if (re[len] == '*')
        return match_star(re, len, re + len + 1, text);
    if (atom_matches(re, len, (unsigned char)*text))
        return match_here(re + len, text + 1);
    return 0;
}

static int matches(const char *re, const char *text)
{
    size_t n;

    if (fixed) {
        n = strlen(re);
        for (; *text; text++)
            if (ignore_case ? strncasecmp(text, re, n) == 0 : strncmp(text, re, n) == 0)
                return 1;
        return n == 0;
    }
    if (*re == '^')
        return match_here(re + 1, text);
    do {
        if (match_here(re, text))
            return 1;
    } while (*text++ != '\0');
    return 0;
}

/* Returns the number of selected lines. */
static long grep_file(FILE *f, const char *re, const char *name)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long count = 0, lineno = 0;

    while ((len = getline(&line, &cap, f)) != -1) {
        lineno++;
        if (len > 0 && line[len - 1] == '\n')
            line[len - 1] = '\0';
        if (matches(re, line) == invert)
            continue;
        count++;
        if (quiet)
            break;
        if (count_only)
            continue;
        if (name != NULL)
            printf("%s:", name);
        if (line_numbers)
            printf("%ld:", lineno);
        puts(line);
    }
    free(line);
    if (count_only && !quiet) {
        if (name != NULL)
            printf("%s:", name);
        printf("%ld\n", count);
    }
    return count;
}

int main(int argc, char **argv)
{
    int i = 1, status = 1, nfiles, error = 0;
    const char *p, *re;
    FILE *f;

    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        }
        for (p = argv[i] + 1; *p; p++) {
            switch (*p) {
            case 'v': invert = 1; break;
            case 'i': ignore_case = 1; break;
            case 'c': count_only = 1; break;
            case 'n': line_numbers = 1; break;
            case 'q': quiet = 1; break;
            case 'F': fixed = 1; break;
            default:
                fprintf(stderr, "grep: invalid option -- '%c'\n", *p);
                return 2;
            }
        }
    }
    if (i >= argc) {
        fprintf(stderr, "usage: grep [-vicnqF] PATTERN [FILE...]\n");
        return 2;
    }
    re = argv[i++];
    nfiles = argc - i;
    if (nfiles == 0)
        return grep_file(stdin, re, NULL) > 0 ? 0 : 1;
    for (; i < argc; i++) {
        f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
        if (f == NULL) {
            fprintf(stderr, "grep: %s: %s\n", argv[i], strerror(errno));
            error = 1;
            continue;
        }
        if (grep_file(f, re, nfiles > 1 ? argv[i] : NULL) > 0) {
            status = 0;
            if (quiet)
                return 0;
        }
        if (f != stdin)
            fclose(f);
    }
    return error && status != 0 ? 2 : status;
}
