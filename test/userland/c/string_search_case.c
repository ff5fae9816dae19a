/*
 * strstr, memmem and strcasestr: the same first match as glibc's for many random
 * haystacks and needles over small alphabets (needles cut from the haystack, some with
 * a byte changed; memmem also over embedded NULs and cut-short haystacks), and time
 * linear in the lengths on gnulib's configure check (a^m b in a^2m b).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static unsigned long long state = 88172645463325252ULL;

static unsigned rnd(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return (unsigned)(state >> 11);
}

static void differential(void) {
  static char h[400], n[64];
  const char *alphabets[] = { "ab", "abc", "a", "aB", "abcd", "aAbB" };
  unsigned long sum = 0, found = 0;

  for (int t = 0; t < 200000; t++) {
    const char *al = alphabets[rnd() % 6];
    int k = (int)strlen(al);
    int hl = (int)(rnd() % (t % 10 == 0 ? 400 : 40));
    int nl = (int)(rnd() % (t % 7 == 0 ? 60 : 9));

    for (int i = 0; i < hl; i++) h[i] = al[rnd() % k];
    h[hl] = 0;
    if (nl > 0 && hl > 0 && rnd() % 2) {
      int at = (int)(rnd() % hl);
      if (nl > hl - at) nl = hl - at;
      memcpy(n, h + at, nl);
      if (rnd() % 3 == 0) n[rnd() % nl] = al[rnd() % k];
    } else {
      for (int i = 0; i < nl; i++) n[i] = al[rnd() % k];
    }
    n[nl] = 0;
    char *a = strstr(h, n);
    char *b = memmem(h, hl, n, nl);
    char *c = strcasestr(h, n);
    long ia = a ? a - h : -1, ib = b ? b - h : -1, ic = c ? c - h : -1;
    found += (ia >= 0) + (ic >= 0);
    sum = sum * 31 + (unsigned long)(ia + 2) * 7 + (unsigned long)(ib + 2) * 13 + (unsigned long)(ic + 2);
    if (t % 25000 == 0) printf("t=%d h=%s n=%s -> %ld %ld %ld\n", t, h, n, ia, ib, ic);
    if (hl > 4) {
      h[rnd() % hl] = 0;
      int cut = (int)(rnd() % hl);
      char *d = memmem(h, cut, n, nl);
      sum = sum * 17 + (unsigned long)((d ? d - h : -1) + 2);
    }
  }
  printf("found=%lu checksum=%lx\n", found, sum);
}

static void linear_time(void) {
  size_t m = 1000000;
  char *h = malloc(2 * m + 2), *n = malloc(m + 2);
  clock_t t;
  char *p;

  memset(h, 'A', 2 * m);
  h[2 * m] = 'B';
  h[2 * m + 1] = 0;
  memset(n, 'A', m);
  n[m] = 'B';
  n[m + 1] = 0;
  t = clock();
  p = strstr(h, n);
  printf("strstr: at %ld", p ? (long)(p - h) : -1L);
  p = memmem(h, 2 * m + 1, n, m + 1);
  printf(", memmem: at %ld", p ? (long)(p - h) : -1L);
  n[0] = 'a';
  p = strcasestr(h, n);
  printf(", strcasestr: at %ld", p ? (long)(p - h) : -1L);
  printf(", %s\n", (double)(clock() - t) / CLOCKS_PER_SEC < 2.0 ? "in time" : "too slow");
  free(h);
  free(n);
}

int main(void) {
  differential();
  linear_time();
  printf("%s\n", strstr("needle in a haystack", "hay"));
  printf("%s\n", strcasestr("Needle In A HayStack", "in a h"));
  printf("%s\n", strstr("abc", "") == NULL ? "NULL" : "whole");
  printf("%s\n", strstr("abc", "abcd") == NULL ? "NULL" : "found");
  return 0;
}
