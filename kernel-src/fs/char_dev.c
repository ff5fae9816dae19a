/*
 * char_dev.c - character devices: opening /dev/console and friends picks
 * the driver by the device number in the inode.
 */
#include <linux/kernel.h>
#include <linux/fs.h>

#define TTYAUX_MAJOR	5	/* 5,0 /dev/tty and 5,1 /dev/console */
#define TTY_MAJOR	4	/* /dev/tty0.., /dev/ttyS0.. */
#define MEM_MAJOR	1	/* 1,3 /dev/null and 1,5 /dev/zero */

int chrdev_open(struct inode *inode, struct file *filp)
{
	unsigned int major = MAJOR(inode->i_rdev), minor = MINOR(inode->i_rdev);

	if (major == TTYAUX_MAJOR || major == TTY_MAJOR) {
		filp->f_op = &tty_fops;
		return 0;
	}
	if (major == MEM_MAJOR && minor == 3) {
		filp->f_op = &null_fops;
		return 0;
	}
	if (major == MEM_MAJOR && minor == 5) {
		filp->f_op = &zero_fops;
		return 0;
	}
	return -ENXIO;
}
