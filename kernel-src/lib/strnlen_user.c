/*
 * strnlen_user.c - the size of a user string including its NUL: 0 if it
 * cannot be read, a value above n if there is no NUL within n bytes.
 */
#include <linux/kernel.h>
#include <linux/uaccess.h>

long strnlen_user(const char __user *str, long n)
{
	long len;

	for (len = 0; len < n; len++) {
		unsigned long c;

		if (__get_user_1(str + len, &c))
			return 0;
		if (!c)
			return len + 1;
	}
	return n + 1;
}
