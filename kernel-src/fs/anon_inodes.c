/*
 * anon_inodes.c - files with no name: epoll instances, eventfds, timerfds and
 * signalfds.  Each gets a private inode (mode 0600, no file type, as fstat
 * shows Linux's shared anonymous inode) that carries its kind's name for
 * /proc/PID/fd, and the object it stands for in private_data; its ->release
 * frees that object at the last close.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/anon_inodes.h>

/* A new open file for priv; NULL when out of memory (the caller still owns priv). */
struct file *anon_inode_getfile(const char *name, const struct file_operations *fops, void *priv, int flags)
{
	struct inode *inode = ramfs_get_inode(0600, 0);
	struct file *file;

	if (!inode)
		return NULL;
	inode->i_nlink = 0;	/* no name: freed with its file */
	inode->i_anon_name = name;	/* what /proc/PID/fd shows: "anon_inode:[eventpoll]" */
	file = alloc_file(inode, (flags & (O_ACCMODE | O_NONBLOCK)), fops);
	if (!file) {
		kfree(inode);	/* nothing holds it yet */
		return NULL;
	}
	file->private_data = priv;
	return file;
}

/* The same file under the lowest free descriptor (O_CLOEXEC in flags: close it on execve). */
int anon_inode_getfd(const char *name, const struct file_operations *fops, void *priv, int flags)
{
	int fd = get_unused_fd();
	struct file *file;

	if (fd < 0)
		return fd;
	file = anon_inode_getfile(name, fops, priv, flags);
	if (!file)
		return -ENOMEM;
	fd_install(fd, file);
	if (flags & O_CLOEXEC)
		current->files->close_on_exec |= 1UL << fd;
	return fd;
}
