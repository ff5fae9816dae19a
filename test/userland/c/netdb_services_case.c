/*
 * Services from /etc/services (getservbyname, getservbyport, getaddrinfo's and
 * getnameinfo's service names), gethostbyaddr from /etc/hosts, and IPV6_V6ONLY: each
 * answers as glibc's reading the same files.
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void service(const char *name, const char *proto) {
  struct servent *s = getservbyname(name, proto);
  if (s) printf("%s/%s: %s %d %s\n", name, proto ? proto : "*", s->s_name, ntohs((unsigned short)s->s_port), s->s_proto);
  else printf("%s/%s: none\n", name, proto ? proto : "*");
}

int main(void) {
  service("http", "tcp");
  service("www", "tcp");
  service("domain", "udp");
  service("no-such-service", NULL);
  struct servent *p = getservbyport(htons(22), "tcp");
  printf("port 22/tcp: %s\n", p ? p->s_name : "none");
  struct addrinfo hints = { 0 }, *res;
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  int rc = getaddrinfo("127.0.0.1", "http", &hints, &res);
  printf("getaddrinfo http: %d", rc);
  if (rc == 0) {
    printf(" port %d", ntohs(((struct sockaddr_in *)res->ai_addr)->sin_port));
    char host[64], serv[32];
    rc = getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, serv, sizeof serv, 0);
    printf(", getnameinfo %d %s %s", rc, host, serv);
    rc = getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, serv, sizeof serv, NI_NUMERICSERV);
    printf(", numeric %s", serv);
    freeaddrinfo(res);
  }
  printf("\n");
  struct in_addr loop;
  inet_pton(AF_INET, "127.0.0.1", &loop);
  struct hostent *h = gethostbyaddr(&loop, sizeof loop, AF_INET);
  printf("gethostbyaddr 127.0.0.1: %s", h ? h->h_name : "none");
  if (h) printf(" %d %d %s", h->h_addrtype, h->h_length, inet_ntoa(*(struct in_addr *)h->h_addr_list[0]));
  printf("\n");
  int fd = socket(AF_INET6, SOCK_STREAM, 0), on = 1, got = 0;
  socklen_t len = sizeof got;
  if (fd >= 0) {
    int a = setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
    int b = getsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &got, &len);
    printf("IPV6_V6ONLY %d: set %d get %d value %d\n", IPV6_V6ONLY, a, b, got);
    close(fd);
  }
  return 0;
}
