/*
 * in.h - Internet (IPv4) addresses as user space passes them: struct
 * sockaddr_in, in network byte order (big-endian), as Linux lays it out.
 */
#ifndef _UAPI_LINUX_IN_H
#define _UAPI_LINUX_IN_H

#include <linux/types.h>
#include <linux/socket.h>

typedef u16 __be16;
typedef u32 __be32;

#define IPPROTO_IP	0
#define IPPROTO_TCP	6
#define IPPROTO_UDP	17

struct in_addr {
	__be32 s_addr;
};

struct sockaddr_in {
	__kernel_sa_family_t sin_family;
	__be16 sin_port;
	struct in_addr sin_addr;
	unsigned char __pad[8];
};

#define INADDR_ANY		0x00000000U
#define INADDR_BROADCAST	0xffffffffU
#define INADDR_LOOPBACK		0x7f000001U	/* 127.0.0.1 */
#define IN_LOOPBACKNET		127

#endif
