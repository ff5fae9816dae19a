/*
 * Streams at their edges: scanf's look-ahead must not use up the one byte
 * ungetc guarantees the program; a seek that fails leaves the position
 * alone; the wide scanf family; %ls and %m in the narrow one.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static void pushback_after_scanf(void)
{
    FILE *f = tmpfile();
    char word[16];
    int n, u, a, b, c;
    long pos;

    fputs("morning", f);
    rewind(f);
    /* The set does not match 'm': scanf reads it and gives it back. */
    n = fscanf(f, "%[xyz]", word);
    u = ungetc('!', f);
    a = fgetc(f);
    b = fgetc(f);
    c = fgetc(f);
    printf("scan %d, ungetc %d, then %c%c%c\n", n, u, a, b, c);
    /* After a match, scanf gives back the byte that ended it ('o'). */
    rewind(f);
    n = fscanf(f, "%[m]", word);
    u = ungetc('Q', f);
    pos = ftell(f);
    a = fgetc(f);
    b = fgetc(f);
    printf("scan %d [%s], ungetc %d, tell %ld, next %c%c\n", n, word, u, pos, a, b);
    fclose(f);
}

static void failed_seek_keeps_position(void)
{
    char buf[12] = "abcdefghij";
    FILE *f = fmemopen(buf, 10, "r");
    int c1 = fgetc(f), c2 = fgetc(f);
    int r = fseek(f, 50, SEEK_CUR);
    long pos = ftell(f);
    int next = fgetc(f);

    printf("read %c%c, seek %d, tell %ld, next %c\n", c1, c2, r, pos, next);
    r = fseek(f, -20, SEEK_CUR);
    pos = ftell(f);
    printf("seek back %d, tell %ld\n", r, pos);
    fclose(f);
}

static void wide_scanf(void)
{
    int a = 0, n = 0, r;
    char narrow[16] = "";
    wchar_t wide[16] = L"";
    double d = 0;

    r = swscanf(L"7 pears 2.5 plums", L"%d %15s %lf %15ls%n", &a, narrow, &d, wide, &n);
    printf("swscanf %d: %d %s %g %ls %d\n", r, a, narrow, d, wide, n);
    printf("empty %d, mismatch %d\n", swscanf(L"", L"%d", &a), swscanf(L"q", L"%d", &a));
}

static void allocating_and_wide_conversions(void)
{
    char *word = NULL, *set = NULL, *pair = NULL;
    wchar_t w[8] = L"", wc[2] = { 0 };
    int r;

    r = sscanf("apple banana-split !", "%ms %m[a-z]%*c%ls %lc", &word, &set, w, wc);
    printf("%d [%s] [%s] [%ls] %lc\n", r, word, set, w, wc[0]);
    free(word);
    free(set);
    word = NULL;
    r = sscanf("   ", "%ms", &word);
    printf("blank %d %s\n", r, word == NULL ? "untouched" : "set");
    r = sscanf("xyz", "%2mc", &pair);
    printf("pair %d %.2s\n", r, pair);
    free(pair);
}

int main(void)
{
    pushback_after_scanf();
    failed_seek_keeps_position();
    wide_scanf();
    allocating_and_wide_conversions();
    return 0;
}
