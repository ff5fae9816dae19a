/*
 * base.c - /proc/PID/: a process's files (stat, status, cmdline, comm,
 * maps, environ), its links (exe, cwd) and fd/, one link per descriptor.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/proc_fs.h>
#include <asm/pgtable.h>

/*
 * The path of inode, found by searching the tree from the root (ramfs
 * keeps no parent for files).  Returns its length, or -ENOENT for an
 * inode no name leads to (a pipe, a socket, a removed file).
 */
static int find_path(struct inode *dir, struct inode *inode, char *buf, int len, int buflen)
{
	struct dentry *d;

	for (d = follow_mounts(dir)->i_subdirs; d; d = d->d_next) {
		struct inode *seen = follow_mounts(d->d_inode);	/* what the name leads to */
		int n;

		if (len + 1 + d->d_namelen >= buflen)
			continue;
		buf[len] = '/';
		memcpy(buf + len + 1, d->d_name, d->d_namelen);
		n = len + 1 + d->d_namelen;
		buf[n] = '\0';
		if (d->d_inode == inode || seen == inode)
			return n;
		if (S_ISDIR(seen->i_mode) && !seen->i_op) {
			n = find_path(seen, inode, buf, n, buflen);
			if (n >= 0)
				return n;
		}
	}
	return -ENOENT;
}

/*
 * inode's path as the reading process sees it: from its root (chroot), or from the real
 * root when the inode is outside it, as Linux's d_path.
 */
int proc_inode_path(struct inode *inode, char *buf, int buflen)
{
	struct inode *root = current_root();

	if (inode == root || inode == root_inode || inode == follow_mounts(root))
		return snprintf(buf, buflen, "/");
	if (root != root_inode) {
		int n = find_path(root, inode, buf, 0, buflen);

		if (n >= 0)
			return n;
	}
	return find_path(root_inode, inode, buf, 0, buflen);
}

/* inode's path; for a file removed while in use, the path it had and " (deleted)", as Linux's d_path. */
int proc_inode_name(struct inode *inode, char *buf, int buflen)
{
	int n = proc_inode_path(inode, buf, buflen);

	if (n < 0 && inode->i_deleted_name) {
		n = snprintf(buf, buflen, "%s (deleted)", inode->i_deleted_name);
		if (n >= buflen)
			n = buflen - 1;
	}
	return n;
}

/* Copy len bytes at addr of another address space, page by page: bytes copied. */
int proc_access_mm(struct mm_struct *mm, unsigned long addr, char *buf, size_t len)
{
	size_t done = 0;

	while (done < len) {
		unsigned long va = addr + done, off = va & (PAGE_SIZE - 1);
		size_t n = PAGE_SIZE - off < len - done ? PAGE_SIZE - off : len - done;
		pte_t *pte = lookup_pte(mm->pgd, va & PAGE_MASK, 0);

		if (!pte || !(*pte & _PAGE_PRESENT))
			break;
		memcpy(buf + done, (char *)__va(*pte & PTE_PFN_MASK) + off, n);
		done += n;
	}
	return (int)done;
}

/* The bytes of [start, end) of task's memory: its argv or environment strings. */
static int show_user_range(struct seq_file *m, struct task_struct *task,
			   unsigned long start, unsigned long end)
{
	size_t len = end - start;
	char *buf;

	if (!task->mm || end <= start)
		return 0;
	if (len > m->size - m->count) {
		m->count = m->size;		/* make room: a bigger buffer */
		return 0;
	}
	buf = m->buf + m->count;
	m->count += proc_access_mm(task->mm, start, buf, len);
	return 0;
}

static int proc_pid_cmdline(struct seq_file *m, struct task_struct *task)
{
	return task->mm ? show_user_range(m, task, task->mm->arg_start, task->mm->arg_end) : 0;
}

static int proc_pid_environ(struct seq_file *m, struct task_struct *task)
{
	return task->mm ? show_user_range(m, task, task->mm->env_start, task->mm->env_end) : 0;
}

/*
 * Writing comm renames the task as prctl(PR_SET_NAME) does: up to 15 bytes, a
 * newline ends it. Only a thread of the writer's own process, as Linux.
 */
static ssize_t proc_pid_comm_write(struct task_struct *task, const char *buf, size_t count)
{
	size_t n = 0;

	if (task->group_leader != current->group_leader)
		return -EINVAL;
	while (n < count && n < TASK_COMM_LEN - 1 && buf[n] != '\n' && buf[n] != '\0')
		n++;
	memcpy(task->comm, buf, n);
	task->comm[n] = '\0';
	return (ssize_t)count;
}

static int proc_pid_comm(struct seq_file *m, struct task_struct *task)
{
	seq_printf(m, "%s\n", task->comm);
	return 0;
}

/* ---- links: exe, cwd, root, fd/N ---- */

static int link_to_inode(struct inode *target, char *buf, int buflen)
{
	if (!target)
		return -ENOENT;
	if (S_ISFIFO(target->i_mode) && find_path(root_inode, target, buf, 0, buflen) < 0)
		return snprintf(buf, buflen, "pipe:[%lu]", target->i_ino);
	if (S_ISSOCK(target->i_mode) && find_path(root_inode, target, buf, 0, buflen) < 0)
		return snprintf(buf, buflen, "socket:[%lu]", target->i_ino);
	if (target->i_anon_name)
		return snprintf(buf, buflen, "anon_inode:%s", target->i_anon_name);
	return proc_inode_name(target, buf, buflen);
}

static int proc_exe_link(struct inode *link, char *buf, int buflen)
{
	struct task_struct *task = proc_task(link);

	if (!task || !task->mm)
		return -ENOENT;
	return link_to_inode(task->mm->exe_inode, buf, buflen);
}

