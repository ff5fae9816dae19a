/*
 * namespace.c - mount(2), umount2(2) and /proc/mounts: the machine's one mount
 * table (Linux's initial mount namespace; there are no others).
 *
 * A mount covers a directory, its mountpoint: a path lookup that reaches the
 * mountpoint goes on at the root of what is mounted there (follow_mounts in
 * linux/fs.h), and ".." of that root leads to the mountpoint's parent
 * (fs/namei.c).  Mounting on a mountpoint stacks: the newest mount is the one
 * seen, and umount uncovers the one below.
 *
 * File systems: tmpfs (a new tree of ramfs inodes on a super_block of its own,
 * with tmpfs's size limit and options), ramfs (the same, without a limit) and
 * proc (a new root for the one procfs, whose super_block every proc mount
 * shares, as in Linux's one pid namespace).  Bind and move mounts are refused.
 *
 * A mount holds a reference to its mountpoint and to its root.  A file system
 * is busy while anything else holds one of its inodes (super_block.s_refs: open
 * files, working directories, mounts on it); umount refuses it then (EBUSY), and
 * MNT_DETACH unhooks it at once and lets its tree go with the last reference.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/cred.h>
#include <linux/proc_fs.h>
#include <linux/statfs.h>
#include <linux/syscalls.h>
#include <uapi/linux/magic.h>

/* mount(2)'s flags (Linux's uapi/linux/fs.h) */
#define MS_RDONLY	1
#define MS_NOSUID	2
#define MS_NODEV	4
#define MS_NOEXEC	8
#define MS_SYNCHRONOUS	16
#define MS_REMOUNT	32
#define MS_MANDLOCK	64
#define MS_DIRSYNC	128
#define MS_NOATIME	1024
#define MS_NODIRATIME	2048
#define MS_BIND		4096
#define MS_MOVE		8192
#define MS_UNBINDABLE	(1 << 17)
#define MS_PRIVATE	(1 << 18)
#define MS_SLAVE	(1 << 19)
#define MS_SHARED	(1 << 20)
#define MS_RELATIME	(1 << 21)
#define MS_STRICTATIME	(1 << 24)
#define MS_LAZYTIME	(1 << 25)
#define MS_PROPAGATION	(MS_SHARED | MS_SLAVE | MS_PRIVATE | MS_UNBINDABLE)
#define MS_MGC_MSK	0xffff0000UL	/* the old magic number in the high bits */
#define MS_MGC_VAL	0xC0ED0000UL
/* the super_block's own flags, which /proc/mounts shows (and statfs some of) */
#define MS_SB_FLAGS	(MS_SYNCHRONOUS | MS_DIRSYNC | MS_MANDLOCK | MS_LAZYTIME)

/* umount2's flags */
#define MNT_FORCE	1
#define MNT_DETACH	2
#define MNT_EXPIRE	4
#define UMOUNT_NOFOLLOW	8

struct file_system_type {
	const char *name;
	/* A new file system (options already parsed into sb): its root, or NULL. */
	struct inode *(*mount)(struct super_block *sb);
	int (*parse)(struct super_block *sb, char *options);	/* 0, or -EINVAL */
	int (*remount)(struct super_block *sb, char *options);	/* new options for a mounted one */
	void (*show_options)(struct seq_file *m, struct super_block *sb);
	int (*busy)(struct inode *root);
	void (*kill)(struct inode *root);	/* the mount is gone: let the tree go */
};

struct vfsmount {
	struct vfsmount *mnt_next;	/* the table, oldest first */
	int mnt_id;			/* /proc/PID/mountinfo's: the smallest free, from 2 (rootfs is 1) */
	struct inode *mnt_root;
	const struct file_system_type *mnt_type;
	char *mnt_devname;
	unsigned long mnt_flags;	/* ST_* bits: how this mount is seen */
	unsigned long mnt_sb_flags;	/* MS_SB_FLAGS bits */
	int mnt_expiry_mark;		/* MNT_EXPIRE asked once already */
};

