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

#define MAX_SYMLINKS	40	/* links followed in one lookup, nested or not (Linux's MAXSYMLINKS) */

/* The calling process's "/": the real root unless it called chroot. */
struct inode *current_root(void)
{
	return current->fs->root ? current->fs->root : root_inode;
}

/* The directory a path starts from: the root, the cwd, or an open directory. */
static struct inode *start_dir(int dfd, const char *path, int *err)
{
	struct file *f;

	if (path[0] == '/')
		return follow_mounts(current_root());
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

static struct inode *walk(struct inode *dir, const char *path, const char *end,
			  int follow_last, int *links, int *err);

/* A symlink's target text (at most len bytes, into kernel memory): its length. */
static size_t read_link(struct inode *link, char *buf, size_t len)
{
	if (link->i_op && link->i_op->get_link) {
		int n = link->i_op->get_link(link, buf, (int)len);

		return n < 0 ? 0 : (size_t)n;
	}
	return ramfs_read_data(link, 0, buf, len, 0);
}

/* A symlink's target as a string in memory of its own (not on the stack: links nest). */
static char *get_link(struct inode *link, int *err)
{
	size_t len = link->i_size < PATH_MAX - 1 && !link->i_op ? (size_t)link->i_size : PATH_MAX - 1;
	char *target = kmalloc(len + 1, GFP_KERNEL);

	if (!target) {
		*err = -ENOMEM;
		return NULL;
	}
	len = read_link(link, target, len);
	target[len] = '\0';
	return target;
}

/* A symlink's target, resolved from the directory holding the link. */
static struct inode *follow_link(struct inode *dir, struct inode *link, int *links, int *err)
{
	struct inode *inode;
	char *target;

	if ((*links)++ >= MAX_SYMLINKS) {
		*err = -ELOOP;
		return NULL;
	}
	target = get_link(link, err);
	if (!target)
		return NULL;
	inode = walk(target[0] == '/' ? current_root() : dir, target, target + strlen(target),
		     1, links, err);
	kfree(target);
	return inode;
}

/*
 * "..": the parent, from where a mount's root stands (its mountpoint), and what is
 * mounted there.  Of the process's root, the root itself: a chroot jail has no way up.
 */
static struct inode *dotdot(struct inode *dir)
{
	dir = mountpoint_of(dir);
	if (dir == current_root())
		return follow_mounts(dir);
	return follow_mounts(dir->i_parent ? dir->i_parent : root_inode);
}

/* Resolve path (up to end) component by component, starting at dir. */
static struct inode *walk(struct inode *dir, const char *path, const char *end,
			  int follow_last, int *links, int *err)
{
	struct inode *inode = dir;

	for (;;) {
		const char *name;
		int len, last, slash;

		while (path < end && *path == '/')
			path++;
		if (path == end)
			return inode;
		name = path;
		while (path < end && *path != '/')
			path++;
		len = (int)(path - name);
		slash = path < end;
		while (path < end && *path == '/')
			path++;
		last = path == end;

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
			inode = dotdot(dir);
			continue;
		}
		inode = ramfs_lookup(dir, name, len);
		if (!inode) {
			*err = -ENOENT;
			return NULL;
		}
		inode = follow_mounts(inode);
		/* A trailing slash asks for a directory: a link there is followed, even by lstat. */
		if (S_ISLNK(inode->i_mode) && (!last || follow_last || slash)) {
			inode = follow_link(dir, inode, links, err);
			if (!inode)
				return NULL;
		}
	}
}

static struct inode *namei_flags(int dfd, const char *path, int follow, int *err)
{
	struct inode *dir;
	int links = 0;

	*err = 0;
	if (!*path) {
		*err = -ENOENT;
		return NULL;
	}
	dir = start_dir(dfd, path, err);
	if (!dir)
		return NULL;
	return walk(dir, path, path + strlen(path), follow, &links, err);
}

struct inode *namei(int dfd, const char *path, int *err)
{
	return namei_flags(dfd, path, 1, err);
}

struct inode *lnamei(int dfd, const char *path, int *err)
{
	return namei_flags(dfd, path, 0, err);
}

/*
 * The directory that holds path's last component, walked from start; *last
 * points to that component and *type says what it is (Linux's last_type:
 * ".", ".." and "/" name no new entry, and each call refuses them with an
 * error of its own).  A directory removed while in use has no names and gets
 * none: a name in it is ENOENT, as Linux's lookup of a dead directory.
 */
