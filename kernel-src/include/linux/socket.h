/*
 * socket.h - what every socket family shares: addresses, message headers,
 * the MSG_* flags of send and receive, and the family numbers.
 */
#ifndef _LINUX_SOCKET_H
#define _LINUX_SOCKET_H

#include <linux/types.h>
#include <linux/uio.h>
#include <uapi/asm-generic/socket.h>

typedef unsigned short __kernel_sa_family_t;
typedef unsigned short sa_family_t;

struct sockaddr {
	sa_family_t sa_family;
	char sa_data[14];
};

/* Room for any family's address (the kernel copies addresses in here first). */
#define _K_SS_MAXSIZE	128
struct sockaddr_storage {
	__kernel_sa_family_t ss_family;
	char __data[_K_SS_MAXSIZE - sizeof(unsigned short)];
} __attribute__((aligned(8)));

/* sendmsg/recvmsg's header as user space lays it out. */
struct user_msghdr {
	void __user *msg_name;
	int msg_namelen;
	struct iovec __user *msg_iov;
	size_t msg_iovlen;
	void __user *msg_control;
	size_t msg_controllen;
	unsigned int msg_flags;
};

/* sendmmsg/recvmmsg's array: a header and the bytes its message carried. */
struct mmsghdr {
	struct user_msghdr msg_hdr;
	unsigned int msg_len;
};

/* The kernel's: the address is a kernel copy, the data an iov_iter over user buffers. */
struct msghdr {
	void *msg_name;			/* sockaddr_storage in the kernel, or NULL */
	int msg_namelen;
	struct iov_iter msg_iter;
	void __user *msg_control;	/* ancillary data, still in user space */
	size_t msg_controllen;
	unsigned int msg_flags;
};

struct cmsghdr {
	size_t cmsg_len;		/* header and data */
	int cmsg_level;
	int cmsg_type;
};

#define CMSG_ALIGN(len)	(((len) + sizeof(long) - 1) & ~(sizeof(long) - 1))
#define CMSG_LEN(len)	(CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define CMSG_SPACE(len)	(CMSG_ALIGN(sizeof(struct cmsghdr)) + CMSG_ALIGN(len))
#define CMSG_DATA(cmsg)	((void *)((char *)(cmsg) + CMSG_ALIGN(sizeof(struct cmsghdr))))

struct ucred {
	u32 pid;
	u32 uid;
	u32 gid;
};

struct linger {
	int l_onoff;		/* SO_LINGER on */
	int l_linger;		/* seconds */
};

#define AF_UNSPEC	0
#define AF_UNIX		1
#define AF_LOCAL	AF_UNIX
#define AF_INET		2
#define AF_INET6	10
#define AF_MAX		43	/* Linux 4.7's count of families */
#define NPROTO		AF_MAX
#define PF_UNIX		AF_UNIX

#define SOMAXCONN	128

#define MSG_OOB		0x1
#define MSG_PEEK	0x2
#define MSG_CTRUNC	0x8
#define MSG_TRUNC	0x20
#define MSG_DONTWAIT	0x40
#define MSG_EOR		0x80
#define MSG_WAITALL	0x100
#define MSG_NOSIGNAL	0x4000
#define MSG_WAITFORONE	0x10000		/* recvmmsg: wait for the first message only */
#define MSG_CMSG_CLOEXEC 0x40000000
#define MSG_CMSG_COMPAT	0x80000000	/* 32-bit callers' layout: no such callers here */

#endif