/* ---- tmpfs and ramfs: trees of ramfs inodes ---- */

/* A tmpfs's or ramfs's super_block, and the options it was mounted with. */
struct memfs_sb {
	struct super_block sb;
	struct inode *root;
	umode_t mode;			/* of the root */
	uid_t uid;
	gid_t gid;
	unsigned long max_inodes;	/* tmpfs's nr_inodes=: shown, not enforced */
};

#define MEMFS_SB(s) ((struct memfs_sb *)(s))
#define TMPFS_DEFAULT_MODE	01777	/* a root anyone may use, like /tmp */

static dev_t next_anon_dev = 16;	/* st_dev of each new mount: 0:16, 0:17... */

static int memfs_parse(struct super_block *sb, char *options);

/* tmpfs's defaults: half of memory, as many inodes as pages in that half */
static unsigned long tmpfs_default_pages(void)
{
	return totalram_pages / 2;
}

static void tmpfs_statfs(struct super_block *sb, struct kstatfs *buf)
{
	buf->f_blocks = sb->s_max_pages;
	buf->f_bfree = buf->f_bavail = sb->s_max_pages - sb->s_used_pages;
}

/*
 * New options for a mounted tmpfs or ramfs, as tmpfs's remount: the limits change (not
 * below what is in use: EINVAL), the root's mode and owner do not.  On an error, nothing.
 */
static int memfs_remount(struct super_block *sb, char *options)
{
	struct memfs_sb *m = MEMFS_SB(sb), saved = *m;
	int err = memfs_parse(sb, options);

	if (!err && sb->s_max_pages && sb->s_used_pages > sb->s_max_pages)
		err = -EINVAL;
	if (err) {
		*m = saved;
		return err;
	}
	m->mode = saved.mode;
	m->uid = saved.uid;
	m->gid = saved.gid;
	return 0;
}

static struct super_block *memfs_alloc_sb(unsigned long magic)
{
	struct memfs_sb *m = kzalloc(sizeof(*m), GFP_KERNEL);

	if (!m)
		return NULL;
	m->sb.s_magic = magic;
	m->sb.s_dev = next_anon_dev++;
	if (magic == TMPFS_MAGIC) {
		m->sb.statfs = tmpfs_statfs;
		m->sb.s_max_pages = tmpfs_default_pages();
		m->max_inodes = tmpfs_default_pages();
		m->mode = TMPFS_DEFAULT_MODE;
	} else {
		m->mode = 0755;
	}
	return &m->sb;
}

/* "size=" as tmpfs reads it: bytes with a k/m/g suffix, or a percentage of memory. */
static int tmpfs_size(const char *value, unsigned long *pages)
{
	char *end;
	unsigned long long size = simple_strtoul(value, &end, 0);

	if (*end == '%') {
		size = (unsigned long long)totalram_pages * PAGE_SIZE * size / 100;
		end++;
	} else if (*end == 'k' || *end == 'K') {
		size <<= 10, end++;
	} else if (*end == 'm' || *end == 'M') {
		size <<= 20, end++;
	} else if (*end == 'g' || *end == 'G') {
		size <<= 30, end++;
	}
	if (*end || end == value)
		return -EINVAL;
	*pages = (unsigned long)((size + PAGE_SIZE - 1) / PAGE_SIZE);
	return 0;
}

/* One "name=value" (or "name") of a memfs's options; tmpfs refuses what it does not know. */
static int memfs_option(struct super_block *sb, char *name)
{
	struct memfs_sb *m = MEMFS_SB(sb);
	char *value = strchr(name, '='), *end;
	int tmpfs = sb->s_magic == TMPFS_MAGIC;

	if (value)
		*value++ = '\0';
	if (!strcmp(name, "mode") && value) {
		m->mode = simple_strtoul(value, &end, 8) & 07777;
		return *end && tmpfs ? -EINVAL : 0;
	}
	if (!tmpfs)
		return 0;	/* ramfs has always ignored the options it does not know */
	if (!value)
		return -EINVAL;
	if (!strcmp(name, "size"))
		return tmpfs_size(value, &sb->s_max_pages);
	if (!strcmp(name, "nr_blocks"))
		sb->s_max_pages = simple_strtoul(value, &end, 0);
	else if (!strcmp(name, "nr_inodes"))
		m->max_inodes = simple_strtoul(value, &end, 0);
	else if (!strcmp(name, "uid"))
		m->uid = simple_strtoul(value, &end, 0);
	else if (!strcmp(name, "gid"))
		m->gid = simple_strtoul(value, &end, 0);
	else
		return -EINVAL;
	return *end ? -EINVAL : 0;
}