static struct inode *parent_walk(struct inode *start, const char *path, const char **last,
				 int *lastlen, int *type, int *err)
{
	const char *end = path + strlen(path), *slash;
	struct inode *dir;
	int links = 0;

	*err = 0;
	while (end > path && end[-1] == '/')
		end--;
	for (slash = end; slash > path && slash[-1] != '/'; slash--)
		;
	*last = slash;
	*lastlen = (int)(end - slash);
	dir = walk(start, path, slash, 1, &links, err);
	if (!dir)
		return NULL;
	if (!S_ISDIR(dir->i_mode)) {
		*err = -ENOTDIR;
		return NULL;
	}
	if (*lastlen == 0)
		*type = LAST_ROOT;
	else if (*lastlen == 1 && slash[0] == '.')
		*type = LAST_DOT;
	else if (*lastlen == 2 && slash[0] == '.' && slash[1] == '.')
		*type = LAST_DOTDOT;
	else
		*type = LAST_NORM;
	if (*type == LAST_NORM && IS_DEADDIR(dir)) {
		*err = -ENOENT;
		return NULL;
	}
	return dir;
}

struct inode *path_parentat(int dfd, const char *path, const char **last, int *lastlen,
			    int *type, int *err)
{
	struct inode *start = start_dir(dfd, path, err);

	return start ? parent_walk(start, path, last, lastlen, type, err) : NULL;
}

/* The parent for a call that makes a name: ".", ".." and "/" exist already. */
struct inode *nameiparent(int dfd, const char *path, const char **last, int *lastlen, int *err)
{
	int type;
	struct inode *dir = path_parentat(dfd, path, last, lastlen, &type, err);

	if (dir && type != LAST_NORM) {
		*err = -EEXIST;
		return NULL;
	}
	return dir;
}

/*
 * Whether a new name may be made (Linux's filename_create): EEXIST if it is taken, and
 * ENOENT for a trailing slash, which only mkdir may have ("x/" must be a directory).
 */
static int may_create_name(struct inode *dir, const char *last, int lastlen, int is_dir)
{
	if (ramfs_lookup(dir, last, lastlen))
		return -EEXIST;
	return !is_dir && last[lastlen] == '/' ? -ENOENT : 0;
}

/* A new inode to be named in dir, on dir's file system: EROFS if that is mounted read-only. */
static struct inode *new_inode_in(struct inode *dir, umode_t mode, dev_t dev, int *err)
{
	struct inode *inode;

	*err = mnt_want_write(dir);
	if (*err)
		return NULL;
	inode = ramfs_get_inode(mode, dev);
	if (!inode) {
		*err = -ENOMEM;
		return NULL;
	}
	inode->i_sb = dir->i_sb;
	return inode;
}

/* A new regular file named last in dir. */
static struct inode *create_file(struct inode *dir, const char *last, int lastlen,
				 umode_t mode, int *err)
{
	struct inode *inode = new_inode_in(dir, S_IFREG | (mode & 07777 & ~current->fs->umask), 0, err);

	if (!inode)
		return NULL;
	*err = ramfs_link(dir, last, lastlen, inode);
	if (*err) {
		kfree(inode);
		return NULL;
	}
	return inode;
}

/*
 * open(O_CREAT)'s lookup (Linux's do_last): the file path names, created if
 * missing.  A symbolic link as the last component is followed, as without
 * O_CREAT, and what it names is created if missing (a relative target from
 * the link's directory; a chain link by link) -- but O_EXCL wants a new name
 * (EEXIST) and O_NOFOLLOW no link (ELOOP).  A trailing slash asks for a
 * directory, which open cannot make: EISDIR.
 */
struct inode *open_create(int dfd, const char *path, int flags, umode_t mode, int *err)
{
	struct inode *dir = start_dir(dfd, path, err), *inode = NULL;
	char *target = NULL;
	int links = 0, lastlen, type;
	const char *last;

