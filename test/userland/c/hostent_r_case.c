/*
 * gethostbyname_r, gethostbyname2(_r) and gethostbyaddr_r, as glibc answers from
 * /etc/hosts and numeric names: the entry, "not found" as 0 with a NULL result and
 * HOST_NOT_FOUND, ERANGE for a small buffer, EAFNOSUPPORT for a bad family or length.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

static void show(const char *what, int rc, struct hostent *res, int herr) {
  printf("%-22s rc %d result %s", what, rc, res ? "set" : "NULL");
  if (!res) {
    printf(" h_errno %d\n", herr);
    return;
  }
  char text[INET6_ADDRSTRLEN];
  printf(" name %s type %d length %d", res->h_name, res->h_addrtype, res->h_length);
  for (char **a = res->h_aliases; *a; a++)
    printf(" alias %s", *a);
  for (char **a = res->h_addr_list; *a; a++)
    printf(" addr %s", inet_ntop(res->h_addrtype, *a, text, sizeof text));
  printf("\n");
}

int main(void) {
  static const char *const names[] = { "localhost", "LocalHost", "127.0.0.1", "::1", "nosuch.invalid" };
  struct hostent h, *res;
  char buf[1024], line[64];
  int herr, rc;

  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    herr = -7;
    rc = gethostbyname_r(names[i], &h, buf, sizeof buf, &res, &herr);
    show(names[i], rc, res, herr);
    herr = -7;
    rc = gethostbyname2_r(names[i], AF_INET6, &h, buf + 1, sizeof buf - 1, &res, &herr);
    snprintf(line, sizeof line, "%s (v6)", names[i]);
    show(line, rc, res, herr);
    res = gethostbyname2(names[i], AF_INET);
    snprintf(line, sizeof line, "%s (2, v4)", names[i]);
    show(line, 0, res, res ? 0 : h_errno);
  }
  herr = -7;
  rc = gethostbyname_r("localhost", &h, buf, 8, &res, &herr);
  printf("8-byte buffer: rc %s result %s h_errno %d\n", strerror(rc), res ? "set" : "NULL", herr);
  herr = -7;
  rc = gethostbyname2_r("localhost", 12345, &h, buf, sizeof buf, &res, &herr);
  printf("bad family: rc %s result %s h_errno %d\n", strerror(rc), res ? "set" : "NULL", herr);
  errno = 0;
  res = gethostbyname2("localhost", 12345);
  printf("bad family (2): %s errno %s\n", res ? "set" : "NULL", strerror(errno));

  struct in_addr addr;
  inet_pton(AF_INET, "127.0.0.1", &addr);
  rc = gethostbyaddr_r(&addr, sizeof addr, AF_INET, &h, buf, sizeof buf, &res, &herr);
  show("addr 127.0.0.1", rc, res, herr);
  inet_pton(AF_INET, "10.9.8.7", &addr);
  rc = gethostbyaddr_r(&addr, sizeof addr, AF_INET, &h, buf, sizeof buf, &res, &herr);
  show("addr 10.9.8.7", rc, res, herr);
  herr = -7;
  rc = gethostbyaddr_r(&addr, 3, AF_INET, &h, buf, sizeof buf, &res, &herr);
  printf("addr length 3: rc %s result %s h_errno %d\n", strerror(rc), res ? "set" : "NULL", herr);
  errno = 0;
  res = gethostbyaddr(&addr, 3, AF_INET);
  printf("gethostbyaddr length 3: %s errno %s h_errno %d\n", res ? "set" : "NULL", strerror(errno), h_errno);

  /* The classic entry is overwritten by the next call; the reentrant ones are not. */
  struct hostent *first = gethostbyname("localhost");
  rc = gethostbyname_r("127.0.0.1", &h, buf, sizeof buf, &res, &herr);
  printf("static entry kept: %s, own entry %s\n", first->h_name, res->h_name);
  printf("NETDB_INTERNAL %d NETDB_SUCCESS %d NO_ADDRESS %d\n", NETDB_INTERNAL, NETDB_SUCCESS, NO_ADDRESS);
  return 0;
}
