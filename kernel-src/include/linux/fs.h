/*
 * fs.h - files.  There is one file system, an in-memory tree (ramfs)
 * filled from the initramfs at boot; procfs (fs/proc/) lives under /proc
 * through inode_operations.  An inode is a file, directory or
 * device; a struct file is an open file (position, flags, operations);
 * each task's files->fd[] array maps descriptors to struct files.
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/compiler.h>
#include <uapi/linux/fcntl.h>
#include <uapi/linux/stat.h>
#include <linux/time.h>
#include <linux/statfs.h>

#define NAME_MAX	255
#define PATH_MAX	4096
#define MAX_RW_COUNT	0x7ffff000L	/* Linux caps one transfer at INT_MAX rounded down to a page */
/* The access a check asks for: access(2)'s X_OK, W_OK and R_OK bits, as in Linux. */
#define MAY_EXEC	0x00000001
#define MAY_WRITE	0x00000002
#define MAY_READ	0x00000004

#define MAJOR(dev)	((unsigned int)((dev) >> 8))
#define MINOR(dev)	((unsigned int)((dev) & 0xff))
#define MKDEV(ma, mi)	(((ma) << 8) | (mi))

struct file;
struct inode;
struct poll_table_struct;

struct file_operations {
	ssize_t (*read)(struct file *, char __user *, size_t, loff_t *);
	ssize_t (*write)(struct file *, const char __user *, size_t, loff_t *);
	long (*unlocked_ioctl)(struct file *, unsigned int, unsigned long);
	int (*open)(struct inode *, struct file *);
	void (*release)(struct inode *, struct file *);
	void (*flush)(struct file *);	/* at every close of a descriptor */
	/* POLL* bits ready now (none: always ready); names its wait channels (linux/poll.h) */
	unsigned int (*poll)(struct file *, struct poll_table_struct *);
	long (*fallocate)(struct file *, int mode, loff_t offset, loff_t len);
};

/* poll's event bits (uapi asm-generic/poll.h) */
#define POLLIN		0x0001
#define POLLPRI		0x0002
#define POLLOUT		0x0004
#define POLLERR		0x0008
#define POLLHUP		0x0010
#define POLLNVAL	0x0020
#define POLLRDNORM	0x0040
#define POLLWRNORM	0x0100
#define POLLWRBAND	0x0200
#define POLLRDHUP	0x2000

/* A name in a directory. */
struct dentry {
	char *d_name;
	int d_namelen;			/* strlen(d_name): lookups compare it first */
	struct inode *d_inode;
	struct dentry *d_next;
};

/*
 * What a file system other than ramfs does for its directories and
 * symlinks (procfs: contents made from kernel state).  ramfs's are NULL.
 */
struct inode_operations {
	struct inode *(*lookup)(struct inode *dir, const char *name, int len);
	/* the entry at pos (0 is the first name): *name holds its name */
	int (*readdir)(struct inode *dir, loff_t pos, char *name, struct inode **inode);
	int (*get_link)(struct inode *link, char *buf, int buflen);	/* its length */
};

#define DIRENT_NAME_LEN	32	/* readdir's name buffer: proc names are short */

/* A file system that is mounted (or kernel-internal: pipes, sockets), as statfs sees it. */
struct super_block {
	unsigned long s_magic;		/* statfs's f_type (uapi/linux/magic.h) */
	unsigned long s_mnt_flags;	/* how it is mounted: statfs's ST_* bits */
	void (*statfs)(struct super_block *sb, struct kstatfs *buf);	/* its blocks, for one that counts them */
	dev_t s_dev;			/* st_dev of its files; 0: device 1, the boot file systems' */
	unsigned long s_max_pages;	/* tmpfs's size= limit on its files' pages; 0: none */
	unsigned long s_used_pages;	/* pages its files hold (mm/filemap.c) */
	long s_refs;			/* references to its inodes (iget): umount's "busy" */
	void (*s_release)(struct super_block *sb);	/* unmounted: when its last reference goes */
};

extern struct super_block rootfs_sb;	/* fs/ramfs/inode.c: the initramfs's tree */

struct inode {
	umode_t i_mode;
	struct super_block *i_sb;	/* the file system it is on */
	unsigned long i_ino;
	unsigned int i_nlink;
	dev_t i_rdev;
	loff_t i_size;
	unsigned long *i_pages;		/* regular file contents: its page cache (mm/filemap.c) */
	unsigned long i_pages_len;	/* entries i_pages has room for */
	struct dentry *i_subdirs;	/* directory entries */
	struct inode *i_parent;		/* directory: its parent ("..") */
	struct inode *i_mounted;	/* a mountpoint: the root of what is mounted on it */
	struct inode *i_covered;	/* the root of a mount: the mountpoint it covers */
	const struct file_operations *i_fop;
	const struct inode_operations *i_op;	/* NULL: a ramfs inode */
	int i_count;			/* references held by open files, cwds and removed subdirectories */
	struct timespec i_atime, i_mtime, i_ctime;
	uid_t i_uid;
	gid_t i_gid;
	void *i_pipe;			/* a FIFO's pipe while it is open */
	int i_flock_shared;		/* flock: how many open files hold LOCK_SH */
	struct file *i_flock_excl;	/* ... or the one that holds LOCK_EX */
	struct file_lock *i_posix_locks;	/* fcntl record locks (fs/posix_locks.c) */
	char *i_deleted_name;		/* removed while in use: the path it had (for /proc) */
	const char *i_anon_name;	/* a file with no name (fs/anon_inodes.c): "[eventpoll]"... */
	unsigned int i_seals;		/* a regular file's F_SEAL_* (mm/shmem.c) */
};