	while (dir) {
		struct inode *link;

		dir = parent_walk(dir, path, &last, &lastlen, &type, err);
		if (!dir)
			break;
		if (type != LAST_NORM || last[lastlen] == '/') {
			*err = -EISDIR;
			break;
		}
		inode = ramfs_lookup(dir, last, lastlen);
		if (!inode) {
			inode = create_file(dir, last, lastlen, mode, err);
			break;
		}
		inode = follow_mounts(inode);
		if (flags & O_EXCL) {
			*err = -EEXIST;
			inode = NULL;
			break;
		}
		if (!S_ISLNK(inode->i_mode))
			break;
		link = inode;
		inode = NULL;
		if ((flags & O_NOFOLLOW) || ++links > MAX_SYMLINKS) {
			*err = -ELOOP;
			break;
		}
		kfree(target);		/* the previous link's text: path is done with it */
		target = get_link(link, err);
		if (!target)
			break;
		path = target;
		if (path[0] == '/')
			dir = current_root();
	}
	kfree(target);
	return inode;
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
	err = may_create_name(dir, last, lastlen, S_ISDIR(mode));
	if (err)
		return err;
	inode = new_inode_in(dir, mode, dev, &err);
	if (!inode)
		return err;
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

/* rmdir of ".", ".." or "/" (Linux's do_rmdir): the directory is in use, or not empty. */
static int rmdir_dots_error(int type)
{
	if (type == LAST_DOT)
		return -EINVAL;
	if (type == LAST_DOTDOT)
		return -ENOTEMPTY;
	return -EBUSY;
}

static int do_unlinkat(int dfd, const char __user *pathname, int rmdir)
{
	char path[PATH_MAX];
	const char *last;
	int lastlen, err, type;
	struct inode *dir, *inode;

	err = (int)getname(pathname, path);
	if (err < 0)
		return err;
	dir = path_parentat(dfd, path, &last, &lastlen, &type, &err);
	if (!dir)
		return err;
	if (type != LAST_NORM)
		return rmdir ? rmdir_dots_error(type) : -EISDIR;
	err = mnt_want_write(dir);
	if (err)
		return err;
	inode = ramfs_lookup(dir, last, lastlen);
	if (!inode)
		return -ENOENT;
	/* unlink("x/"): x would have to be a directory, which unlink does not remove */
	if (!rmdir && last[lastlen] == '/')
		return S_ISDIR(inode->i_mode) ? -EISDIR : -ENOTDIR;
	/* A cwd may go: it stays a directory without names (fs/ramfs/inode.c). */
	if (rmdir) {
		if (!S_ISDIR(inode->i_mode))
			return -ENOTDIR;
		if (inode->i_subdirs)
			return -ENOTEMPTY;
		if (inode->i_mounted)
			return -EBUSY;		/* where something is mounted */
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

/* renameat2's flags (uapi/linux/fs.h) */
#define RENAME_NOREPLACE	(1 << 0)	/* fail if the new name exists */
#define RENAME_EXCHANGE		(1 << 1)	/* swap the two names */
#define RENAME_WHITEOUT		(1 << 2)	/* leave a whiteout (a 0:0 device) at the old name */

/* Whether dir is inode or lies below it (a rename must not put a directory inside itself). */
static int is_subdir(struct inode *dir, struct inode *inode)
{
	for (;;) {
		if (dir == inode)
			return 1;
		if (!dir->i_parent || dir->i_parent == dir)
			return 0;
		dir = dir->i_parent;
	}
}

/* What Linux's vfs_rename checks of a name about to be replaced: a directory only by an empty one. */
static int may_replace(struct inode *source, struct inode *target)
{
	if (S_ISDIR(source->i_mode) && !S_ISDIR(target->i_mode))
		return -ENOTDIR;
	if (!S_ISDIR(source->i_mode) && S_ISDIR(target->i_mode))
		return -EISDIR;
	if (S_ISDIR(target->i_mode) && target->i_subdirs)
		return -ENOTEMPTY;
	return 0;
}

/* Move inode from the old name to the new one, replacing what was there. */
static int rename_replace(struct inode *olddir, const char *oldlast, int oldlen, struct inode *newdir,
			  const char *newlast, int newlen, struct inode *inode, struct inode *target)
{
	int err;

	if (target)
		ramfs_unlink(newdir, newlast, newlen);
	iget(inode);			/* keep it alive between unlink and link */
	ramfs_unlink(olddir, oldlast, oldlen);
	err = ramfs_link(newdir, newlast, newlen, inode);
	iput(inode);
	return err;
}

/* A whiteout: the character device 0:0 that overlay file systems read as "removed". */
static int make_whiteout(struct inode *dir, const char *last, int len)
{
	int err;
	struct inode *whiteout = new_inode_in(dir, S_IFCHR, 0, &err);

	if (!whiteout)
		return err;
	err = ramfs_link(dir, last, len, whiteout);
	if (err)
		kfree(whiteout);
	return err;
}

/* Linux's do_renameat2: its checks, in its order, on two names already looked up. */
static int do_rename(struct inode *olddir, const char *oldlast, int oldlen, int oldtype,
		     struct inode *newdir, const char *newlast, int newlen, int newtype, unsigned int flags)
{
	struct inode *inode, *target;
	int err;

	if (olddir->i_sb != newdir->i_sb)
		return -EXDEV;
	if (oldtype != LAST_NORM)
		return -EBUSY;		/* ".", ".." or "/": a directory in use */
	if (newtype != LAST_NORM)
		return flags & RENAME_NOREPLACE ? -EEXIST : -EBUSY;
	err = mnt_want_write(olddir);
	if (err)
		return err;
	inode = ramfs_lookup(olddir, oldlast, oldlen);
	if (!inode)
		return -ENOENT;
	target = ramfs_lookup(newdir, newlast, newlen);
	if ((flags & RENAME_NOREPLACE) && target)
		return -EEXIST;
	if ((flags & RENAME_EXCHANGE) && !target)
		return -ENOENT;
	/* "x/" names a directory: not a file, nor a new name for one */
	if ((flags & RENAME_EXCHANGE) && !S_ISDIR(target->i_mode) && newlast[newlen] == '/')
		return -ENOTDIR;
	if (!S_ISDIR(inode->i_mode) &&
	    (oldlast[oldlen] == '/' || (!(flags & RENAME_EXCHANGE) && newlast[newlen] == '/')))
		return -ENOTDIR;
	if (is_subdir(newdir, inode))
		return -EINVAL;		/* a directory into itself */
	if (target && is_subdir(olddir, target))
		return flags & RENAME_EXCHANGE ? -EINVAL : -ENOTEMPTY;
	if (target == inode)
		return 0;
	if (inode->i_mounted || (target && target->i_mounted))
		return -EBUSY;		/* where something is mounted */
	/* Exchanged names keep their kinds of file: any two may swap. */
	if (flags & RENAME_EXCHANGE)
		return ramfs_exchange(olddir, oldlast, oldlen, newdir, newlast, newlen);
	if (target) {
		err = may_replace(inode, target);
		if (err)
			return err;
	}
	err = rename_replace(olddir, oldlast, oldlen, newdir, newlast, newlen, inode, target);
	if (!err && (flags & RENAME_WHITEOUT))
		err = make_whiteout(olddir, oldlast, oldlen);
	return err;
}

SYSCALL_DEFINE5(renameat2, int, olddfd, const char __user *, oldname, int, newdfd,
		const char __user *, newname, unsigned int, flags)
{
	static char oldpath[PATH_MAX], newpath[PATH_MAX];
	const char *oldlast, *newlast;
	int oldlen, newlen, oldtype, newtype, err;
	struct inode *olddir, *newdir;

	if (flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT))
		return -EINVAL;
	if ((flags & (RENAME_NOREPLACE | RENAME_WHITEOUT)) && (flags & RENAME_EXCHANGE))
		return -EINVAL;
	if ((err = (int)getname(oldname, oldpath)) < 0 || (err = (int)getname(newname, newpath)) < 0)
		return err;
	olddir = path_parentat(olddfd, oldpath, &oldlast, &oldlen, &oldtype, &err);
	if (!olddir)
		return err;
	newdir = path_parentat(newdfd, newpath, &newlast, &newlen, &newtype, &err);
	if (!newdir)
		return err;
	return do_rename(olddir, oldlast, oldlen, oldtype, newdir, newlast, newlen, newtype, flags);
}

SYSCALL_DEFINE4(renameat, int, olddfd, const char __user *, oldname, int, newdfd, const char __user *, newname)
{
	return sys_renameat2(olddfd, oldname, newdfd, newname, 0);
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
	err = may_create_name(dir, last, lastlen, 0);
	if (err)
		return err;
	inode = new_inode_in(dir, S_IFLNK | 0777, 0, &err);
	if (!inode)
		return err;
	err = ramfs_link(dir, last, lastlen, inode);
	if (err) {
		kfree(inode);		/* no name and no pages yet */
		return err;
	}
	err = ramfs_write_data(inode, 0, target, len, 0);
	if (err < 0) {
		ramfs_unlink(dir, last, lastlen);
		return err;
	}
	return 0;
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
	err = may_create_name(dir, last, lastlen, 0);
	if (err)
		return err;
	err = mnt_want_write(dir);
	if (err)
		return err;
	if (inode->i_sb != dir->i_sb)
		return -EXDEV;		/* a name on another mount */
	return ramfs_link(dir, last, lastlen, inode);
}

SYSCALL_DEFINE2(link, const char __user *, oldname, const char __user *, newname)
{
	return sys_linkat(AT_FDCWD, oldname, AT_FDCWD, newname, 0);
}
