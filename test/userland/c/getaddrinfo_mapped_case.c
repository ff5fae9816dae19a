/*
 * getaddrinfo as glibc orders and maps: no host with AI_PASSIVE gives 0.0.0.0 before ::,
 * without it ::1 before 127.0.0.1; AF_INET6 with AI_V4MAPPED gives IPv4 addresses (numeric or
 * from /etc/hosts) as ::ffff:a.b.c.d; without it, EAI_ADDRFAMILY or EAI_NONAME.
 */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>
static void list(const char *what, const char *node, int family, int flags) {
  struct addrinfo hints, *res, *p;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = family;
  hints.ai_flags = flags;
  hints.ai_socktype = SOCK_STREAM;
  int rc = getaddrinfo(node, "80", &hints, &res);
  printf("%s: %s", what, rc ? gai_strerror(rc) : "ok");
  if (rc == 0) {
    for (p = res; p; p = p->ai_next) {
      char text[64];
      void *a = p->ai_family == AF_INET ? (void *)&((struct sockaddr_in *)p->ai_addr)->sin_addr
                                        : (void *)&((struct sockaddr_in6 *)p->ai_addr)->sin6_addr;
      printf(" [%d %s]", p->ai_family, inet_ntop(p->ai_family, a, text, sizeof text));
    }
    freeaddrinfo(res);
  }
  printf("\n");
}

int main(void) {
  list("passive unspec", NULL, AF_UNSPEC, AI_PASSIVE);
  list("active unspec", NULL, AF_UNSPEC, 0);
  list("v6 127.0.0.1", "127.0.0.1", AF_INET6, 0);
  list("v6 127.0.0.1 mapped", "127.0.0.1", AF_INET6, AI_V4MAPPED);
  list("v6 localhost mapped", "localhost", AF_INET6, AI_V4MAPPED);
  list("v6 localhost mapped all", "localhost", AF_INET6, AI_V4MAPPED|AI_ALL);
  list("v6 localhost", "localhost", AF_INET6, 0);
  list("v4 ::1", "::1", AF_INET, 0);
  list("unspec localhost", "localhost", AF_UNSPEC, 0);
  list("v6 passive null mapped", NULL, AF_INET6, AI_PASSIVE|AI_V4MAPPED);
  return 0;
}
