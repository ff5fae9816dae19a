/*
 * statfs.c - statfs and fstatfs: what a file system is (f_type), its block
 * size and name length, how it is mounted (f_flags), and, for one that
 * counts them, its blocks.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/statfs.h>
#include <linux/syscalls.h>

/* What every file system reports (Linux's simple_statfs), then what only it knows. */
static void vfs_statfs(struct super_block *sb, struct kstatfs *buf)
{
	memset(buf, 0, sizeof(*buf));
	buf->f_type = sb->s_magic;
	buf->f_bsize = buf->f_frsize = PAGE_SIZE;
	buf->f_namelen = NAME_MAX;
	buf->f_flags = ST_VALID | sb->s_mnt_flags;
	if (sb->statfs)
		sb->statfs(sb, buf);
}

static long put_statfs(struct inode *inode, struct statfs __user *ubuf)
{
	struct kstatfs buf;

	vfs_statfs(inode->i_sb, &buf);
	return copy_to_user(ubuf, &buf, sizeof(buf)) ? -EFAULT : 0;
}

SYSCALL_DEFINE2(statfs, const char __user *, pathname, struct statfs __user *, buf)
{
	char path[PATH_MAX];
	struct inode *inode;
	int err;
	long len = getname(pathname, path);

	if (len < 0)
		return len;
	inode = namei(AT_FDCWD, path, &err);
	return inode ? put_statfs(inode, buf) : err;
}

SYSCALL_DEFINE2(fstatfs, unsigned int, fd, struct statfs __user *, buf)
{
	struct file *f = fget(fd);

	if (!f || !f->f_inode)
		return -EBADF;
	return put_statfs(f->f_inode, buf);
}
