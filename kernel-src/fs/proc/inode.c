/*
 * inode.c - procfs inodes and open files.
 *
 * A proc inode stands for (directory, entry, pid, fd): lookups make them
 * on demand.  Path walks hold no references, so the inodes live in a
 * small cache, most recently used first; once it is full, the least
 * recently used inode that nothing holds (an open file, a cwd, a child's
 * i_parent) is freed.  Memory stays bounded however many /proc files are
 * looked at, and ".." and getcwd work from any proc directory.
 *
 * Opening a file runs its show() into a buffer (seq_file-style): reads at
 * any offset see that one snapshot, as a Linux seq_file read from 0 does.
 * A text that does not fit is made again in a buffer twice the size, with
 * no limit but memory, as Linux's seq_read grows its buffer.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <linux/proc_fs.h>

#define PROC_INODE_CACHE	32

static struct proc_inode *cache;
static int cached;
static unsigned long next_ino = 0xf0000000;	/* above ramfs's numbers */

static const struct file_operations proc_file_operations;

static void evict(struct proc_inode **link)
{
	struct proc_inode *ei = *link;

	*link = ei->next;
	iput(ei->vfs_inode.i_parent);
	kfree(ei);
	cached--;
}

/* Free the least recently used unreferenced inode, if the cache is full. */
static void shrink_cache(void)
{
	struct proc_inode **link, **victim = NULL;

	if (cached < PROC_INODE_CACHE)
		return;
	for (link = &cache; *link; link = &(*link)->next)
		if ((*link)->vfs_inode.i_count <= 0)
			victim = link;
	if (victim)
		evict(victim);
}

static int below(struct inode *inode, struct inode *root)
{
	for (inode = inode->i_parent; inode; inode = inode->i_parent)
		if (inode == root)
			return 1;
	return 0;
}

/*
 * A mount of procfs is going (fs/namespace.c): free the cached inodes under its root
 * that nothing holds, children first, so that the root can go too.
 */
void proc_forget(struct inode *root)
{
	struct proc_inode **link;
	int freed;

	do {
		freed = 0;
		for (link = &cache; *link;) {
			if ((*link)->vfs_inode.i_count <= 0 && below(&(*link)->vfs_inode, root)) {
				evict(link);
				freed = 1;
			} else {
				link = &(*link)->next;
			}
		}
	} while (freed);
}

/* The inode for entry in dir (of process pid, descriptor fd), made if need be. */
struct inode *proc_get_inode(struct inode *dir, const struct proc_entry *entry, pid_t pid, int fd)
{
	struct proc_inode **link, *ei;

	for (link = &cache; (ei = *link) != NULL; link = &ei->next) {
		if (ei->vfs_inode.i_parent == dir && ei->entry == entry && ei->pid == pid &&
		    ei->fd == fd) {
			*link = ei->next;		/* to the front: just used */
			ei->next = cache;
			cache = ei;
			return &ei->vfs_inode;
		}
	}
	shrink_cache();
	ei = kzalloc(sizeof(*ei), GFP_KERNEL);
	if (!ei)
		return NULL;
	ei->entry = entry;
	ei->pid = pid;
	ei->fd = fd;
	ei->vfs_inode.i_mode = entry->mode;
	ei->vfs_inode.i_sb = &proc_sb;
	ei->vfs_inode.i_ino = next_ino++;
	ei->vfs_inode.i_nlink = 1;	/* the cache frees it, never iput */
	ei->vfs_inode.i_op = entry->iop;
	ei->vfs_inode.i_parent = dir;	/* held: ".." and getcwd need it */
	iget(dir);
	if (S_ISREG(entry->mode))
		ei->vfs_inode.i_fop = &proc_file_operations;
	else if (S_ISDIR(entry->mode))
		ei->vfs_inode.i_fop = &ramfs_dir_operations;	/* read: EISDIR */
	current_time(&ei->vfs_inode.i_mtime);
	ei->vfs_inode.i_atime = ei->vfs_inode.i_ctime = ei->vfs_inode.i_mtime;
	ei->next = cache;
	cache = ei;
	cached++;
	return &ei->vfs_inode;
}

/* Task pid, zombies included (their /proc/PID stays until they are reaped). */
struct task_struct *proc_find_task(pid_t pid)
{
	int i;

	for (i = 0; i < NR_TASKS; i++)
		if (task[i] && task[i]->pid == pid && task[i]->state != EXIT_DEAD)
			return task[i];
	return NULL;
}

/* The process a proc inode belongs to, or NULL once it is gone. */
struct task_struct *proc_task(struct inode *inode)
{
	return proc_find_task(PROC_I(inode)->pid);
}

/* A decimal name ("42") as a number; -1 if it is not one. */
int proc_name_to_int(const char *name, int len)
{
	int n = 0, i;

	if (len == 0 || len > 9 || (name[0] == '0' && len > 1))
		return -1;
	for (i = 0; i < len; i++) {
		if (name[i] < '0' || name[i] > '9')
			return -1;
		n = n * 10 + (name[i] - '0');
	}
	return n;
}