static int memfs_parse(struct super_block *sb, char *options)
{
	char *opt;

	while (options && (opt = options) != NULL) {
		options = strchr(options, ',');
		if (options)
			*options++ = '\0';
		if (*opt && memfs_option(sb, opt)) {
			if (sb->s_magic == TMPFS_MAGIC)
				printk(KERN_ERR "tmpfs: Bad mount option %s\n", opt);
			return -EINVAL;
		}
	}
	return 0;
}

static struct inode *memfs_mount(struct super_block *sb)
{
	struct memfs_sb *m = MEMFS_SB(sb);
	struct inode *root = ramfs_get_inode(S_IFDIR | m->mode, 0);

	if (!root)
		return NULL;
	root->i_sb = sb;
	root->i_uid = m->uid;
	root->i_gid = m->gid;
	root->i_nlink = 1;	/* its name is the mount: a directory with none is a dead one */
	m->root = root;
	return root;
}

static void memfs_show_options(struct seq_file *seq, struct super_block *sb)
{
	struct memfs_sb *m = MEMFS_SB(sb);

	if (sb->s_magic != TMPFS_MAGIC) {
		if (m->mode != 0755)
			seq_printf(seq, ",mode=%o", m->mode);
		return;
	}
	if (sb->s_max_pages != tmpfs_default_pages())
		seq_printf(seq, ",size=%luk", sb->s_max_pages << (PAGE_SHIFT - 10));
	if (m->max_inodes != tmpfs_default_pages())
		seq_printf(seq, ",nr_inodes=%lu", m->max_inodes);
	if (m->mode != (TMPFS_DEFAULT_MODE))
		seq_printf(seq, ",mode=%03o", m->mode);
	if (m->uid)
		seq_printf(seq, ",uid=%u", m->uid);
	if (m->gid)
		seq_printf(seq, ",gid=%u", m->gid);
}

/* Anything but the mount's own reference to its root: open files, cwds, mounts on it. */
static int memfs_busy(struct inode *root)
{
	return root->i_sb->s_refs > 1;
}

/* Remove every name below dir: what nothing holds is freed now, the rest when let go. */
static void memfs_clear(struct inode *dir)
{
	while (dir->i_subdirs) {
		struct dentry *d = dir->i_subdirs;

		if (S_ISDIR(d->d_inode->i_mode))
			memfs_clear(d->d_inode);
		ramfs_unlink(dir, d->d_name, d->d_namelen);
	}
}

/* The last reference to an unmounted memfs is gone: its tree and its super_block go. */
static void memfs_release(struct super_block *sb)
{
	struct inode *root = MEMFS_SB(sb)->root;

	sb->s_release = NULL;	/* the frees below drop references too */
	memfs_clear(root);
	root->i_nlink = 0;
	iget(root);
	iput(root);
	kfree(MEMFS_SB(sb));
}

static void memfs_kill(struct inode *root)
{
	root->i_sb->s_release = memfs_release;
	iput(root);	/* the mount's reference: the last one, unless detached while busy */
}

/* ---- proc: another root for procfs ---- */

static struct super_block *proc_alloc_sb(unsigned long unused)
{
	return &proc_sb;
}

static int proc_parse(struct super_block *sb, char *options)
{
	if (options && *options) {
		printk(KERN_ERR "proc: unrecognized mount option \"%s\" or missing value\n", options);
		return -EINVAL;
	}
	return 0;
}

