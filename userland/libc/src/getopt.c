/*
 * getopt, getopt_long and getopt_long_only with GNU semantics, as glibc behaves:
 *
 * - Argument permutation: by default the scan walks past non-options and moves them
 *   behind the options it finds, so "prog file -v" sees -v; when the scan ends optind
 *   indexes the first non-option. A leading '+' in optstring (or POSIXLY_CORRECT in the
 *   environment) stops at the first non-option instead; a leading '-' hands each
 *   non-option back in order as the option 1 with optarg pointing at it.
 * - After that prefix, a ':' silences diagnostics and reports a missing argument as ':'.
 * - "x:" takes a required argument (-xVAL or -x VAL), "x::" an optional one (-xVAL only).
 * - Long options may be abbreviated to any unambiguous prefix; "W;" in optstring makes
 *   "-W name" mean "--name". getopt_long_only also accepts long options after one '-',
 *   preferring a short option only when "-x" is exactly a valid short option.
 * - Setting optind to 0 restarts the scan from argv[1] and re-reads optstring's prefix.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1, opterr = 1, optopt;

enum arg_order { PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER };

/* The scan's memory between calls (glibc keeps the same in its _getopt_data). */
static struct {
    int initialized;
    enum arg_order order;
    const char *next;   /* the rest of a short-option cluster like -abc, or NULL */
    int first_nonopt;   /* argv[first_nonopt, last_nonopt) are non-options skipped so far */
    int last_nonopt;
} scan;

static int is_nonoption(char *const argv[], int i)
{
    return argv[i][0] != '-' || argv[i][1] == '\0';
}

static void reverse(char **argv, int from, int to)
{
    while (from < --to) {
        char *t = argv[from];
        argv[from++] = argv[to];
        argv[to] = t;
    }
}

/*
 * Move the options in argv[last_nonopt, optind) in front of the skipped non-options
 * in argv[first_nonopt, last_nonopt), keeping each group's order (a rotation done as
 * three reversals). argv is declared const-pointer by POSIX but GNU getopt rewrites it.
 */
static void move_nonoptions_behind(char *const argv_in[])
{
    char **argv = (char **)argv_in;
    int options = optind - scan.last_nonopt;

    reverse(argv, scan.first_nonopt, scan.last_nonopt);
    reverse(argv, scan.last_nonopt, optind);
    reverse(argv, scan.first_nonopt, optind);
    scan.first_nonopt += options;
    scan.last_nonopt = optind;
}

/* The first call (or one after optind = 0): read the ordering prefix of optstring. */
static const char *start_scan(const char *optstring)
{
    if (optind == 0)
        optind = 1;
    scan.first_nonopt = scan.last_nonopt = optind;
    scan.next = NULL;
    if (optstring[0] == '-') {
        scan.order = RETURN_IN_ORDER;
        optstring++;
    } else if (optstring[0] == '+') {
        scan.order = REQUIRE_ORDER;
        optstring++;
    } else {
        scan.order = getenv("POSIXLY_CORRECT") != NULL ? REQUIRE_ORDER : PERMUTE;
    }
    scan.initialized = 1;
    return optstring;
}

/* Counts the options, then finds NAME (namelen bytes) exactly or as a unique prefix. */
static int find_long_option(const struct option *longopts, const char *name, size_t namelen,
                            int long_only, int *ambiguous)
{
    int i, found = -1;

    *ambiguous = 0;
    for (i = 0; longopts[i].name != NULL; i++)
        if (strncmp(longopts[i].name, name, namelen) == 0 && longopts[i].name[namelen] == '\0')
            return i;
    for (i = 0; longopts[i].name != NULL; i++) {
        const struct option *p = &longopts[i], *q;

        if (strncmp(p->name, name, namelen) != 0)
            continue;
        if (found < 0) {
            found = i;
            continue;
        }
        /* Two prefixes that would act the same are not a real ambiguity (except long_only). */
        q = &longopts[found];
        if (long_only || p->has_arg != q->has_arg || p->flag != q->flag || p->val != q->val)
            *ambiguous = 1;
    }
    return found;
}

