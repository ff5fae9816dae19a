/*
 * namei.c - turning path names into inodes, and the calls that add or
 * remove names: mkdir, mknod, unlink, rmdir, rename, symlink, readlink.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/syscalls.h>

#define MAX_SYMLINKS	8

/* The directory a relative path starts from: the cwd, or an open directory. */
static struct inode *start_dir(int dfd, const char *path, int *err)
{
	struct file *f;

	if (path[0] == '/')
		return root_inode;
	if (dfd == AT_FDCWD)
		return current->fs->cwd ? current->fs->cwd : root_inode;
	f = fget(dfd);
	if (!f) {
		*err = -EBADF;
		return NULL;
	}
	if (!S_ISDIR(f->f_inode->i_mode)) {
		*err = -ENOTDIR;
		return NULL;
	}
	return f->f_inode;
}

static struct inode *walk(struct inode *dir, const char *path, int follow_last,
			  int depth, int *err);

/* A symlink's target text (at most len bytes, into kernel memory): its length. */
static size_t read_link(struct inode *link, char *buf, size_t len)
{
	if (link->i_op && link->i_op->get_link) {
		int n = link->i_op->get_link(link, buf, (int)len);

		return n < 0 ? 0 : (size_t)n;
	}
	return ramfs_read_data(link, 0, buf, len, 0);
}

/* A symlink's target, resolved from the directory holding the link. */
static struct inode *follow_link(struct inode *dir, struct inode *link, int depth, int *err)
{
	size_t len = link->i_size < PATH_MAX - 1 && !link->i_op ? (size_t)link->i_size : PATH_MAX - 1;
	struct inode *inode;
	char *target;

	if (depth >= MAX_SYMLINKS) {
		*err = -ELOOP;
		return NULL;
	}
	target = kmalloc(len + 1, GFP_KERNEL);	/* not on the stack: this recurses */
	if (!target) {
		*err = -ENOMEM;
		return NULL;
	}
	len = read_link(link, target, len);
	target[len] = '\0';
	inode = walk(target[0] == '/' ? root_inode : dir, target, 1, depth + 1, err);
	kfree(target);
	return inode;
}

/* Resolve path component by component, starting at dir. */
static struct inode *walk(struct inode *dir, const char *path, int follow_last,
			  int depth, int *err)
{
	struct inode *inode = dir;

	for (;;) {
		const char *name;
		int len, last, slash;

		while (*path == '/')
			path++;
		if (!*path)
			return inode;
		name = path;
		while (*path && *path != '/')
			path++;
		len = (int)(path - name);
		slash = *path == '/';
		while (*path == '/')
			path++;
		last = !*path;

		if (!S_ISDIR(inode->i_mode)) {
			*err = -ENOTDIR;
			return NULL;
		}
		if (len > NAME_MAX) {
			*err = -ENAMETOOLONG;
			return NULL;
		}
		dir = inode;
		if (len == 1 && name[0] == '.')
			continue;
		if (len == 2 && name[0] == '.' && name[1] == '.') {
			inode = dir->i_parent ? dir->i_parent : root_inode;
			continue;
		}
		inode = ramfs_lookup(dir, name, len);
		if (!inode) {
			*err = -ENOENT;
			return NULL;
		}
		/* A trailing slash asks for a directory: a link there is followed, even by lstat. */
		if (S_ISLNK(inode->i_mode) && (!last || follow_last || slash)) {
			inode = follow_link(dir, inode, depth, err);
			if (!inode)
				return NULL;
		}
	}
}

static struct inode *namei_flags(int dfd, const char *path, int follow, int *err)
{
	struct inode *dir;

	*err = 0;
	if (!*path) {
		*err = -ENOENT;
		return NULL;
	}
	dir = start_dir(dfd, path, err);
	if (!dir)
		return NULL;
	return walk(dir, path, follow, 0, err);
}

struct inode *namei(int dfd, const char *path, int *err)
{
	return namei_flags(dfd, path, 1, err);
}

struct inode *lnamei(int dfd, const char *path, int *err)
{
	return namei_flags(dfd, path, 0, err);
}

/* The directory that holds path's last component, which *last points to. */
struct inode *nameiparent(int dfd, const char *path, const char **last, int *lastlen, int *err)
{
	char dirpath[PATH_MAX];
	const char *end = path + strlen(path), *slash;
	struct inode *dir;