/*
 * procfs's inodes are made by lookups and cached (fs/proc/inode.c), each holding its
 * directory: a proc mount is never busy.  Its root goes with the last of them.
 */
static int proc_busy(struct inode *root)
{
	return 0;
}

static void proc_kill(struct inode *root)
{
	proc_forget(root);
	root->i_nlink = 0;
	iput(root);
}

/* ---- the table ---- */

struct fs_type_entry {
	struct file_system_type type;
	struct super_block *(*alloc_sb)(unsigned long magic);
	unsigned long magic;
};

/* In the order Linux registers them (/proc/filesystems lists them so). */
static const struct fs_type_entry file_systems[] = {
	{ { "ramfs", memfs_mount, memfs_parse, memfs_remount, memfs_show_options, memfs_busy, memfs_kill },
	  memfs_alloc_sb, RAMFS_MAGIC },
	{ { "proc", proc_new_root, proc_parse, proc_parse, NULL, proc_busy, proc_kill }, proc_alloc_sb, PROC_SUPER_MAGIC },
	{ { "tmpfs", memfs_mount, memfs_parse, memfs_remount, memfs_show_options, memfs_busy, memfs_kill },
	  memfs_alloc_sb, TMPFS_MAGIC },
};

static struct vfsmount *mounts;

static const struct fs_type_entry *get_fs_type(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(file_systems); i++)
		if (!strcmp(file_systems[i].type.name, name))
			return &file_systems[i];
	return NULL;
}

static struct vfsmount *find_mount(struct inode *root)
{
	struct vfsmount *mnt;

	for (mnt = mounts; mnt; mnt = mnt->mnt_next)
		if (mnt->mnt_root == root)
			return mnt;
	return NULL;
}

/* MS_* to the ST_* bits a mount is seen with: relatime unless noatime or strictatime. */
static unsigned long mount_flags(unsigned long flags)
{
	unsigned long st = flags & (ST_RDONLY | ST_NOSUID | ST_NODEV | ST_NOEXEC | ST_SYNCHRONOUS |
				    ST_MANDLOCK | ST_NOATIME | ST_NODIRATIME);

	if (!(flags & (MS_NOATIME | MS_STRICTATIME)))
		st |= ST_RELATIME;
	return st;
}

static int free_mount_id(void)
{
	struct vfsmount *mnt;
	int id = 2;

again:
	for (mnt = mounts; mnt; mnt = mnt->mnt_next)
		if (mnt->mnt_id == id) {
			id++;
			goto again;	/* taken: check the next one against them all */
		}
	return id;
}

/* Hang root on mountpoint (the top of what is mounted there). */
static int graft(struct inode *mountpoint, struct inode *root, const struct file_system_type *type,
		 const char *devname, unsigned long flags)
{
	struct vfsmount *mnt = kzalloc(sizeof(*mnt), GFP_KERNEL), **link = &mounts;

	if (!mnt)
		return -ENOMEM;
	mnt->mnt_devname = kmalloc(strlen(devname) + 1, GFP_KERNEL);
	if (!mnt->mnt_devname) {
		kfree(mnt);
		return -ENOMEM;
	}
	strcpy(mnt->mnt_devname, devname);
	mnt->mnt_id = free_mount_id();
	mnt->mnt_root = root;
	mnt->mnt_type = type;
	mnt->mnt_flags = mount_flags(flags);
	mnt->mnt_sb_flags = flags & MS_SB_FLAGS;
	iget(root);
	iget(mountpoint);
	root->i_covered = mountpoint;
	mountpoint->i_mounted = root;
	while (*link)
		link = &(*link)->mnt_next;
	*link = mnt;
	return 0;
}

