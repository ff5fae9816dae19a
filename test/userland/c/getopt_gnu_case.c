/*
 * GNU getopt as glibc behaves: argument permutation, the '+', '-' and ':' prefixes of
 * optstring, optional arguments, POSIXLY_CORRECT, restarting with optind = 0; and
 * getopt_long / getopt_long_only: abbreviations, ambiguity, optional_argument, flags,
 * "W;" and the diagnostics (stderr is sent to stdout so they are compared too).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum which { SHORT, LONG, LONG_ONLY };

static int flag_seen;

static const struct option opts[] = {
    { "verbose", no_argument, NULL, 'v' },
    { "verify", required_argument, NULL, 'V' },
    { "output", required_argument, NULL, 'o' },
    { "color", optional_argument, NULL, 'c' },
    { "colour", optional_argument, NULL, 'c' },   /* a synonym: "--col" is not ambiguous */
    { "flag", no_argument, &flag_seen, 42 },
    { "xray", no_argument, NULL, 'X' },
    { "all", no_argument, NULL, 'A' },
    { NULL, 0, NULL, 0 },
};

/* Parse a space-separated command line with a fresh scan; print every result. */
static void parse(const char *title, enum which which, const char *optstring, const char *line)
{
    char buf[256], *argv[32];
    int argc = 0, c, idx, i;

    strcpy(buf, line);
    for (char *w = strtok(buf, " "); w != NULL; w = strtok(NULL, " "))
        argv[argc++] = w;
    argv[argc] = NULL;
    printf("== %s: %s [%s]\n", title, optstring, line);
    optind = 0;
    flag_seen = 0;
    for (;;) {
        idx = -1;
        if (which == SHORT)
            c = getopt(argc, argv, optstring);
        else if (which == LONG)
            c = getopt_long(argc, argv, optstring, opts, &idx);
        else
            c = getopt_long_only(argc, argv, optstring, opts, &idx);
        if (c == -1)
            break;
        printf("  c=%d(%c) optarg=%s optind=%d optopt=%d idx=%d flag=%d\n", c, c > 32 && c < 127 ? c : '.',
               optarg != NULL ? optarg : "(null)", optind, optopt, idx, flag_seen);
    }
    printf("  end optind=%d argv:", optind);
    for (i = 0; i < argc; i++)
        printf(" %s", argv[i]);
    printf("\n");
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    dup2(1, 2);

    parse("permute", SHORT, "ab:", "prog x -a y -b z w");
    parse("permute clusters", SHORT, "ab:c", "prog one -acb val two -c three");
    parse("permute then --", SHORT, "ab", "prog x -a -- -b y");
    parse("-- first", SHORT, "ab", "prog -- -a");
    parse("single dash", SHORT, "ab", "prog - -a -");
    parse("require order", SHORT, "+ab:", "prog -a x -b y");
    parse("return in order", SHORT, "-ab:", "prog x -a y -b z w");
    parse("return in order --", SHORT, "-a", "prog x -- -a y");
    parse("missing argument", SHORT, "a:", "prog -a");
    parse("missing argument colon", SHORT, ":a:b", "prog -b -a");
    parse("colon after plus", SHORT, "+:a:", "prog -a");
    parse("invalid", SHORT, "ab", "prog -x -a -: -;");
    parse("invalid colon", SHORT, ":ab", "prog -ax");
    parse("optional", SHORT, "a::b", "prog -afoo -a bar -ba -b");
    parse("arg attached in cluster", SHORT, "xo:", "prog -xoout -x -o next");
    parse("only program", SHORT, "a", "prog");
    parse("no options", SHORT, "a", "prog x y");

    parse("long exact", LONG, "vo:", "prog --verbose --output=f --output g --verify h");
    parse("long abbrev", LONG, "", "prog --verb --out=x --fl --x --al");
    parse("long ambiguous", LONG, "", "prog --ver --v=3 a");
    parse("long synonyms", LONG, "", "prog --col --colo=red --colou");
    parse("long optional", LONG, "", "prog --color blue --color=");
    parse("long errors", LONG, "", "prog --verbose=1 --nope --nope=1 --output");
    parse("long errors colon", LONG, ":", "prog --output");
    parse("long permute", LONG, "v", "prog file --verbose -v other --output=o last");
    parse("long and short", LONG, "vo:x", "prog -vx -o f --all");
    parse("W semicolon", LONG, "W;v", "prog -W verbose -Wout=f -W col -Wnope -W");
    parse("long only", LONG_ONLY, "vx", "prog -verbose -v -x -xr -output f -al --all -col=1");
    parse("long only unknown", LONG_ONLY, "vx", "prog -nope -xz -qq --v");
    parse("long only ambiguous", LONG_ONLY, "", "prog -c -ver");

    setenv("POSIXLY_CORRECT", "1", 1);
    parse("POSIXLY_CORRECT", SHORT, "ab", "prog -a x -b");
    unsetenv("POSIXLY_CORRECT");
    parse("after unsetenv", SHORT, "ab", "prog -a x -b");
    return 0;
}
