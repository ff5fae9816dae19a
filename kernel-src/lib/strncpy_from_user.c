/*
 * strncpy_from_user.c - copy a NUL-terminated string from user space.
 *
 * Returns the string's length (the NUL is copied too), count if there
 * was no NUL within count bytes (dst is then not terminated), or -EFAULT
 * if the string runs into a bad or non-user address first.
 */
#include <linux/kernel.h>
#include <linux/uaccess.h>

long strncpy_from_user(char *dst, const char __user *src, long count)
{
	unsigned long max_addr = user_addr_max();
	unsigned long src_addr = (unsigned long)src;
	long max, res;

	if (count <= 0)
		return 0;
	if (src_addr >= max_addr)
		return -EFAULT;
	max = count;
	if ((unsigned long)max > max_addr - src_addr)
		max = (long)(max_addr - src_addr);
	for (res = 0; res < max; res++) {
		unsigned long c;

		if (__get_user_1(src + res, &c))
			return -EFAULT;
		dst[res] = (char)c;
		if (!c)
			return res;
	}
	if (res == count)
		return count;
	return -EFAULT;		/* reached the end of user space */
}
