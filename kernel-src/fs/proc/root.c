/*
 * root.c - the /proc directory: its files (meminfo, uptime, ...), "self",
 * and one directory per process, named by its pid.
 *
 * Each mount of procfs (fs/namespace.c; /proc at boot) gets a root of its own
 * from proc_new_root; all of them show the same files.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/proc_fs.h>
#include <linux/statfs.h>
#include <uapi/linux/magic.h>

static int proc_self_get_link(struct inode *link, char *buf, int buflen)
{
	return snprintf(buf, buflen, "%d", current->tgid) >= buflen ? -ENAMETOOLONG :
	       (int)strlen(buf);
}

static const struct inode_operations proc_self_inode_operations = {
	.get_link = proc_self_get_link,
};

/* Listed in this order, before the pids (Linux lists the pids last). */
static const struct proc_entry proc_root_entries[] = {
	{ "cpuinfo",	 S_IFREG | 0444, cpuinfo_proc_show, NULL },
	{ "filesystems", S_IFREG | 0444, filesystems_proc_show, NULL },
	{ "loadavg",	 S_IFREG | 0444, loadavg_proc_show, NULL },
	{ "meminfo",	 S_IFREG | 0444, meminfo_proc_show, NULL },
	{ "mounts",	 S_IFREG | 0444, mounts_proc_show, NULL },
	{ "self",	 S_IFLNK | 0777, NULL, &proc_self_inode_operations },
	{ "stat",	 S_IFREG | 0444, stat_proc_show, NULL },
	{ "sys",	 S_IFDIR | 0555, NULL, &proc_subdir_inode_operations, proc_sys_root, 1 },
	{ "uptime",	 S_IFREG | 0444, uptime_proc_show, NULL },
	{ "version",	 S_IFREG | 0444, version_proc_show, NULL },
};
#define NR_ROOT_ENTRIES	(int)(sizeof(proc_root_entries) / sizeof(proc_root_entries[0]))

/* A process, not a thread: /proc lists thread group leaders. */
static int listed_process(struct task_struct *p)
{
	return p && p->pid == p->tgid && p->state != EXIT_DEAD;
}

/* The nth smallest pid among the listed processes, or 0. */
static pid_t nth_pid(loff_t n)
{
	pid_t prev = 0, best;
	int i;

	for (;;) {
		best = 0;
		for (i = 0; i < NR_TASKS; i++)
			if (listed_process(task[i]) && task[i]->pid > prev &&
			    (!best || task[i]->pid < best))
				best = task[i]->pid;
		if (!best || n-- == 0)
			return best;
		prev = best;
	}
}

static struct inode *proc_root_lookup(struct inode *dir, const char *name, int len)
{
	struct inode *inode = proc_lookup_entry(dir, proc_root_entries, NR_ROOT_ENTRIES, 0, name, len);
	int pid;

	if (inode)
		return inode;
	pid = proc_name_to_int(name, len);
	if (pid <= 0 || !proc_find_task(pid))
		return NULL;
	return proc_get_inode(dir, &proc_pid_entry, pid, -1);
}

static int proc_root_readdir(struct inode *dir, loff_t pos, char *name, struct inode **inode)
{
	pid_t pid;

	if (pos < NR_ROOT_ENTRIES)
		return proc_readdir_entry(dir, proc_root_entries, NR_ROOT_ENTRIES, 0, pos, name, inode);
	pid = nth_pid(pos - NR_ROOT_ENTRIES);
	if (!pid)
		return 0;
	snprintf(name, DIRENT_NAME_LEN, "%d", pid);
	*inode = proc_get_inode(dir, &proc_pid_entry, pid, -1);
	return *inode != NULL;
}

/* As /proc/mounts says it is mounted. */
struct super_block proc_sb = {
	.s_magic = PROC_SUPER_MAGIC,
	.s_mnt_flags = ST_NOSUID | ST_NODEV | ST_NOEXEC | ST_RELATIME,
};

static const struct inode_operations proc_root_inode_operations = {
	.lookup = proc_root_lookup,
	.readdir = proc_root_readdir,
};

/* A root directory for a new mount of procfs. */
struct inode *proc_new_root(struct super_block *sb)
{
	struct inode *root = ramfs_get_inode(S_IFDIR | 0555, 0);

	if (!root)
		return NULL;
	root->i_op = &proc_root_inode_operations;
	root->i_sb = sb;
	root->i_nlink = 1;	/* a directory with no name would be a dead one */
	return root;
}