static int do_new_mount(struct inode *mountpoint, const char *fstype, unsigned long flags,
			const char *devname, char *data)
{
	const struct fs_type_entry *fs;
	struct super_block *sb;
	struct inode *root;
	int err;

	if (!fstype)
		return -EINVAL;
	fs = get_fs_type(fstype);
	if (!fs)
		return -ENODEV;
	if (!S_ISDIR(mountpoint->i_mode))
		return -ENOTDIR;
	if (IS_DEADDIR(mountpoint))
		return -ENOENT;
	sb = fs->alloc_sb(fs->magic);
	if (!sb)
		return -ENOMEM;
	err = fs->type.parse(sb, data);
	if (!err) {
		if (sb != &proc_sb)
			sb->s_mnt_flags = mount_flags(flags) | (flags & (MS_SYNCHRONOUS | MS_MANDLOCK));
		root = fs->type.mount(sb);
		err = root ? graft(mountpoint, root, &fs->type, devname, flags) : -ENOMEM;
		if (err && root)
			kfree(root);
	}
	if (err && sb != &proc_sb)
		kfree(MEMFS_SB(sb));
	return err;
}

/* MS_REMOUNT: new flags (and tmpfs's size and other options) for a mount's root. */
static int do_remount(struct inode *root, unsigned long flags, char *data)
{
	struct vfsmount *mnt = root->i_covered ? find_mount(root) : NULL;
	int err;

	if (!mnt)
		return -EINVAL;
	err = mnt->mnt_type->remount(root->i_sb, data);
	if (err)
		return err;
	mnt->mnt_flags = mount_flags(flags);
	mnt->mnt_sb_flags = flags & MS_SB_FLAGS;
	if (root->i_sb != &proc_sb)
		root->i_sb->s_mnt_flags = mnt->mnt_flags | (flags & (MS_SYNCHRONOUS | MS_MANDLOCK));
	return 0;
}

/* A string argument of mount(2), up to a page: NULL when not given. */
static long copy_mount_string(const char __user *user, char **out)
{
	long len;

	*out = NULL;
	if (!user)
		return 0;
	*out = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!*out)
		return -ENOMEM;
	len = strncpy_from_user(*out, user, PAGE_SIZE);
	if (len < 0)
		return len;
	if (len == PAGE_SIZE)
		return -EINVAL;
	return 0;
}

static long do_mount(const char *devname, struct inode *target, const char *fstype,
		     unsigned long flags, char *data)
{
	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	if ((flags & MS_MGC_MSK) == MS_MGC_VAL)
		flags &= ~MS_MGC_MSK;
	if (flags & MS_REMOUNT)
		return do_remount(target, flags, data);
	if (flags & (MS_BIND | MS_MOVE))
		return -EINVAL;		/* bind and move mounts: not in tcc-lite */
	if (flags & MS_PROPAGATION) {
		/* one table, nothing to propagate to: a mount's root (or "/") may only ask */
		if (target != root_inode && !target->i_covered)
			return -EINVAL;
		return (flags & MS_PROPAGATION) & ((flags & MS_PROPAGATION) - 1) ? -EINVAL : 0;
	}
	return do_new_mount(target, fstype, flags, devname ? devname : "none", data);
}

SYSCALL_DEFINE5(mount, char __user *, dev_name, char __user *, dir_name, char __user *, type,
		unsigned long, flags, void __user *, data)
{
	char *kdev, *ktype, *kdata, path[PATH_MAX];
	struct inode *target = NULL;
	long err;
	int lookup_err;

	if (!(err = copy_mount_string(type, &ktype)) && !(err = copy_mount_string(dev_name, &kdev)) &&
	    !(err = copy_mount_string(data, &kdata)) && (err = getname(dir_name, path)) >= 0) {
		target = namei(AT_FDCWD, path, &lookup_err);
		err = target ? do_mount(kdev, target, ktype, flags, kdata) : lookup_err;
	}
	kfree(ktype);
	kfree(kdev);
	kfree(kdata);
	return err;
}

