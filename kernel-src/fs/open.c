/*
 * open.c - opening files (open, openat, creat), access checks, and the
 * working directory (chdir, fchdir, getcwd), and fallocate.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/syscalls.h>
#include <linux/cred.h>
#include <uapi/linux/falloc.h>

/*
 * Find (or, with O_CREAT, create) path and return an open file for it.
 * With O_NOFOLLOW a symbolic link as the last component is not followed
 * but refused with ELOOP, as Linux (links earlier in the path are followed).
 */
static struct file *do_filp_open(int dfd, const char *path, int flags, umode_t mode, int *err)
{
	struct inode *inode;
	struct file *f;

	if (flags & O_CREAT)
		inode = open_create(dfd, path, flags, mode, err);
	else
		inode = flags & O_NOFOLLOW ? lnamei(dfd, path, err) : namei(dfd, path, err);
	if (!inode)
		return NULL;

	/* A directory is opened only for reading, and never by a call that may create it. */
	if (S_ISDIR(inode->i_mode) && ((flags & O_CREAT) || (flags & O_ACCMODE) != O_RDONLY)) {
		*err = -EISDIR;
		return NULL;
	}
	if ((flags & O_DIRECTORY) && !S_ISDIR(inode->i_mode)) {
		*err = -ENOTDIR;
		return NULL;
	}
	if (S_ISLNK(inode->i_mode)) {
		*err = -ELOOP;
		return NULL;
	}
	/* Writing to a file (not a device, FIFO or socket) needs a writable file system. */
	if (S_ISREG(inode->i_mode) && ((flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC)) &&
	    mnt_want_write(inode)) {
		*err = -EROFS;
		return NULL;
	}
	if ((flags & O_TRUNC) && S_ISREG(inode->i_mode) && (flags & O_ACCMODE) != O_RDONLY)
		ramfs_resize(inode, 0);

	f = alloc_file(inode, flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_CLOEXEC), inode->i_fop);
	if (!f) {
		*err = -ENOMEM;
		return NULL;
	}
	if (S_ISCHR(inode->i_mode))
		*err = chrdev_open(inode, f);
	else if (S_ISFIFO(inode->i_mode))
		*err = fifo_open(inode, f);
	else if (S_ISSOCK(inode->i_mode))
		*err = -ENXIO;		/* a socket's name is for connect, not open */
	else if (f->f_op && f->f_op->open)
		*err = f->f_op->open(inode, f);
	else
		*err = 0;
	if (*err) {
		fput(f);
		return NULL;
	}
	return f;
}

struct file *filp_open(const char *path, int flags, umode_t mode, int *err)
{
	return do_filp_open(AT_FDCWD, path, flags, mode, err);
}

long do_sys_open(int dfd, const char __user *filename, int flags, umode_t mode)
{
	char path[PATH_MAX];
	struct file *f;
	int fd, err;
	long len = getname(filename, path);

	if (len < 0)
		return len;
	fd = get_unused_fd();
	if (fd < 0)
		return fd;
	f = do_filp_open(dfd, path, flags, mode, &err);
	if (!f)
		return err;
	fd_install(fd, f);
	if (flags & O_CLOEXEC)
		current->files->close_on_exec |= 1UL << fd;
	return fd;
}

SYSCALL_DEFINE3(open, const char __user *, filename, int, flags, umode_t, mode)
{
	return do_sys_open(AT_FDCWD, filename, flags, mode);
}

SYSCALL_DEFINE4(openat, int, dfd, const char __user *, filename, int, flags, umode_t, mode)
{
	return do_sys_open(dfd, filename, flags, mode);
}