	*err = 0;
	while (end > path + 1 && end[-1] == '/')
		end--;
	for (slash = end; slash > path && slash[-1] != '/'; slash--)
		;
	*last = slash;
	*lastlen = (int)(end - slash);
	if (*lastlen == 0 || (*lastlen == 1 && slash[0] == '.') ||
	    (*lastlen == 2 && slash[0] == '.' && slash[1] == '.')) {
		*err = *lastlen ? -EINVAL : -ENOENT;
		if (*lastlen == 0 && path[0] == '/')
			*err = -EEXIST;
		return NULL;
	}
	memcpy(dirpath, path, slash - path);
	dirpath[slash - path] = '\0';
	dir = start_dir(dfd, path, err);
	if (!dir)
		return NULL;
	dir = walk(dir, dirpath, 1, 0, err);
	if (dir && !S_ISDIR(dir->i_mode)) {
		*err = -ENOTDIR;
		return NULL;
	}
	return dir;
}

/* Copy a path from user space into buf (PATH_MAX bytes). */
long getname(const char __user *filename, char *buf)
{
	long len = strncpy_from_user(buf, filename, PATH_MAX);

	if (len < 0)
		return len;
	if (len == PATH_MAX)
		return -ENAMETOOLONG;
	if (len == 0)
		return -ENOENT;
	return len;
}

static int do_mknodat(int dfd, const char *path, umode_t mode, dev_t dev)
{
	const char *last;
	int lastlen, err;
	struct inode *dir = nameiparent(dfd, path, &last, &lastlen, &err);
	struct inode *inode;

	if (!dir)
		return err;
	if (ramfs_lookup(dir, last, lastlen))
		return -EEXIST;
	inode = ramfs_get_inode(mode, dev);
	if (!inode)
		return -ENOMEM;
	err = ramfs_link(dir, last, lastlen, inode);
	if (err)
		kfree(inode);
	return err;
}

int vfs_mknod(const char *path, umode_t mode, dev_t dev)
{
	return do_mknodat(AT_FDCWD, path, mode, dev);
}

int vfs_mkdir(const char *path, umode_t mode)
{
	return do_mknodat(AT_FDCWD, path, S_IFDIR | (mode & 07777), 0);
}

SYSCALL_DEFINE3(mkdirat, int, dfd, const char __user *, pathname, umode_t, mode)
{
	char path[PATH_MAX];
	long err = getname(pathname, path);

	if (err < 0)
		return err;
	return do_mknodat(dfd, path, S_IFDIR | (mode & 07777 & ~current->fs->umask), 0);
}

SYSCALL_DEFINE2(mkdir, const char __user *, pathname, umode_t, mode)
{
	return sys_mkdirat(AT_FDCWD, pathname, mode);
}

SYSCALL_DEFINE4(mknodat, int, dfd, const char __user *, filename, umode_t, mode, unsigned, dev)
{
	char path[PATH_MAX];
	long err = getname(filename, path);

	if (err < 0)
		return err;
	if (!(mode & S_IFMT))
		mode |= S_IFREG;
	if (S_ISDIR(mode) || S_ISLNK(mode))
		return -EINVAL;
	return do_mknodat(dfd, path, (mode & S_IFMT) | (mode & 07777 & ~current->fs->umask),
			  ((dev >> 8) & 0xfff) << 8 | (dev & 0xff));
}

SYSCALL_DEFINE3(mknod, const char __user *, filename, umode_t, mode, unsigned, dev)
{
	return sys_mknodat(AT_FDCWD, filename, mode, dev);
}

static int do_unlinkat(int dfd, const char __user *pathname, int rmdir)
{
	char path[PATH_MAX];
	const char *last;
	int lastlen, err;
	struct inode *dir, *inode;

	err = (int)getname(pathname, path);
	if (err < 0)
		return err;
	dir = nameiparent(dfd, path, &last, &lastlen, &err);
	if (!dir)
		return err;
	inode = ramfs_lookup(dir, last, lastlen);
	if (!inode)
		return -ENOENT;
	if (rmdir) {
		if (!S_ISDIR(inode->i_mode))
			return -ENOTDIR;
		if (inode->i_subdirs)
			return -ENOTEMPTY;
		if (inode == root_inode || inode == current->fs->cwd)
			return -EBUSY;
		if (inode->i_op && !dir->i_op)
			return -EBUSY;		/* /proc: where procfs is mounted */
	} else if (S_ISDIR(inode->i_mode)) {
		return -EISDIR;
	}
	return ramfs_unlink(dir, last, lastlen);
}

SYSCALL_DEFINE3(unlinkat, int, dfd, const char __user *, pathname, int, flag)
{
	if (flag & ~AT_REMOVEDIR)
		return -EINVAL;
	return do_unlinkat(dfd, pathname, flag & AT_REMOVEDIR);
}

SYSCALL_DEFINE1(unlink, const char __user *, pathname)
{
	return do_unlinkat(AT_FDCWD, pathname, 0);
}

SYSCALL_DEFINE1(rmdir, const char __user *, pathname)
{
	return do_unlinkat(AT_FDCWD, pathname, 1);
}

