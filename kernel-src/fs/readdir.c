/*
 * readdir.c - getdents64 (and the older getdents): list a directory.
 * The file position counts entries: 0 is ".", 1 is "..", then the
 * directory's names in order.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/syscalls.h>

#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_REG		8
#define DT_LNK		10

static unsigned char dtype(umode_t mode)
{
	switch (mode & S_IFMT) {
	case S_IFIFO: return DT_FIFO;
	case S_IFCHR: return DT_CHR;
	case S_IFDIR: return DT_DIR;
	case S_IFREG: return DT_REG;
	case S_IFLNK: return DT_LNK;
	default: return DT_UNKNOWN;
	}
}

/* The entry at position pos: its name and inode, or 0 past the end. */
static int dir_entry(struct inode *dir, loff_t pos, const char **name, struct inode **inode)
{
	static char made_name[DIRENT_NAME_LEN];	/* a name procfs makes up */
	struct dentry *d;

	if (pos == 0) {
		*name = ".";
		*inode = dir;
		return 1;
	}
	if (pos == 1) {
		*name = "..";
		*inode = dir->i_parent ? dir->i_parent : dir;
		return 1;
	}
	if (dir->i_op && dir->i_op->readdir) {
		*name = made_name;
		return dir->i_op->readdir(dir, pos - 2, made_name, inode);
	}
	for (d = dir->i_subdirs, pos -= 2; d && pos; d = d->d_next, pos--)
		;
	if (!d)
		return 0;
	*name = d->d_name;
	*inode = d->d_inode;
	return 1;
}

/* Shared by both calls; "wide" selects the linux_dirent64 layout. */
static long do_getdents(unsigned int fd, char __user *dirent, unsigned int count, int wide)
{
	static char rec[sizeof(long) * 3 + NAME_MAX + 8];
	struct file *f = fget(fd);
	long written = 0;

	if (!f)
		return -EBADF;
	if (!S_ISDIR(f->f_inode->i_mode))
		return -ENOTDIR;
	if (IS_DEADDIR(f->f_inode))
		return -ENOENT;		/* removed: not even "." and "..", as Linux's iterate_dir */
	for (;;) {
		const char *name;
		struct inode *inode;
		size_t namelen, reclen;

		if (!dir_entry(f->f_inode, f->f_pos, &name, &inode))
			break;
		namelen = strlen(name);
		memset(rec, 0, sizeof(rec));
		if (wide) {
			/* u64 d_ino; s64 d_off; u16 d_reclen; u8 d_type; char d_name[] */
			reclen = (19 + namelen + 1 + 7) & ~7UL;
			*(u64 *)rec = inode->i_ino;
			*(s64 *)(rec + 8) = f->f_pos + 1;
			*(u16 *)(rec + 16) = (u16)reclen;
			rec[18] = (char)dtype(inode->i_mode);
			memcpy(rec + 19, name, namelen);
		} else {
			/* long d_ino; long d_off; u16 d_reclen; char d_name[]; ...; char d_type (last byte) */
			reclen = (18 + namelen + 2 + 7) & ~7UL;
			*(u64 *)rec = inode->i_ino;
			*(s64 *)(rec + 8) = f->f_pos + 1;
			*(u16 *)(rec + 16) = (u16)reclen;
			memcpy(rec + 18, name, namelen);
			rec[reclen - 1] = (char)dtype(inode->i_mode);
		}
		if (written + reclen > count) {
			if (!written)
				return -EINVAL;
			break;
		}
		if (copy_to_user(dirent + written, rec, reclen))
			return -EFAULT;
		written += reclen;
		f->f_pos++;
	}
	return written;
}

SYSCALL_DEFINE3(getdents64, unsigned int, fd, char __user *, dirent, unsigned int, count)
{
	return do_getdents(fd, dirent, count, 1);
}

SYSCALL_DEFINE3(getdents, unsigned int, fd, char __user *, dirent, unsigned int, count)
{
	return do_getdents(fd, dirent, count, 0);
}
