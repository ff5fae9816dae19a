/*
 * <arpa/inet.h>: text to address and back, IPv4 and IPv6, including the
 * forms glibc accepts or rejects at the edges; byte order; and the socket
 * calls, which fail on a system without networking (glibc's succeed, so only
 * that they return is printed, not how).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

static const char *v4[] = {
    "1.2.3.4", "255.255.255.255", "0.0.0.0", "256.1.1.1", "1.2.3", "1.2", "16909060", "0x7f.1", "0x7f000001",
    "010.0.0.1", "1.2.3.4 ", "1.2.3.4x", "", "1..2.3", "01.2.3.4", "1.2.3.4.5", "0xg.1.1.1", "127.1", "1.65536",
    "1.2.65535", "1.0x100.3.4", "4294967295", "4294967296",
};

static const char *v6[] = {
    "::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:0:0:0:0:0:0:8", "fe80::1:2", "2001:db8::ff00:42:8329",
    "::ffff:192.0.2.128", "::192.0.2.128", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1::2", "1::2:",
    "12345::", "1:2:3:4:5:6:7", "0:0:1:0:0:1:0:0", "2001:0DB8:0000:0000:0001:0000:0000:0001", "::ffff:1.2.3",
    "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "a:b:c:d:e:f:0:0", ":::", "1.2.3.4", "::ffff:0:0",
};

int main(void)
{
    struct in_addr a;
    unsigned char buf[16];
    char text[INET6_ADDRSTRLEN];

    for (unsigned i = 0; i < sizeof v4 / sizeof v4[0]; i++) {
        int ok = inet_aton(v4[i], &a);
        printf("aton %-18s %d %08x addr %08x pton %d", v4[i], ok, ok ? ntohl(a.s_addr) : 0, ntohl(inet_addr(v4[i])),
               inet_pton(AF_INET, v4[i], buf));
        printf(" ntoa %s\n", ok ? inet_ntoa(a) : "-");
    }
    for (unsigned i = 0; i < sizeof v6 / sizeof v6[0]; i++) {
        memset(buf, 0xaa, sizeof buf);
        int ok = inet_pton(AF_INET6, v6[i], buf);
        printf("pton6 %-40s %d", v6[i], ok);
        if (ok == 1)
            printf(" -> %s", inet_ntop(AF_INET6, buf, text, sizeof text));
        printf("\n");
    }
    errno = 0;
    printf("bad family %d %d\n", inet_pton(99, "1.2.3.4", buf), errno == EAFNOSUPPORT);
    inet_pton(AF_INET6, "2001:db8::1", buf);
    printf("small buffer %s %d\n", inet_ntop(AF_INET6, buf, text, 5) ? "yes" : "null", errno == ENOSPC);
    printf("byte order %08x %04x %08x %04x\n", htonl(0x01020304), htons(0x0102), ntohl(0x04030201), ntohs(0x0201));
    printf("sizes %zu %zu %zu\n", sizeof(struct sockaddr_in), sizeof(struct sockaddr_in6), sizeof(struct sockaddr_storage));
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    printf("socket returned %s\n", fd >= 0 || errno == ENOSYS || errno == EACCES ? "as the system allows" : "?");
    return 0;
}