SYSCALL_DEFINE2(creat, const char __user *, pathname, umode_t, mode)
{
	return do_sys_open(AT_FDCWD, pathname, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

/*
 * Everyone is root, so what is checked is root's rule: reading and writing are allowed,
 * executing only a directory or a file with some execute bit.
 */
SYSCALL_DEFINE3(faccessat, int, dfd, const char __user *, filename, int, mode)
{
	char path[PATH_MAX];
	int err;
	struct inode *inode;
	long len = getname(filename, path);

	if (len < 0)
		return len;
	if (mode & ~7)
		return -EINVAL;
	inode = namei(dfd, path, &err);
	if (!inode)
		return err;
	if ((mode & MAY_EXEC) && !S_ISDIR(inode->i_mode) && !(inode->i_mode & 0111))
		return -EACCES;
	return 0;
}

SYSCALL_DEFINE2(access, const char __user *, filename, int, mode)
{
	return sys_faccessat(AT_FDCWD, filename, mode);
}

/*
 * The inode a path names (following a final symbolic link unless nofollow),
 * or NULL with *err set: the lookup behind chdir, chroot and the chmod/chown/truncate family.
 */
static struct inode *user_path_inode(int dfd, const char __user *filename, int nofollow, int *err)
{
	char path[PATH_MAX];
	long len = getname(filename, path);

	if (len < 0) {
		*err = (int)len;
		return NULL;
	}
	return nofollow ? lnamei(dfd, path, err) : namei(dfd, path, err);
}

/* Point *slot (the fs_struct's cwd or root) at inode, holding it. */
static void set_fs_inode(struct inode **slot, struct inode *inode)
{
	iget(inode);
	if (*slot)
		iput(*slot);
	*slot = inode;
}

static long set_cwd(struct inode *inode)
{
	if (!S_ISDIR(inode->i_mode))
		return -ENOTDIR;
	set_fs_inode(&current->fs->cwd, inode);
	return 0;
}

SYSCALL_DEFINE1(chdir, const char __user *, filename)
{
	int err;
	struct inode *inode = user_path_inode(AT_FDCWD, filename, 0, &err);

	return inode ? set_cwd(inode) : err;
}

SYSCALL_DEFINE1(fchdir, unsigned int, fd)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	return set_cwd(f->f_inode);
}

/*
 * Make a directory the process's "/" (for its threads sharing CLONE_FS too).  As in
 * Linux the working directory stays where it was, perhaps outside the new root: a
 * program that jails itself chdirs into the jail first.
 */
SYSCALL_DEFINE1(chroot, const char __user *, filename)
{
	int err;
	struct inode *inode = user_path_inode(AT_FDCWD, filename, 0, &err);

	if (!inode)
		return err;
	if (!S_ISDIR(inode->i_mode))
		return -ENOTDIR;
	if (!capable(CAP_SYS_CHROOT))
		return -EPERM;
	set_fs_inode(&current->fs->root, inode);
	return 0;
}

/* The name under which dir appears in its parent. */
static const char *name_in_parent(struct inode *dir)
{
	static char made_name[DIRENT_NAME_LEN];
	struct inode *parent = dir->i_parent, *inode;
	struct dentry *d;
	loff_t pos;

	if (!parent)
		return NULL;
	if (parent->i_op && parent->i_op->readdir) {
		/* procfs makes its names up: find dir by listing them */
		for (pos = 0; parent->i_op->readdir(parent, pos, made_name, &inode); pos++)
			if (inode == dir)
				return made_name;
		return NULL;
	}
	for (d = parent->i_subdirs; d; d = d->d_next)
		if (d->d_inode == dir)
			return d->d_name;
	return NULL;
}

/*
 * Build the path from the root down by walking ".." links up (a mount's root stands
 * where its mountpoint is).  A working directory outside the process's root (left
 * there by chroot) is named from the real root, after "(unreachable)", as Linux does.
 */
SYSCALL_DEFINE2(getcwd, char __user *, buf, unsigned long, size)
{
	static const char unreachable[] = "(unreachable)";
	char path[PATH_MAX];
	int pos = PATH_MAX - 1;
	struct inode *dir = current->fs->cwd ? current->fs->cwd : root_inode;
	struct inode *root = current_root();

	path[pos] = '\0';
	for (;;) {
		const char *name;
		int len;

		if (dir == root || dir == root_inode)
			break;
		if (dir->i_covered) {
			dir = dir->i_covered;
			continue;
		}
		name = name_in_parent(dir);
		if (!name)
			return -ENOENT;		/* the directory was removed */
		len = (int)strlen(name);
		if (pos - len - 1 < 0)
			return -ENAMETOOLONG;
		pos -= len;
		memcpy(path + pos, name, len);
		path[--pos] = '/';
		dir = dir->i_parent;
	}
	if (pos == PATH_MAX - 1)
		path[--pos] = '/';	/* the root itself */
	if (dir != root) {
		if (pos < (int)sizeof(unreachable) - 1)
			return -ENAMETOOLONG;
		pos -= sizeof(unreachable) - 1;
		memcpy(path + pos, unreachable, sizeof(unreachable) - 1);
	}
	if (PATH_MAX - pos > (long)size)
		return -ERANGE;
	if (copy_to_user(buf, path + pos, PATH_MAX - pos))
		return -EFAULT;
	return PATH_MAX - pos;
}

static void touch_ctime(struct inode *inode)
{
	current_time(&inode->i_ctime);
}

static long chmod_inode(struct inode *inode, umode_t mode)
{
	if (mnt_want_write(inode))
		return -EROFS;
	inode->i_mode = (inode->i_mode & S_IFMT) | (mode & 07777);
	touch_ctime(inode);
	return 0;
}

SYSCALL_DEFINE3(fchmodat, int, dfd, const char __user *, filename, umode_t, mode)
{
	int err;
	struct inode *inode = user_path_inode(dfd, filename, 0, &err);

	return inode ? chmod_inode(inode, mode) : err;
}

SYSCALL_DEFINE2(chmod, const char __user *, filename, umode_t, mode)
{
	return sys_fchmodat(AT_FDCWD, filename, mode);
}

SYSCALL_DEFINE2(fchmod, unsigned int, fd, umode_t, mode)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	return chmod_inode(f->f_inode, mode);
}

