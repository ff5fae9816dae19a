/*
 * dprintf writes a message that fits its buffer in one write(), as glibc's does: on a
 * SOCK_SEQPACKET socket each write is one packet, so one recv shows how many there were.
 */
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
	int sv[2];
	char buf[16384];
	ssize_t n;
	int i;

	socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv);
	dprintf(sv[0], "consumer read %lu bytes, %s %d%c\n", 120000UL, "checksum", -7, '!');
	n = recv(sv[1], buf, sizeof(buf), 0);
	printf("first packet: %zd bytes: %.*s", n, (int)n, buf);
	/* Longer than the buffer: whole buffers, then the rest. */
	for (i = 0; i < 9000; i++)
		buf[i] = 'a' + i % 26;
	buf[9000] = 0;
	dprintf(sv[0], "%s|", buf);
	n = recv(sv[1], buf, sizeof(buf), 0);
	printf("long message, first packet: %zd bytes\n", n);
	n = recv(sv[1], buf, sizeof(buf), 0);
	printf("then: %zd bytes\n", n);
	return 0;
}
