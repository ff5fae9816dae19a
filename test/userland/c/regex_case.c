/* POSIX regular expressions against glibc: matches, submatches, flags and errors. */
#include <regex.h>
#include <stdio.h>
#include <string.h>

static void try(const char *pattern, int cflags, const char *text, int eflags)
{
    regex_t re;
    regmatch_t m[6];
    char msg[80];
    int r = regcomp(&re, pattern, cflags), i;

    printf("%-22s %c%c%c%c %-24s ", pattern, cflags & REG_EXTENDED ? 'E' : 'B', cflags & REG_ICASE ? 'i' : '-',
           cflags & REG_NEWLINE ? 'n' : '-', cflags & REG_NOSUB ? 's' : '-', text);
    if (r != 0) {
        regerror(r, &re, msg, sizeof(msg));
        printf("regcomp %d: %s\n", r, msg);
        return;
    }
    r = regexec(&re, text, 6, m, eflags);
    printf("nsub %zu -> %d", re.re_nsub, r);
    if (r == 0 && !(cflags & REG_NOSUB))
        for (i = 0; i <= (int)re.re_nsub && i < 6; i++)
            printf(" (%d,%d)", m[i].rm_so, m[i].rm_eo);
    printf("\n");
    regfree(&re);
}

int main(void)
{
    const int E = REG_EXTENDED;
    regex_t re;
    regmatch_t m[2];
    char small[10];

    /* Leftmost, then longest. */
    try("a|ab", E, "xabc", 0);
    try("(a|ab)(c|bcd)", E, "abcd", 0);
    try("(a*)(ab)*b", E, "aabb", 0);
    try("x*", E, "aaa", 0);
    try("(wee|week)(knights|night)", E, "weeknights", 0);
    try("([a-z]+)@([a-z]+)\\.com", E, "mail bob@example.com now", 0);
    try("^[0-9]{3}-[0-9]{4}$", E, "555-1234", 0);
    try("^[0-9]{3}-[0-9]{4}$", E, "555-12345", 0);
    try("a{2,3}", E, "aaaa", 0);
    try("a{,2}b", E, "aaab", 0);
    try("(ab){2}", E, "abababx", 0);
    try("(a|b)*c", E, "abbac", 0);
    try("(a*)*", E, "aa", 0);
    try("(a*)+b", E, "aab", 0);
    try("()", E, "x", 0);
    try("a|", E, "b", 0);
    try("colou?r", E, "my colour", 0);
    try("[[:digit:]]+", E, "abc 123 def", 0);
    try("[[:alpha:]_][[:alnum:]_]*", E, "  _id42 = 1", 0);
    try("[^[:space:]]+", E, "  word  ", 0);
    try("[]a]+", E, "x]a]y", 0);
    try("[a-]+", E, "x-a-y", 0);
    try("[.]", E, "a.b", 0);
    /* Basic syntax. */
    try("\\(ab\\)*c", 0, "ababc", 0);
    try("a\\{2\\}", 0, "aaa", 0);
    try("*a", 0, "x*a", 0);
    try("^*a", 0, "*a", 0);
    try("a\\+b\\?", 0, "aaab", 0);
    try("ab\\|cd", 0, "xcd", 0);
    try("a$b", 0, "a$b", 0);
    try("\\(x\\)\\1", 0, "axxb", 0);
    try("\\([a-c]*\\)-\\1", 0, "abc-abc", 0);
    try("(.)\\1", E, "abccd", 0);
    try("a+", 0, "aa+", 0);
    /* GNU escapes. */
    try("\\bfoo\\b", E, "a foo b", 0);
    try("\\bfoo\\b", E, "afoob", 0);
    try("\\<the\\>", E, "other the", 0);
    try("\\w+", E, "  hello_1 ", 0);
    try("\\s+\\S", E, "a \t b", 0);
    /* Flags. */
    try("HeLLo", E | REG_ICASE, "say hello", 0);
    try("[a-c]+", E | REG_ICASE, "xABCy", 0);
    try("(x)\\1", E | REG_ICASE, "xX", 0);
    try("^b", E, "a\nb", 0);
    try("^b", E | REG_NEWLINE, "a\nb", 0);
    try("a$", E | REG_NEWLINE, "a\nb", 0);
    try("a.b", E | REG_NEWLINE, "a\nb", 0);
    try("a[^x]b", E | REG_NEWLINE, "a\nb", 0);
    try("a[^x]b", E, "a\nb", 0);
    try("^a", E, "a", REG_NOTBOL);
    try("a$", E, "a", REG_NOTEOL);
    try("(a)(b)", E | REG_NOSUB, "ab", 0);
    try("no", E, "yes", 0);
    /* Errors. */
    try("*a", E, "", 0);
    try("a**", 0, "", 0);
    try("a{2", E, "", 0);
    try("(", E, "", 0);
    try(")", E, ")", 0);
    try("[[:foo:]]", E, "", 0);
    try("\\", E, "", 0);
    try("x{3,1}", E, "", 0);
    try("[b-a]", E, "", 0);
    try("\\(a", 0, "", 0);
    try("a\\)", 0, "", 0);
    try("[abc", E, "", 0);
    try("\\2(a)", E, "", 0);

    /* REG_STARTEND: offsets stay relative to the string. */
    regcomp(&re, "b+", REG_EXTENDED);
    m[0].rm_so = 3;
    m[0].rm_eo = 6;
    printf("startend %d", regexec(&re, "bbxbbbb", 1, m, REG_STARTEND));
    printf(" (%d,%d)\n", m[0].rm_so, m[0].rm_eo);
    regfree(&re);
    printf("regerror length %zu, truncated [%s]\n", regerror(REG_EBRACK, NULL, small, sizeof(small)), small);
    return 0;
}