/* Take a mount out of the table, and its mounts first: its tree goes when let go. */
static void umount_tree(struct vfsmount *mnt)
{
	struct vfsmount **link, *sub;
	struct inode *root = mnt->mnt_root, *mountpoint = root->i_covered;

again:
	for (sub = mounts; sub && root->i_sb != &proc_sb; sub = sub->mnt_next)
		if (sub != mnt && sub->mnt_root->i_covered->i_sb == root->i_sb) {
			umount_tree(sub);
			goto again;	/* the table changed */
		}
	for (link = &mounts; *link != mnt; link = &(*link)->mnt_next)
		;
	*link = mnt->mnt_next;
	mountpoint->i_mounted = NULL;
	root->i_covered = NULL;
	iput(mountpoint);
	mnt->mnt_type->kill(root);
	kfree(mnt->mnt_devname);
	kfree(mnt);
}

SYSCALL_DEFINE2(umount, char __user *, name, int, flags)
{
	char path[PATH_MAX];
	struct vfsmount *mnt;
	struct inode *root;
	long len;
	int err;

	if (flags & ~(MNT_FORCE | MNT_DETACH | MNT_EXPIRE | UMOUNT_NOFOLLOW))
		return -EINVAL;
	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	len = getname(name, path);
	if (len < 0)
		return len;
	root = flags & UMOUNT_NOFOLLOW ? lnamei(AT_FDCWD, path, &err) : namei(AT_FDCWD, path, &err);
	if (!root)
		return err;
	mnt = root->i_covered ? find_mount(root) : NULL;
	if (!mnt)
		return -EINVAL;		/* not where something is mounted */
	if (flags & MNT_EXPIRE) {
		/* the first call marks it, a second one with nothing in between takes it */
		if (flags & (MNT_FORCE | MNT_DETACH))
			return -EINVAL;
		if (mnt->mnt_type->busy(root))
			return -EBUSY;
		if (!mnt->mnt_expiry_mark++)
			return -EAGAIN;
	}
	if (!(flags & MNT_DETACH) && mnt->mnt_type->busy(root))
		return -EBUSY;
	umount_tree(mnt);
	return 0;
}

/* ---- /proc/mounts ---- */

/* A path as /proc/mounts writes it: space, tab, newline and backslash in octal. */
static void seq_escaped(struct seq_file *m, const char *s)
{
	for (; *s; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\\')
			seq_printf(m, "\\%03o", (unsigned char)*s);
		else
			seq_printf(m, "%c", *s);
	}
}

/* ",sync" and the like (sb_flags: MS_*), then ",nosuid" and the like (flags: ST_*). */
static void show_mount_options(struct seq_file *m, unsigned long flags, unsigned long sb_flags)
{
	static const struct { unsigned long flag; const char *name; } sb_opts[] = {
		{ MS_SYNCHRONOUS, ",sync" }, { MS_DIRSYNC, ",dirsync" }, { MS_MANDLOCK, ",mand" },
		{ MS_LAZYTIME, ",lazytime" },
	}, mnt_opts[] = {
		{ ST_NOSUID, ",nosuid" }, { ST_NODEV, ",nodev" }, { ST_NOEXEC, ",noexec" },
		{ ST_NOATIME, ",noatime" }, { ST_NODIRATIME, ",nodiratime" }, { ST_RELATIME, ",relatime" },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(sb_opts); i++)
		if (sb_flags & sb_opts[i].flag)
			seq_printf(m, "%s", sb_opts[i].name);
	for (i = 0; i < ARRAY_SIZE(mnt_opts); i++)
		if (flags & mnt_opts[i].flag)
			seq_printf(m, "%s", mnt_opts[i].name);
}

static void show_mount(struct seq_file *m, const char *devname, const char *path, const char *type,
		       unsigned long flags, unsigned long sb_flags)
{
	seq_escaped(m, devname);
	seq_printf(m, " ");
	seq_escaped(m, path);
	seq_printf(m, " %s %s", type, flags & ST_RDONLY ? "ro" : "rw");
	show_mount_options(m, flags, sb_flags);
}

/* The mount a mountpoint is on: the one whose root it is (stacked), or whose file system. */
static int parent_id(struct inode *mountpoint)
{
	struct vfsmount *mnt;

	for (mnt = mounts; mnt; mnt = mnt->mnt_next)
		if (mnt->mnt_root == mountpoint)
			return mnt->mnt_id;
	for (mnt = mounts; mnt; mnt = mnt->mnt_next)
		if (mnt->mnt_root->i_sb == mountpoint->i_sb)
			return mnt->mnt_id;
	return 1;
}