struct inode *proc_lookup_entry(struct inode *dir, const struct proc_entry *table, int n,
				pid_t pid, const char *name, int len)
{
	int i;

	for (i = 0; i < n; i++)
		if ((int)strlen(table[i].name) == len && !memcmp(table[i].name, name, len))
			return proc_get_inode(dir, &table[i], pid, -1);
	return NULL;
}

int proc_readdir_entry(struct inode *dir, const struct proc_entry *table, int n, pid_t pid,
		       loff_t pos, char *name, struct inode **inode)
{
	if (pos < 0 || pos >= n)
		return 0;
	strlcpy(name, table[pos].name, DIRENT_NAME_LEN);
	*inode = proc_get_inode(dir, &table[pos], pid, -1);
	return *inode != NULL;
}

/* A directory of fixed names (a process's: none once it is gone). */
static struct inode *proc_subdir_lookup(struct inode *dir, const char *name, int len)
{
	const struct proc_entry *e = PROC_I(dir)->entry;

	if (PROC_I(dir)->pid && !proc_task(dir))
		return NULL;
	return proc_lookup_entry(dir, e->subdir, e->nr_subdir, PROC_I(dir)->pid, name, len);
}

static int proc_subdir_readdir(struct inode *dir, loff_t pos, char *name, struct inode **inode)
{
	const struct proc_entry *e = PROC_I(dir)->entry;

	if (PROC_I(dir)->pid && !proc_task(dir))
		return 0;
	return proc_readdir_entry(dir, e->subdir, e->nr_subdir, PROC_I(dir)->pid, pos, name, inode);
}

const struct inode_operations proc_subdir_inode_operations = {
	.lookup = proc_subdir_lookup,
	.readdir = proc_subdir_readdir,
};

/* ---- seq_file: the text being made ---- */

void seq_write(struct seq_file *m, const void *data, size_t len)
{
	if (m->count + len > m->size) {
		m->count = m->size;		/* overflowed: the caller retries */
		return;
	}
	memcpy(m->buf + m->count, data, len);
	m->count += len;
}

void seq_printf(struct seq_file *m, const char *fmt, ...)
{
	va_list args;
	int len;

	if (m->count >= m->size)
		return;
	va_start(args, fmt);
	len = vsnprintf(m->buf + m->count, m->size - m->count, fmt, args);
	va_end(args);
	if (m->count + len >= m->size)
		m->count = m->size;
	else
		m->count += len;
}

/* ---- open files: the text made at open, read from that buffer ---- */

static int proc_reg_open(struct inode *inode, struct file *file)
{
	struct proc_inode *ei = PROC_I(inode);
	struct task_struct *task = NULL;
	struct seq_file *m;
	size_t size;
	int err;

	if (ei->pid) {
		task = proc_task(inode);
		if (!task)
			return -ESRCH;
	}
	m = kzalloc(sizeof(*m), GFP_KERNEL);
	if (!m)
		return -ENOMEM;
	err = -ENOMEM;
	for (size = PAGE_SIZE;; size *= 2) {
		m->buf = kmalloc(size, GFP_KERNEL);
		if (!m->buf)
			break;
		m->size = size;
		m->count = 0;
		err = ei->entry->show(m, task);
		if (err == 0 && m->count < m->size) {
			file->private_data = m;
			return 0;
		}
		kfree(m->buf);
		if (err < 0)
			break;
		err = -ENOMEM;		/* did not fit: again with twice the room */
	}
	kfree(m);
	return err;
}

static ssize_t proc_reg_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct seq_file *m = file->private_data;
	size_t n;

	if (*ppos >= (loff_t)m->count)
		return 0;
	n = m->count - (size_t)*ppos;
	if (n > count)
		n = count;
	if (copy_to_user(buf, m->buf + *ppos, n))
		return -EFAULT;
	*ppos += n;
	return n;
}

/*
 * Only comm takes writes.  As root, opening another file to write works on
 * Linux; the write then fails: EIO for /proc's own files (proc_reg_write),
 * EINVAL for a process's (they have no write operation at all).
 */
static ssize_t proc_reg_write(struct file *file, const char __user *buf, size_t count,
			      loff_t *ppos)
{
	struct proc_inode *ei = PROC_I(file->f_inode);
	struct task_struct *task;
	char kbuf[64];

	(void)ppos;
	if (!ei->entry->write)
		return ei->pid ? -EINVAL : -EIO;
	task = proc_task(file->f_inode);
	if (!task)
		return -ESRCH;
	if (count > sizeof(kbuf))
		count = sizeof(kbuf);
	if (copy_from_user(kbuf, buf, count))
		return -EFAULT;
	return ei->entry->write(task, kbuf, count);
}

static void proc_reg_release(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;

	if (m) {
		kfree(m->buf);
		kfree(m);
	}
}

static const struct file_operations proc_file_operations = {
	.open = proc_reg_open,
	.read = proc_reg_read,
	.write = proc_reg_write,
	.release = proc_reg_release,
};
