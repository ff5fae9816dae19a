/*
 * POSIX 2008's locale objects, as glibc answers: newlocale with masks, a base, "" and
 * unknown names (ENOENT) or bad masks (EINVAL); uselocale per thread (another thread keeps
 * the global locale); duplocale of LC_GLOBAL_LOCALE; the "_l" functions in C and C.UTF-8;
 * setlocale(LC_ALL, NULL)'s list given back to setlocale and newlocale.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <wchar.h>
#include <wctype.h>

static const char hen[] = "\xe5\xbe\x88"; /* U+5F88, three bytes of UTF-8 */

static long mb_length(void) {
  mbstate_t st;
  wchar_t wc = 0;
  memset(&st, 0, sizeof st);
  return (long)mbrtowc(&wc, hen, 3, &st);
}

static void show(const char *what) {
  printf("%-28s codeset=%s mb_cur_max=%d mbrtowc=%ld iswalpha(e9)=%d towupper(e9)=%x\n", what, nl_langinfo(CODESET),
         (int)MB_CUR_MAX, mb_length(), iswalpha(0xe9) != 0, (unsigned)towupper(0xe9));
}

static void *other_thread(void *arg) {
  (void)arg;
  show("other thread");
  return NULL;
}

int main(void) {
  locale_t utf8 = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
  locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
  printf("made: %d %d\n", utf8 != (locale_t)0, c != (locale_t)0);
  show("global C");

  /* The _l functions answer for their locale, whatever the thread's. */
  printf("_l: iswalpha %d %d towupper %x %x codeset %s %s\n", iswalpha_l(0xe9, utf8) != 0, iswalpha_l(0xe9, c) != 0,
         (unsigned)towupper_l(0xe9, utf8), (unsigned)towupper_l(0xe9, c), nl_langinfo_l(CODESET, utf8), nl_langinfo_l(CODESET, c));
  printf("_l: iswctype %d wctrans %x isalpha %d toupper %c strcoll %d strcasecmp %d\n",
         iswctype_l(0x3b1, wctype_l("alpha", utf8), utf8), (unsigned)towctrans_l(0x3b1, wctrans_l("toupper", utf8), utf8),
         isalpha_l('x', c) != 0, toupper_l('q', utf8), strcoll_l("abc", "abd", utf8) < 0, strcasecmp_l("HeLLo", "hello", c));
  char *end;
  double d = strtod_l("2.5e3x", &end, utf8);
  printf("_l: strtod %g strtol %ld rest [%s] strerror [%s]\n", d, strtol_l("  -0x1f", NULL, 0, c), end, strerror_l(ENOENT, c));
  struct tm tm = { .tm_year = 99, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59, .tm_sec = 58, .tm_wday = 5 };
  char buf[64];
  strftime_l(buf, sizeof buf, "%a %b %d %H:%M:%S %Y", &tm, utf8);
  printf("_l: strftime [%s]\n", buf);

  /* uselocale: this thread only; it returns the previous one. */
  locale_t before = uselocale(utf8);
  printf("uselocale: previous is global %d, now utf8 %d\n", before == LC_GLOBAL_LOCALE, uselocale((locale_t)0) == utf8);
  show("thread uses C.UTF-8");
  printf("setlocale still [%s]\n", setlocale(LC_CTYPE, NULL));
  pthread_t t;
  pthread_create(&t, NULL, other_thread, NULL);
  pthread_join(t, NULL);
  uselocale(LC_GLOBAL_LOCALE);
  show("back to global");

  /* Masks and a base: the categories outside the mask come from the base. */
  locale_t mixed = newlocale(LC_NUMERIC_MASK, "C", duplocale(utf8));
  uselocale(mixed);
  show("base C.UTF-8 + NUMERIC C");
  uselocale(LC_GLOBAL_LOCALE);
  locale_t ctype_only = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
  uselocale(ctype_only);
  show("CTYPE C.UTF-8 only");
  uselocale(LC_GLOBAL_LOCALE);
  locale_t all_bit = newlocale(1 << LC_ALL, "C.UTF-8", (locale_t)0);
  printf("1 << LC_ALL: %d codeset %s\n", all_bit != (locale_t)0, all_bit ? nl_langinfo_l(CODESET, all_bit) : "-");

  /* Errors. */
  static const struct { const char *what; int mask; const char *name; } bad[] = {
    { "unknown", LC_ALL_MASK, "xx_YY.nowhere" }, { "bad mask", 1 << 20, "C" }, { "NULL name", LC_ALL_MASK, NULL },
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    errno = 0;
    locale_t made = newlocale(bad[i].mask, bad[i].name, (locale_t)0);
    printf("%s: %d errno %s\n", bad[i].what, made != (locale_t)0, strerror(errno));
  }

  /* "" is the environment's choice. */
  setenv("LC_ALL", "C.UTF-8", 1);
  locale_t env = newlocale(LC_ALL_MASK, "", (locale_t)0);
  printf("from environment: codeset %s\n", nl_langinfo_l(CODESET, env));
  unsetenv("LC_ALL");

  /* duplocale of the global locale follows setlocale. */
  setlocale(LC_CTYPE, "C.UTF-8");
  setlocale(LC_TIME, "C");
  locale_t copy = duplocale(LC_GLOBAL_LOCALE);
  setlocale(LC_ALL, "C");
  printf("duplocale(global): codeset %s, global now %s\n", nl_langinfo_l(CODESET, copy), nl_langinfo(CODESET));

  /* setlocale(LC_ALL, NULL)'s list of mixed categories can be given back. */
  setlocale(LC_CTYPE, "C.UTF-8");
  char *list = strdup(setlocale(LC_ALL, NULL));
  setlocale(LC_ALL, "C");
  printf("list back: %s\n", setlocale(LC_ALL, list) ? "set" : "NULL");
  printf("ctype [%s] numeric [%s]\n", setlocale(LC_CTYPE, NULL), setlocale(LC_NUMERIC, NULL));
  printf("list to LC_CTYPE alone: %s\n", setlocale(LC_CTYPE, list) ? "set" : "NULL");
  setlocale(LC_ALL, "C");
  locale_t from_list = newlocale(LC_ALL_MASK, list, (locale_t)0);
  printf("list to newlocale: %d codeset %s\n", from_list != (locale_t)0, from_list ? nl_langinfo_l(CODESET, from_list) : "-");

  free(list);
  freelocale(utf8);
  freelocale(c);
  freelocale(mixed);
  freelocale(ctype_only);
  freelocale(all_bit);
  freelocale(env);
  freelocale(copy);
  if (from_list)
    freelocale(from_list);
  return 0;
}
