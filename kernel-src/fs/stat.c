/* stat.c - stat, lstat, fstat, newfstatat: an inode's metadata. */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/syscalls.h>

static int cp_new_stat(struct inode *inode, struct stat __user *statbuf)
{
	struct stat tmp;

	memset(&tmp, 0, sizeof(tmp));
	tmp.st_dev = inode->i_sb->s_dev ? inode->i_sb->s_dev : 1;
	tmp.st_ino = inode->i_ino;
	if (S_ISDIR(inode->i_mode))
		tmp.st_nlink = IS_DEADDIR(inode) ? 0 : 2;
	else if (inode->i_nlink || inode->i_sb == &rootfs_sb)
		tmp.st_nlink = inode->i_nlink;	/* 0: removed, or a memfd's */
	else
		tmp.st_nlink = 1;		/* a pipe's, a socket's: their file system's only name */
	tmp.st_mode = inode->i_mode;
	tmp.st_rdev = ((inode->i_rdev >> 8) & 0xfff) << 8 | (inode->i_rdev & 0xff);
	tmp.st_size = S_ISREG(inode->i_mode) || S_ISLNK(inode->i_mode) ? inode->i_size : 0;
	tmp.st_blksize = 4096;
	tmp.st_blocks = (tmp.st_size + 511) / 512;
	tmp.st_uid = inode->i_uid;
	tmp.st_gid = inode->i_gid;
	tmp.st_atime = inode->i_atime.tv_sec;
	tmp.st_atime_nsec = inode->i_atime.tv_nsec;
	tmp.st_mtime = inode->i_mtime.tv_sec;
	tmp.st_mtime_nsec = inode->i_mtime.tv_nsec;
	tmp.st_ctime = inode->i_ctime.tv_sec;
	tmp.st_ctime_nsec = inode->i_ctime.tv_nsec;
	return copy_to_user(statbuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

static long do_stat(int dfd, const char __user *filename, struct stat __user *statbuf, int flag)
{
	char path[PATH_MAX];
	struct inode *inode;
	int err;
	long len = strncpy_from_user(path, filename, PATH_MAX);

	if (len < 0)
		return len;
	if (len == PATH_MAX)
		return -ENAMETOOLONG;
	if (len == 0) {
		struct file *f;

		if (!(flag & AT_EMPTY_PATH))
			return -ENOENT;
		f = dfd == AT_FDCWD ? NULL : fget(dfd);
		if (dfd == AT_FDCWD)
			return cp_new_stat(current->fs->cwd ? current->fs->cwd : root_inode, statbuf);
		if (!f)
			return -EBADF;
		return cp_new_stat(f->f_inode, statbuf);
	}
	inode = (flag & AT_SYMLINK_NOFOLLOW) ? lnamei(dfd, path, &err) : namei(dfd, path, &err);
	if (!inode)
		return err;
	return cp_new_stat(inode, statbuf);
}

SYSCALL_DEFINE2(newstat, const char __user *, filename, struct stat __user *, statbuf)
{
	return do_stat(AT_FDCWD, filename, statbuf, 0);
}

SYSCALL_DEFINE2(newlstat, const char __user *, filename, struct stat __user *, statbuf)
{
	return do_stat(AT_FDCWD, filename, statbuf, AT_SYMLINK_NOFOLLOW);
}

SYSCALL_DEFINE4(newfstatat, int, dfd, const char __user *, filename,
		struct stat __user *, statbuf, int, flag)
{
	return do_stat(dfd, filename, statbuf, flag);
}

SYSCALL_DEFINE2(newfstat, unsigned int, fd, struct stat __user *, statbuf)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	if (!f->f_inode)
		return -EBADF;
	return cp_new_stat(f->f_inode, statbuf);
}
