/*
 * Interfaces Tcl's configure and sources look for, as glibc declares them: in6addr_any,
 * in6addr_loopback and the IN6_IS_ADDR_* tests, fd_mask and NFDBITS, sysconf's
 * _SC_GETPW_R_SIZE_MAX and _SC_GETGR_R_SIZE_MAX, and the modem-control ioctls.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <termios.h>
#include <unistd.h>

static void kinds(const char *text) {
  struct in6_addr a;
  inet_pton(AF_INET6, text, &a);
  printf("%-22s unspec %d loop %d multi %d link %d site %d v4mapped %d v4compat %d any %d\n", text,
         IN6_IS_ADDR_UNSPECIFIED(&a), IN6_IS_ADDR_LOOPBACK(&a), IN6_IS_ADDR_MULTICAST(&a), IN6_IS_ADDR_LINKLOCAL(&a),
         IN6_IS_ADDR_SITELOCAL(&a), IN6_IS_ADDR_V4MAPPED(&a), IN6_IS_ADDR_V4COMPAT(&a), IN6_ARE_ADDR_EQUAL(&a, &in6addr_any));
}

int main(void) {
  static const struct in6_addr any = IN6ADDR_ANY_INIT, loop = IN6ADDR_LOOPBACK_INIT;
  char text[INET6_ADDRSTRLEN];
  printf("%s ", inet_ntop(AF_INET6, &in6addr_any, text, sizeof text));
  printf("%s %d %d\n", inet_ntop(AF_INET6, &in6addr_loopback, text, sizeof text), IN6_ARE_ADDR_EQUAL(&any, &in6addr_any),
         IN6_ARE_ADDR_EQUAL(&loop, &in6addr_loopback));
  const char *samples[] = { "::", "::1", "ff02::1", "fe80::1", "fec0::5", "::ffff:10.0.0.1", "::10.0.0.1", "2001:db8::7" };
  for (int i = 0; i < 8; i++) kinds(samples[i]);
  printf("NFDBITS %d fd_mask %zu\n", (int)NFDBITS, sizeof(fd_mask));
  printf("getpw_r %ld getgr_r %ld\n", sysconf(_SC_GETPW_R_SIZE_MAX), sysconf(_SC_GETGR_R_SIZE_MAX));
  printf("TIOCMGET %#x TIOCMSET %#x TIOCMBIS %#x TIOCMBIC %#x DTR %#x RTS %#x CTS %#x CD %#x RI %#x DSR %#x\n", TIOCMGET, TIOCMSET,
         TIOCMBIS, TIOCMBIC, TIOCM_DTR, TIOCM_RTS, TIOCM_CTS, TIOCM_CD, TIOCM_RI, TIOCM_DSR);
  return 0;
}
