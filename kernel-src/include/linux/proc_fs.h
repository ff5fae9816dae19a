/*
 * proc_fs.h - the proc file system (fs/proc/), mounted at /proc: files
 * whose text the kernel makes from its own state when they are opened.
 */
#ifndef _LINUX_PROC_FS_H
#define _LINUX_PROC_FS_H

#include <linux/fs.h>
#include <linux/compiler.h>

struct task_struct;
struct mm_struct;

/* The text of a file being made: Linux's seq_file, in one buffer. */
struct seq_file {
	char *buf;
	size_t size;
	size_t count;			/* == size: it did not fit; made again, bigger */
};

__printf(2, 3) void seq_printf(struct seq_file *m, const char *fmt, ...);
void seq_write(struct seq_file *m, const void *data, size_t len);

/*
 * One name in a proc directory.  A file has show(), which writes its text
 * (task is NULL for the files of /proc itself); a symlink or a directory
 * has iop; a directory of fixed names has them in subdir (and iop
 * proc_subdir_inode_operations).
 */
struct proc_entry {
	const char *name;
	umode_t mode;
	int (*show)(struct seq_file *m, struct task_struct *task);
	const struct inode_operations *iop;
	const struct proc_entry *subdir;
	int nr_subdir;
	/* A process's file that takes writes (comm): the bytes written, in kernel memory. */
	ssize_t (*write)(struct task_struct *task, const char *buf, size_t count);
};

#define PROC_SUBDIR(name, mode, table) \
	{ name, S_IFDIR | (mode), NULL, &proc_subdir_inode_operations, \
	  table, (int)(sizeof(table) / sizeof(table[0])) }

/* A proc inode: which entry it is, of which process, for which descriptor. */
extern struct super_block proc_sb;	/* fs/proc/root.c */

struct proc_inode {
	struct inode vfs_inode;		/* first: the two pointers are the same */
	const struct proc_entry *entry;
	pid_t pid;			/* 0: a file of /proc itself */
	int fd;				/* /proc/PID/fd/N: N; otherwise -1 */
	struct proc_inode *next;	/* the inode cache, most recently used first */
};

static inline struct proc_inode *PROC_I(struct inode *inode)
{
	return (struct proc_inode *)inode;
}

/* fs/proc/inode.c */
struct inode *proc_get_inode(struct inode *dir, const struct proc_entry *entry, pid_t pid, int fd);
struct task_struct *proc_find_task(pid_t pid);
struct task_struct *proc_task(struct inode *inode);
struct inode *proc_lookup_entry(struct inode *dir, const struct proc_entry *table, int n,
				pid_t pid, const char *name, int len);
int proc_readdir_entry(struct inode *dir, const struct proc_entry *table, int n, pid_t pid,
		       loff_t pos, char *name, struct inode **inode);
int proc_name_to_int(const char *name, int len);
extern const struct inode_operations proc_subdir_inode_operations;

/* fs/proc/base.c */
extern const struct proc_entry proc_pid_entry;
int proc_inode_path(struct inode *inode, char *buf, int buflen);
int proc_inode_name(struct inode *inode, char *buf, int buflen);	/* with " (deleted)" */
int proc_access_mm(struct mm_struct *mm, unsigned long addr, char *buf, size_t len);

/* fs/proc/array.c, task_mmu.c */
int proc_pid_stat(struct seq_file *m, struct task_struct *task);
int proc_pid_status(struct seq_file *m, struct task_struct *task);
int proc_pid_maps(struct seq_file *m, struct task_struct *task);
unsigned long task_vsize(struct mm_struct *mm);
unsigned long task_rss(struct mm_struct *mm);

/* the files of /proc itself: meminfo.c, cpuinfo.c, stat.c, version.c */
int meminfo_proc_show(struct seq_file *m, struct task_struct *unused);
int cpuinfo_proc_show(struct seq_file *m, struct task_struct *unused);
int stat_proc_show(struct seq_file *m, struct task_struct *unused);
int uptime_proc_show(struct seq_file *m, struct task_struct *unused);
int loadavg_proc_show(struct seq_file *m, struct task_struct *unused);
int version_proc_show(struct seq_file *m, struct task_struct *unused);
int filesystems_proc_show(struct seq_file *m, struct task_struct *unused);
int mounts_proc_show(struct seq_file *m, struct task_struct *unused);
int proc_pid_mountinfo(struct seq_file *m, struct task_struct *unused);
extern const struct proc_entry proc_sys_root[1];	/* proc_sysctl.c: /proc/sys's names */

/* fs/proc/root.c: the root of a new mount of procfs; inode.c: what it leaves cached */
struct inode *proc_new_root(struct super_block *sb);
void proc_forget(struct inode *root);

/* fs/namespace.c: procfs on /proc, at boot as init scripts mount it */
void mount_proc_at_boot(void);

#endif