/* glibc lists every candidate when it reports an ambiguous abbreviation. */
static void report_ambiguous(char *const argv[], const char *prefix, const char *text,
                             const struct option *longopts, const char *name, size_t namelen,
                             int long_only)
{
    const struct option *first = NULL, *p;

    fprintf(stderr, "%s: option '%s%s' is ambiguous; possibilities:", argv[0], prefix, text);
    for (p = longopts; p->name != NULL; p++) {
        if (strncmp(p->name, name, namelen) != 0)
            continue;
        if (first == NULL)
            first = p;
        else if (!long_only && p->has_arg == first->has_arg && p->flag == first->flag && p->val == first->val)
            continue; /* a synonym of the first candidate is not listed */
        fprintf(stderr, " '%s%s'", prefix, p->name);
    }
    fprintf(stderr, "\n");
}

/*
 * TEXT is "name" or "name=value" (after "--", "-" or "-W "). Returns the option's
 * result, or -1 when getopt_long_only should read TEXT as short options instead.
 */
static int long_option(int argc, char *const argv[], const char *optstring,
                       const struct option *longopts, int *longindex, int long_only,
                       int print_errors, const char *prefix, const char *text)
{
    const char *eq = strchr(text, '=');
    size_t namelen = eq != NULL ? (size_t)(eq - text) : strlen(text);
    const struct option *p;
    int ambiguous, i;

    i = find_long_option(longopts, text, namelen, long_only, &ambiguous);
    if (ambiguous) {
        if (print_errors)
            report_ambiguous(argv, prefix, text, longopts, text, namelen, long_only);
        scan.next = NULL;
        optind++;
        optopt = 0;
        return '?';
    }
    if (i < 0) {
        if (long_only && argv[optind][1] != '-' && strchr(optstring, *text) != NULL)
            return -1;
        if (print_errors)
            fprintf(stderr, "%s: unrecognized option '%s%s'\n", argv[0], prefix, text);
        scan.next = NULL;
        optind++;
        optopt = 0;
        return '?';
    }
    p = &longopts[i];
    optind++;
    scan.next = NULL;
    if (eq != NULL) {
        if (p->has_arg == no_argument) {
            if (print_errors)
                fprintf(stderr, "%s: option '%s%s' doesn't allow an argument\n", argv[0], prefix, p->name);
            optopt = p->val;
            return '?';
        }
        optarg = (char *)eq + 1;
    } else if (p->has_arg == required_argument) {
        if (optind >= argc) {
            if (print_errors)
                fprintf(stderr, "%s: option '%s%s' requires an argument\n", argv[0], prefix, p->name);
            optopt = p->val;
            return optstring[0] == ':' ? ':' : '?';
        }
        optarg = argv[optind++];
    }
    if (longindex != NULL)
        *longindex = i;
    if (p->flag != NULL) {
        *p->flag = p->val;
        return 0;
    }
    return p->val;
}

static int missing_argument(char *const argv[], const char *optstring, int print_errors, int c)
{
    if (print_errors)
        fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
    optopt = c;
    return optstring[0] == ':' ? ':' : '?';
}

/* The next character of the current cluster; optind moves on as its last one is read. */
static int short_option(int argc, char *const argv[], const char *optstring,
                        const struct option *longopts, int *longindex, int print_errors)
{
    int c = (unsigned char)*scan.next++;
    const char *spec = strchr(optstring, c);

    if (*scan.next == '\0')
        optind++;
    if (spec == NULL || c == ':' || c == ';') {
        if (print_errors)
            fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
        optopt = c;
        return '?';
    }
    if (spec[0] == 'W' && spec[1] == ';' && longopts != NULL) {
        const char *text;

        if (*scan.next != '\0')
            text = scan.next;
        else if (optind == argc)
            return missing_argument(argv, optstring, print_errors, c);
        else
            text = argv[optind];
        return long_option(argc, argv, optstring, longopts, longindex, 0, print_errors, "-W ", text);
    }
    if (spec[1] != ':')
        return c;
    if (*scan.next != '\0') {
        optarg = (char *)scan.next;
        optind++;
    } else if (spec[2] != ':') {
        /* A required argument may be the next word; an optional one must be attached. */
        if (optind == argc) {
            scan.next = NULL;
            return missing_argument(argv, optstring, print_errors, c);
        }
        optarg = argv[optind++];
    }
    scan.next = NULL;
    return c;
}