static void show_fs_options(struct seq_file *m, struct vfsmount *mnt)
{
	if (mnt->mnt_type->show_options)
		mnt->mnt_type->show_options(m, mnt->mnt_root->i_sb);
}

/* /proc/mounts and /proc/PID/mounts: "SOURCE DIR TYPE OPTIONS 0 0". */
int mounts_proc_show(struct seq_file *m, struct task_struct *unused)
{
	static char path[PATH_MAX];
	struct vfsmount *mnt;

	seq_printf(m, "rootfs / rootfs rw 0 0\n");
	for (mnt = mounts; mnt; mnt = mnt->mnt_next) {
		if (proc_inode_path(mountpoint_of(mnt->mnt_root), path, PATH_MAX) < 0)
			continue;	/* under a directory removed since */
		show_mount(m, mnt->mnt_devname, path, mnt->mnt_type->name, mnt->mnt_flags, mnt->mnt_sb_flags);
		show_fs_options(m, mnt);
		seq_printf(m, " 0 0\n");
	}
	return 0;
}

/*
 * /proc/PID/mountinfo (Linux's show_mountinfo): "ID PARENT MAJOR:MINOR ROOT DIR
 * MOUNT-OPTIONS - TYPE SOURCE SUPER-OPTIONS", the mount's own options first (ro/rw,
 * nosuid...) and then the file system's (ro/rw, sync..., size=...).  Nothing is
 * shared between mounts, so there are no optional fields.
 */
int proc_pid_mountinfo(struct seq_file *m, struct task_struct *unused)
{
	static char path[PATH_MAX];
	struct vfsmount *mnt;

	seq_printf(m, "1 1 0:1 / / rw - rootfs rootfs rw\n");
	for (mnt = mounts; mnt; mnt = mnt->mnt_next) {
		struct super_block *sb = mnt->mnt_root->i_sb;
		struct inode *mountpoint = mnt->mnt_root->i_covered;

		if (proc_inode_path(mountpoint_of(mnt->mnt_root), path, PATH_MAX) < 0)
			continue;
		seq_printf(m, "%d %d 0:%lu / ", mnt->mnt_id, parent_id(mountpoint), sb->s_dev ? (unsigned long)sb->s_dev : 1UL);
		seq_escaped(m, path);
		seq_printf(m, " %s", mnt->mnt_flags & ST_RDONLY ? "ro" : "rw");
		show_mount_options(m, mnt->mnt_flags, 0);
		seq_printf(m, " - %s ", mnt->mnt_type->name);
		seq_escaped(m, mnt->mnt_devname);
		seq_printf(m, " %s", mnt->mnt_flags & ST_RDONLY ? "ro" : "rw");
		show_mount_options(m, 0, mnt->mnt_sb_flags);
		show_fs_options(m, mnt);
		seq_printf(m, "\n");
	}
	return 0;
}

int filesystems_proc_show(struct seq_file *m, struct task_struct *unused)
{
	unsigned int i;

	seq_printf(m, "nodev\trootfs\n");
	for (i = 0; i < ARRAY_SIZE(file_systems); i++)
		seq_printf(m, "nodev\t%s\n", file_systems[i].type.name);
	return 0;
}

/* At boot: procfs on /proc, as init scripts mount it. */
void mount_proc_at_boot(void)
{
	struct inode *proc;
	int err;

	proc = namei(AT_FDCWD, "/proc", &err);
	if (!proc) {
		err = vfs_mkdir("/proc", 0555);
		proc = err ? NULL : namei(AT_FDCWD, "/proc", &err);
	}
	err = proc ? do_new_mount(proc, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "proc", NULL) : err;
	if (err)
		printk(KERN_WARNING "proc: cannot mount on /proc (%d)\n", err);
}