/* Everyone here is root, who may give a file any owner; -1 leaves an id as it is. */
static long chown_inode(struct inode *inode, uid_t user, gid_t group)
{
	if (mnt_want_write(inode))
		return -EROFS;
	if (user != (uid_t)-1)
		inode->i_uid = user;
	if (group != (gid_t)-1)
		inode->i_gid = group;
	touch_ctime(inode);
	return 0;
}

SYSCALL_DEFINE5(fchownat, int, dfd, const char __user *, filename, uid_t, user, gid_t, group, int, flag)
{
	int err;
	struct inode *inode;

	if (flag & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	inode = user_path_inode(dfd, filename, flag & AT_SYMLINK_NOFOLLOW, &err);
	return inode ? chown_inode(inode, user, group) : err;
}

SYSCALL_DEFINE3(chown, const char __user *, filename, uid_t, user, gid_t, group)
{
	return sys_fchownat(AT_FDCWD, filename, user, group, 0);
}

SYSCALL_DEFINE3(lchown, const char __user *, filename, uid_t, user, gid_t, group)
{
	return sys_fchownat(AT_FDCWD, filename, user, group, AT_SYMLINK_NOFOLLOW);
}

SYSCALL_DEFINE3(fchown, unsigned int, fd, uid_t, user, gid_t, group)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	return chown_inode(f->f_inode, user, group);
}

SYSCALL_DEFINE2(truncate, const char __user *, filename, long, length)
{
	int err;
	struct inode *inode = user_path_inode(AT_FDCWD, filename, 0, &err);

	if (inode && mnt_want_write(inode))
		return -EROFS;
	return inode ? do_truncate(inode, length) : err;
}

/* fallocate's modes that the VFS knows; a file system may support fewer (Linux 4.7) */
#define FALLOC_FL_SUPPORTED_MASK	(FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE | \
					 FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_ZERO_RANGE | \
					 FALLOC_FL_INSERT_RANGE)

/* Linux's checks of a mode against itself, in its order. */
static int falloc_mode_valid(int mode)
{
	if (mode & ~FALLOC_FL_SUPPORTED_MASK)
		return -EOPNOTSUPP;
	if ((mode & FALLOC_FL_PUNCH_HOLE) && (mode & FALLOC_FL_ZERO_RANGE))
		return -EOPNOTSUPP;
	if ((mode & FALLOC_FL_PUNCH_HOLE) && !(mode & FALLOC_FL_KEEP_SIZE))
		return -EOPNOTSUPP;
	if ((mode & FALLOC_FL_COLLAPSE_RANGE) && (mode & ~FALLOC_FL_COLLAPSE_RANGE))
		return -EINVAL;
	if ((mode & FALLOC_FL_INSERT_RANGE) && (mode & ~FALLOC_FL_INSERT_RANGE))
		return -EINVAL;
	return 0;
}

static long vfs_fallocate(struct file *file, int mode, loff_t offset, loff_t len)
{
	struct inode *inode = file->f_inode;
	int err;

	if (offset < 0 || len <= 0)
		return -EINVAL;
	err = falloc_mode_valid(mode);
	if (err)
		return err;
	if (!file_writable(file))
		return -EBADF;
	if (!inode || S_ISFIFO(inode->i_mode))
		return -ESPIPE;
	if (!S_ISREG(inode->i_mode) && !S_ISDIR(inode->i_mode))
		return -ENODEV;
	if (offset + len < 0)
		return -EFBIG;
	if (!file->f_op->fallocate)
		return -EOPNOTSUPP;
	return file->f_op->fallocate(file, mode, offset, len);
}

SYSCALL_DEFINE4(fallocate, int, fd, int, mode, loff_t, offset, loff_t, len)
{
	struct file *f = fget(fd);

	return f ? vfs_fallocate(f, mode, offset, len) : -EBADF;
}
