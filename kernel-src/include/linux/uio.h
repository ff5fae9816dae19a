/*
 * uio.h - user buffers described by an array of iovecs (readv, writev,
 * sendmsg, recvmsg).  An iov_iter walks such an array as one stream of
 * bytes: the socket layer copies into and out of it without caring how
 * the caller split its buffer.
 */
#ifndef _LINUX_UIO_H
#define _LINUX_UIO_H

#include <linux/types.h>
#include <linux/compiler.h>

#define UIO_MAXIOV	1024

struct iovec {
	void __user *iov_base;
	size_t iov_len;
};

struct iov_iter {
	const struct iovec *iov;	/* the current element (a kernel copy of the array) */
	unsigned long nr_segs;		/* elements left, the current one included */
	size_t iov_offset;		/* bytes of the current element already used */
	size_t count;			/* bytes left in all */
};

/* lib/iov_iter.c */
int import_iovec(const struct iovec __user *uvec, unsigned long nr_segs,
		 struct iovec **iovp, struct iov_iter *i);
void iov_iter_init(struct iov_iter *i, const struct iovec *iov, unsigned long nr_segs, size_t count);
size_t copy_to_iter(const void *addr, size_t bytes, struct iov_iter *i);
size_t copy_from_iter(void *addr, size_t bytes, struct iov_iter *i);

static inline size_t iov_iter_count(const struct iov_iter *i)
{
	return i->count;
}

#endif
