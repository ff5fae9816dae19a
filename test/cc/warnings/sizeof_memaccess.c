/* A length measured with sizeof of a pointer where the size of what it points to was meant (-Wsizeof-pointer-memaccess, in -Wall). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

struct S { int a[4]; } s;

int lengths(char *dst, const char *src, int *ip, struct S *ps, char **pp, void *v, char buf[8]) {
  int r = 0;
  memcpy(dst, src, sizeof(dst));
  memcpy(dst, src, sizeof(src));
  memcpy(dst, src, sizeof dst);
  memcpy(ip, src, sizeof(ip));
  memset(ip, 0, sizeof(ip));
  memset(ps, 0, sizeof(ps));
  memcpy(&s, src, sizeof(&s));
  memmove(dst, src, sizeof(src));
  strncpy(dst, src, sizeof(dst));
  strncat(dst, src, sizeof(src));
  r += memcmp(dst, src, sizeof(dst));
  r += memcmp(ip, ps, sizeof(ps));
  r += strncmp(dst, src, sizeof(dst));
  memset(ip, 0, sizeof(int *));
  memcpy(ps, src, sizeof (struct S *));
  memset(v, 0, sizeof(v));
  memset(buf, 0, sizeof(buf));
  r += snprintf(dst, sizeof(dst), "%d", r);
  bzero(ip, sizeof(ip));
  /* what is meant: the size of the pointed-to object, or of a pointer when pointers are copied */
  memset(dst, 0, sizeof(*dst));
  memcpy(ps, src, sizeof(*ps));
  memcpy(pp, src, sizeof(*pp));
  memcpy(pp, src, sizeof(char *));
  memset(&s, 0, sizeof(s));
  return r;
}