static int proc_cwd_link(struct inode *link, char *buf, int buflen)
{
	struct task_struct *task = proc_task(link);

	if (!task || !task->fs)
		return -ENOENT;
	return link_to_inode(task->fs->cwd ? task->fs->cwd : root_inode, buf, buflen);
}

static int proc_root_link(struct inode *link, char *buf, int buflen)
{
	struct task_struct *task = proc_task(link);

	if (!task || !task->fs)
		return -ENOENT;
	return link_to_inode(task->fs->root ? task->fs->root : root_inode, buf, buflen);
}

/* Descriptor fd of task's table, or NULL. */
static struct file *task_file(struct task_struct *task, int fd)
{
	if (!task || !task->files || fd < 0 || fd >= NR_OPEN)
		return NULL;
	return task->files->fd[fd];
}

static int proc_fd_link(struct inode *link, char *buf, int buflen)
{
	struct file *f = task_file(proc_task(link), PROC_I(link)->fd);

	return f ? link_to_inode(f->f_inode, buf, buflen) : -ENOENT;
}

static const struct inode_operations proc_exe_inode_operations = { .get_link = proc_exe_link };
static const struct inode_operations proc_cwd_inode_operations = { .get_link = proc_cwd_link };
static const struct inode_operations proc_root_link_operations = { .get_link = proc_root_link };
static const struct inode_operations proc_fd_link_operations = { .get_link = proc_fd_link };

static const struct proc_entry proc_fd_entry = {
	"", S_IFLNK | 0700, NULL, &proc_fd_link_operations
};

/* ---- fd/: one link per open descriptor ---- */

static struct inode *proc_fd_lookup(struct inode *dir, const char *name, int len)
{
	int fd = proc_name_to_int(name, len);

	if (!task_file(proc_task(dir), fd))
		return NULL;
	return proc_get_inode(dir, &proc_fd_entry, PROC_I(dir)->pid, fd);
}

static int proc_fd_readdir(struct inode *dir, loff_t pos, char *name, struct inode **inode)
{
	struct task_struct *task = proc_task(dir);
	int fd;

	for (fd = 0; fd < NR_OPEN; fd++) {
		if (!task_file(task, fd) || pos-- > 0)
			continue;
		snprintf(name, DIRENT_NAME_LEN, "%d", fd);
		*inode = proc_get_inode(dir, &proc_fd_entry, PROC_I(dir)->pid, fd);
		return *inode != NULL;
	}
	return 0;
}

static const struct inode_operations proc_fd_inode_operations = {
	.lookup = proc_fd_lookup,
	.readdir = proc_fd_readdir,
};

/* ---- task/: the process's threads, each a directory like /proc/TID ---- */

/* Thread tid of the process whose directory dir is in, or NULL. */
static struct task_struct *thread_of(struct inode *dir, pid_t tid)
{
	struct task_struct *t = proc_find_task(tid);

	return t && t->tgid == PROC_I(dir)->pid ? t : NULL;
}

static struct inode *proc_task_lookup(struct inode *dir, const char *name, int len)
{
	int tid = proc_name_to_int(name, len);

	if (tid <= 0 || !thread_of(dir, tid))
		return NULL;
	return proc_get_inode(dir, &proc_pid_entry, tid, -1);
}

/* The threads in tid order: the pos-th smallest. */
static int proc_task_readdir(struct inode *dir, loff_t pos, char *name, struct inode **inode)
{
	pid_t prev = 0, best;
	int i;

	for (;;) {
		best = 0;
		for (i = 0; i < NR_TASKS; i++)
			if (task[i] && task[i]->pid > prev && (!best || task[i]->pid < best) &&
			    thread_of(dir, task[i]->pid))
				best = task[i]->pid;
		if (!best)
			return 0;
		if (pos-- == 0)
			break;
		prev = best;
	}
	snprintf(name, DIRENT_NAME_LEN, "%d", best);
	*inode = proc_get_inode(dir, &proc_pid_entry, best, -1);
	return *inode != NULL;
}

static const struct inode_operations proc_task_inode_operations = {
	.lookup = proc_task_lookup,
	.readdir = proc_task_readdir,
};

/* ---- the directory itself ---- */

static const struct proc_entry tgid_base_stuff[] = {
	{ "task",	S_IFDIR | 0555, NULL, &proc_task_inode_operations },
	{ "fd",		S_IFDIR | 0500, NULL, &proc_fd_inode_operations },
	{ "environ",	S_IFREG | 0400, proc_pid_environ, NULL },
	{ "status",	S_IFREG | 0444, proc_pid_status, NULL },
	{ "mounts",	S_IFREG | 0444, mounts_proc_show, NULL },
	{ "mountinfo",	S_IFREG | 0444, proc_pid_mountinfo, NULL },
	{ "cmdline",	S_IFREG | 0444, proc_pid_cmdline, NULL },
	{ "stat",	S_IFREG | 0444, proc_pid_stat, NULL },
	{ "comm",	S_IFREG | 0644, proc_pid_comm, NULL, NULL, 0, proc_pid_comm_write },
	{ "maps",	S_IFREG | 0444, proc_pid_maps, NULL },
	{ "cwd",	S_IFLNK | 0777, NULL, &proc_cwd_inode_operations },
	{ "exe",	S_IFLNK | 0777, NULL, &proc_exe_inode_operations },
	{ "root",	S_IFLNK | 0777, NULL, &proc_root_link_operations },
};

const struct proc_entry proc_pid_entry = PROC_SUBDIR("", 0555, tgid_base_stuff);