/*
 * At the start of a word: skip (and later permute) non-options, stop at "--" or the end,
 * and return -2 when argv[optind] is an option word to read. Any other value is the
 * result of the call.
 */
static int advance_to_option(int argc, char *const argv[])
{
    if (scan.last_nonopt > optind)
        scan.last_nonopt = optind;
    if (scan.first_nonopt > optind)
        scan.first_nonopt = optind;
    if (scan.order == PERMUTE) {
        if (scan.first_nonopt != scan.last_nonopt && scan.last_nonopt != optind)
            move_nonoptions_behind(argv);
        else if (scan.last_nonopt != optind)
            scan.first_nonopt = optind;
        while (optind < argc && is_nonoption(argv, optind))
            optind++;
        scan.last_nonopt = optind;
    }
    if (optind != argc && strcmp(argv[optind], "--") == 0) {
        optind++;
        if (scan.first_nonopt != scan.last_nonopt && scan.last_nonopt != optind)
            move_nonoptions_behind(argv);
        else if (scan.first_nonopt == scan.last_nonopt)
            scan.first_nonopt = optind;
        scan.last_nonopt = argc;
        optind = argc;
    }
    if (optind == argc) {
        /* Leave optind at the non-options that were moved to the end. */
        if (scan.first_nonopt != scan.last_nonopt)
            optind = scan.first_nonopt;
        return -1;
    }
    if (is_nonoption(argv, optind)) {
        if (scan.order == REQUIRE_ORDER)
            return -1;
        optarg = argv[optind++];
        return 1;
    }
    return -2;
}

static int getopt_internal(int argc, char *const argv[], const char *optstring,
                           const struct option *longopts, int *longindex, int long_only)
{
    int print_errors = opterr;

    if (argc < 1)
        return -1;
    optarg = NULL;
    if (optind == 0 || !scan.initialized)
        optstring = start_scan(optstring);
    else if (optstring[0] == '-' || optstring[0] == '+')
        optstring++;
    if (optstring[0] == ':')
        print_errors = 0;

    if (scan.next == NULL || *scan.next == '\0') {
        int r = advance_to_option(argc, argv);
        const char *word;

        if (r != -2)
            return r;
        word = argv[optind];
        if (longopts != NULL && word[1] == '-')
            return long_option(argc, argv, optstring, longopts, longindex, long_only,
                               print_errors, "--", word + 2);
        /* "-f" stays the short option f when f exists; "-fu" may abbreviate --fubar. */
        if (longopts != NULL && long_only && (word[2] != '\0' || strchr(optstring, word[1]) == NULL)) {
            r = long_option(argc, argv, optstring, longopts, longindex, long_only,
                            print_errors, "-", word + 1);
            if (r != -1)
                return r;
        }
        scan.next = word + 1;
    }
    return short_option(argc, argv, optstring, longopts, longindex, print_errors);
}

int getopt(int argc, char *const argv[], const char *optstring)
{
    return getopt_internal(argc, argv, optstring, NULL, NULL, 0);
}

int getopt_long(int argc, char *const argv[], const char *optstring,
                const struct option *longopts, int *longindex)
{
    return getopt_internal(argc, argv, optstring, longopts, longindex, 0);
}

int getopt_long_only(int argc, char *const argv[], const char *optstring,
                     const struct option *longopts, int *longindex)
{
    return getopt_internal(argc, argv, optstring, longopts, longindex, 1);
}
