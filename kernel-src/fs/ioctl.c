/* ioctl.c - ioctl(2): device-specific requests, passed to the file's driver. */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/syscalls.h>

SYSCALL_DEFINE3(ioctl, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	if (!f->f_op || !f->f_op->unlocked_ioctl)
		return -ENOTTY;
	return f->f_op->unlocked_ioctl(f, cmd, arg);
}