SYSCALL_DEFINE4(renameat, int, olddfd, const char __user *, oldname, int, newdfd, const char __user *, newname)
{
	static char oldpath[PATH_MAX], newpath[PATH_MAX];
	const char *oldlast, *newlast;
	int oldlen, newlen, err;
	struct inode *olddir, *newdir, *inode, *target;

	if ((err = (int)getname(oldname, oldpath)) < 0 || (err = (int)getname(newname, newpath)) < 0)
		return err;
	olddir = nameiparent(olddfd, oldpath, &oldlast, &oldlen, &err);
	if (!olddir)
		return err;
	newdir = nameiparent(newdfd, newpath, &newlast, &newlen, &err);
	if (!newdir)
		return err;
	inode = ramfs_lookup(olddir, oldlast, oldlen);
	if (!inode)
		return -ENOENT;
	target = ramfs_lookup(newdir, newlast, newlen);
	if (target == inode)
		return 0;
	if (target) {
		if (S_ISDIR(target->i_mode) && target->i_subdirs)
			return -ENOTEMPTY;
		ramfs_unlink(newdir, newlast, newlen);
	}
	iget(inode);			/* keep it alive between unlink and link */
	ramfs_unlink(olddir, oldlast, oldlen);
	err = ramfs_link(newdir, newlast, newlen, inode);
	iput(inode);
	return err;
}

SYSCALL_DEFINE2(rename, const char __user *, oldname, const char __user *, newname)
{
	return sys_renameat(AT_FDCWD, oldname, AT_FDCWD, newname);
}

SYSCALL_DEFINE3(symlinkat, const char __user *, oldname, int, newdfd, const char __user *, newname)
{
	static char target[PATH_MAX], path[PATH_MAX];
	const char *last;
	int lastlen, err;
	long len;
	struct inode *dir, *inode;

	len = getname(oldname, target);
	if (len < 0)
		return len;
	if ((err = (int)getname(newname, path)) < 0)
		return err;
	dir = nameiparent(newdfd, path, &last, &lastlen, &err);
	if (!dir)
		return err;
	if (ramfs_lookup(dir, last, lastlen))
		return -EEXIST;
	inode = ramfs_get_inode(S_IFLNK | 0777, 0);
	if (!inode)
		return -ENOMEM;
	ramfs_write_data(inode, 0, target, len, 0);
	return ramfs_link(dir, last, lastlen, inode);
}

SYSCALL_DEFINE2(symlink, const char __user *, oldname, const char __user *, newname)
{
	return sys_symlinkat(oldname, AT_FDCWD, newname);
}

SYSCALL_DEFINE4(readlinkat, int, dfd, const char __user *, pathname, char __user *, buf, int, bufsiz)
{
	char path[PATH_MAX];
	int err;
	struct inode *inode;
	long len = getname(pathname, path);

	if (len < 0)
		return len;
	if (bufsiz <= 0)
		return -EINVAL;
	inode = lnamei(dfd, path, &err);
	if (!inode)
		return err;
	if (!S_ISLNK(inode->i_mode))
		return -EINVAL;
	if (inode->i_op && inode->i_op->get_link) {
		len = inode->i_op->get_link(inode, path, PATH_MAX);
		if (len < 0)
			return len;
		if (len > bufsiz)
			len = bufsiz;
		return copy_to_user(buf, path, len) ? -EFAULT : len;
	}
	len = inode->i_size < bufsiz ? inode->i_size : bufsiz;
	return ramfs_read_data(inode, 0, buf, len, 1);
}

SYSCALL_DEFINE3(readlink, const char __user *, path, char __user *, buf, int, bufsiz)
{
	return sys_readlinkat(AT_FDCWD, path, buf, bufsiz);
}

SYSCALL_DEFINE5(linkat, int, olddfd, const char __user *, oldname,
		int, newdfd, const char __user *, newname, int, flags)
{
	static char oldpath[PATH_MAX], newpath[PATH_MAX];
	const char *last;
	int lastlen, err;
	struct inode *inode, *dir;

	if ((err = (int)getname(oldname, oldpath)) < 0 || (err = (int)getname(newname, newpath)) < 0)
		return err;
	inode = lnamei(olddfd, oldpath, &err);
	if (!inode)
		return err;
	if (S_ISDIR(inode->i_mode))
		return -EPERM;
	dir = nameiparent(newdfd, newpath, &last, &lastlen, &err);
	if (!dir)
		return err;
	return ramfs_link(dir, last, lastlen, inode);
}

SYSCALL_DEFINE2(link, const char __user *, oldname, const char __user *, newname)
{
	return sys_linkat(AT_FDCWD, oldname, AT_FDCWD, newname, 0);
}
