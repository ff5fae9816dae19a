/*
 * iov_iter.c - copying between the kernel and a user buffer given as an
 * iovec array, as if the elements were one buffer.  A fault stops the copy
 * short, as copy_to_user does: the caller sees how much got through.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/uio.h>
#include <linux/uaccess.h>

void iov_iter_init(struct iov_iter *i, const struct iovec *iov, unsigned long nr_segs, size_t count)
{
	i->iov = iov;
	i->nr_segs = nr_segs;
	i->iov_offset = 0;
	i->count = count;
}

/*
 * Copy the user's iovec array into a kmalloc'ed one (*iovp: the caller frees
 * it) and set up i to walk it.  The total is capped as Linux caps it.
 */
int import_iovec(const struct iovec __user *uvec, unsigned long nr_segs,
		 struct iovec **iovp, struct iov_iter *i)
{
	struct iovec *iov;
	size_t total = 0;
	unsigned long seg;

	*iovp = NULL;
	if (nr_segs > UIO_MAXIOV)
		return -EINVAL;
	iov = kmalloc(nr_segs * sizeof(*iov) + 1, GFP_KERNEL);
	if (!iov)
		return -ENOMEM;
	if (copy_from_user(iov, uvec, nr_segs * sizeof(*iov))) {
		kfree(iov);
		return -EFAULT;
	}
	for (seg = 0; seg < nr_segs; seg++) {
		if ((ssize_t)iov[seg].iov_len < 0) {
			kfree(iov);
			return -EINVAL;
		}
		if (!access_ok(VERIFY_READ, iov[seg].iov_base, iov[seg].iov_len)) {
			kfree(iov);
			return -EFAULT;
		}
		if (iov[seg].iov_len > (size_t)MAX_RW_COUNT - total)
			iov[seg].iov_len = MAX_RW_COUNT - total;
		total += iov[seg].iov_len;
	}
	*iovp = iov;
	iov_iter_init(i, iov, nr_segs, total);
	return 0;
}

/* Step to the next element with room once the current one is used up. */
static void skip_used(struct iov_iter *i)
{
	while (i->nr_segs && i->iov_offset == i->iov->iov_len) {
		i->iov++;
		i->nr_segs--;
		i->iov_offset = 0;
	}
}

/* Copy between addr and the user buffers; to_user says which way. */
static size_t copy_iter(void *addr, size_t bytes, struct iov_iter *i, int to_user)
{
	size_t done = 0;

	if (bytes > i->count)
		bytes = i->count;
	while (done < bytes) {
		char __user *user;
		size_t n, left;

		skip_used(i);
		if (!i->nr_segs)
			break;
		user = (char __user *)i->iov->iov_base + i->iov_offset;
		n = min_t(size_t, i->iov->iov_len - i->iov_offset, bytes - done);
		left = to_user ? copy_to_user(user, (char *)addr + done, n)
			       : copy_from_user((char *)addr + done, user, n);
		n -= left;
		i->iov_offset += n;
		i->count -= n;
		done += n;
		if (left)
			break;
	}
	return done;
}

size_t copy_to_iter(const void *addr, size_t bytes, struct iov_iter *i)
{
	return copy_iter((void *)addr, bytes, i, 1);
}

size_t copy_from_iter(void *addr, size_t bytes, struct iov_iter *i)
{
	return copy_iter(addr, bytes, i, 0);
}
