/*
 * usercopy_64.c - copy_from_user, copy_to_user, clear_user: check the
 * range with access_ok(), then let the fault-tolerant assembly copy.
 * All return the number of bytes that could NOT be copied.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/uaccess.h>

unsigned long __clear_user(void __user *to, unsigned long n);

unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	unsigned long left = n;

	if (access_ok(VERIFY_READ, from, n))
		left = copy_user_generic(to, (const void *)from, n);
	/* Never leave kernel memory holding stale data. */
	if (left)
		memset((char *)to + (n - left), 0, left);
	return left;
}

unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	if (!access_ok(VERIFY_WRITE, to, n))
		return n;
	return copy_user_generic((void *)to, from, n);
}

unsigned long clear_user(void __user *to, unsigned long n)
{
	if (!access_ok(VERIFY_WRITE, to, n))
		return n;
	return __clear_user(to, n);
}
