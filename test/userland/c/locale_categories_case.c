/*
 * Each locale category is set on its own, as in glibc: LC_NUMERIC back to "C" leaves
 * LC_CTYPE's UTF-8 (gawk does this at start-up), setlocale(LC_ALL, NULL) lists mixed
 * categories in glibc's form, "" reads LC_ALL, then LC_<CATEGORY>, then LANG, and an
 * unknown locale changes nothing. localeconv has C99's int_* members, as glibc's.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static void show(const char *what) {
  mbstate_t st;
  wchar_t wc = 0;
  memset(&st, 0, sizeof st);
  long n = (long)mbrtowc(&wc, "\xe5\xbe\x88", 3, &st);
  printf("%-24s ctype=%s mb_cur_max=%d mbrtowc=%ld\n", what, setlocale(LC_CTYPE, NULL), (int)MB_CUR_MAX, n);
}

int main(void) {
  printf("[%s]\n", setlocale(LC_ALL, NULL));
  setlocale(LC_CTYPE, "C.UTF-8");
  show("LC_CTYPE C.UTF-8");
  setlocale(LC_NUMERIC, "C");
  show("then LC_NUMERIC C");
  printf("[%s]\n", setlocale(LC_ALL, NULL));
  printf("[%s]\n", setlocale(LC_ALL, "C.UTF-8"));
  printf("[%s]\n", setlocale(LC_NUMERIC, "POSIX"));
  printf("[%s]\n", setlocale(LC_ALL, NULL));
  printf("[%s]\n", setlocale(LC_TIME, "xx_YY") ? "set" : "NULL");
  printf("[%s]\n", setlocale(LC_ALL, "xx_YY") ? "set" : "NULL");
  printf("[%s]\n", setlocale(LC_ALL, "C"));
  unsetenv("LC_ALL");
  setenv("LANG", "C.UTF-8", 1);
  setenv("LC_TIME", "C", 1);
  printf("[%s]\n", setlocale(LC_ALL, ""));
  show("LANG C.UTF-8, LC_TIME C");
  setenv("LC_ALL", "C", 1);
  printf("[%s]\n", setlocale(LC_ALL, ""));
  show("LC_ALL C");
  struct lconv *l = localeconv();
  printf("lconv %zu bytes: \"%s\" %d %d %d %d %d %d\n", sizeof *l, l->decimal_point, l->int_p_cs_precedes, l->int_p_sep_by_space,
         l->int_n_cs_precedes, l->int_n_sep_by_space, l->int_p_sign_posn, l->int_n_sign_posn);
  return 0;
}