struct file {
	const struct file_operations *f_op;
	struct inode *f_inode;
	loff_t f_pos;
	unsigned int f_flags;
	int f_count;
	int f_flock;			/* the flock this open file holds: 0, LOCK_SH or LOCK_EX */
	void *private_data;
};

extern struct inode *root_inode;
struct inode *current_root(void);

/* fs/namespace.c: a directory with something mounted on it stands for the mounted root. */
static inline struct inode *follow_mounts(struct inode *inode)
{
	while (inode->i_mounted)
		inode = inode->i_mounted;
	return inode;
}

/* A mount's root stands in the tree where its mountpoint (the lowest) is. */
static inline struct inode *mountpoint_of(struct inode *inode)
{
	while (inode->i_covered)
		inode = inode->i_covered;
	return inode;
}

/* EROFS for a change to a file system mounted read-only (Linux's mnt_want_write). */
static inline int mnt_want_write(struct inode *inode)
{
	return inode->i_sb->s_mnt_flags & ST_RDONLY ? -EROFS : 0;
}

/*
 * A directory removed while still in use (a cwd, an open directory): it has
 * no names, gets none, and lists nothing (Linux's S_DEAD).
 */
static inline int IS_DEADDIR(struct inode *inode)
{
	return S_ISDIR(inode->i_mode) && inode->i_nlink == 0;
}

/* kernel/time/time.c: the wall-clock time, for timestamps */
void current_time(struct timespec *ts);

/* fs/locks.c: drop the flock an open file holds (its last reference is going) */
void locks_remove_flock(struct file *file);
void locks_remove_posix(struct file *f, pid_t owner);
long fcntl_posix_lock(struct file *f, unsigned int cmd, void __user *ufl);

/* fs/pipe.c */
int fifo_open(struct inode *inode, struct file *file);

/* fs/read_write.c */
long do_truncate(struct inode *inode, loff_t length);
int rw_verify_area(loff_t pos, size_t count);

/* fs/ramfs/inode.c */
struct inode *ramfs_get_inode(umode_t mode, dev_t dev);
struct inode *ramfs_lookup(struct inode *dir, const char *name, int len);
int ramfs_link(struct inode *dir, const char *name, int len, struct inode *inode);
int ramfs_unlink(struct inode *dir, const char *name, int len);
int ramfs_exchange(struct inode *dir1, const char *name1, int len1,
		   struct inode *dir2, const char *name2, int len2);
int ramfs_write_data(struct inode *inode, loff_t pos, const char *data, size_t len, int from_user);
ssize_t ramfs_read_data(struct inode *inode, loff_t pos, char *buf, size_t len, int to_user);
void iput(struct inode *inode);
void ramfs_resize(struct inode *inode, loff_t size);
void iget(struct inode *inode);
void init_rootfs(void);

/* fs/namei.c */
struct inode *namei(int dfd, const char *path, int *err);
struct inode *lnamei(int dfd, const char *path, int *err);	/* a final symlink itself */
struct inode *nameiparent(int dfd, const char *path, const char **last, int *lastlen, int *err);
enum { LAST_NORM, LAST_ROOT, LAST_DOT, LAST_DOTDOT };	/* what a path's last component is */
struct inode *path_parentat(int dfd, const char *path, const char **last, int *lastlen,
			    int *type, int *err);
struct inode *open_create(int dfd, const char *path, int flags, umode_t mode, int *err);
long getname(const char __user *filename, char *buf);
int vfs_mknod(const char *path, umode_t mode, dev_t dev);
int vfs_mkdir(const char *path, umode_t mode);

/* fs/file.c, fs/file_table.c */
struct file *alloc_file(struct inode *inode, unsigned int flags, const struct file_operations *fop);
struct file *fget(unsigned int fd);

static inline int file_readable(struct file *f)
{
	return (f->f_flags & O_ACCMODE) != O_WRONLY;
}

static inline int file_writable(struct file *f)
{
	return (f->f_flags & O_ACCMODE) != O_RDONLY;
}

/* pread and pwrite work where a file has offsets: ramfs files (pipes and sockets have none). */
static inline int file_has_offsets(struct file *f)
{
	return f->f_inode && S_ISREG(f->f_inode->i_mode);
}

/* Another reference to an open file (a mapping of it, a duplicated descriptor). */
static inline struct file *get_file(struct file *f)
{
	f->f_count++;
	return f;
}

void fput(struct file *file);
int get_unused_fd(void);
void fd_install(unsigned int fd, struct file *file);
void close_files(void);
void close_on_exec(void);
int do_close(unsigned int fd);
void filp_close(struct file *f);

/* fs/open.c */
struct file *filp_open(const char *path, int flags, umode_t mode, int *err);

/* fs/char_dev.c and devices */
int chrdev_open(struct inode *inode, struct file *filp);
extern const struct file_operations tty_fops;
extern const struct file_operations null_fops;
extern const struct file_operations zero_fops;

/* fs/read_write.c */
extern const struct file_operations ramfs_file_operations;
extern const struct file_operations ramfs_dir_operations;
ssize_t kernel_read(struct file *file, loff_t pos, char *buf, size_t count);

/* fs/exec.c */
int do_execve(const char *filename, char *const argv[], char *const envp[]);

/* init/initramfs.c */
void populate_rootfs(void *archive, unsigned long size);

#endif
