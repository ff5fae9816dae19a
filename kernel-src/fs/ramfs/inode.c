/*
 * inode.c - ramfs: the in-memory file system that holds everything.
 *
 * A directory keeps a linked list of (name, inode) entries; a regular
 * file keeps its bytes in one kmalloc'd buffer that doubles as it grows.
 * An inode is freed when its last name is removed and no open file or
 * working directory still refers to it.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/uaccess.h>
#include <asm/setup.h>

struct inode *root_inode;
static unsigned long next_ino = 1;

struct inode *ramfs_get_inode(umode_t mode, dev_t dev)
{
	struct inode *inode = kzalloc(sizeof(*inode), GFP_KERNEL);

	if (!inode)
		return NULL;
	inode->i_mode = mode;
	inode->i_ino = next_ino++;
	inode->i_rdev = dev;
	current_time(&inode->i_mtime);
	inode->i_atime = inode->i_ctime = inode->i_mtime;
	if (S_ISREG(mode))
		inode->i_fop = &ramfs_file_operations;
	else if (S_ISDIR(mode))
		inode->i_fop = &ramfs_dir_operations;
	return inode;
}

static void free_inode(struct inode *inode)
{
	kfree(inode->i_data);
	kfree(inode);
}

void iget(struct inode *inode)
{
	inode->i_count++;
}

void iput(struct inode *inode)
{
	if (--inode->i_count <= 0 && inode->i_nlink == 0 && inode != root_inode)
		free_inode(inode);
}

struct inode *ramfs_lookup(struct inode *dir, const char *name, int len)
{
	struct dentry *d;

	for (d = dir->i_subdirs; d; d = d->d_next)
		if (d->d_namelen == len && !memcmp(d->d_name, name, len))
			return d->d_inode;
	return NULL;
}

/* Add name -> inode to dir (at the end, so listings keep creation order). */
int ramfs_link(struct inode *dir, const char *name, int len, struct inode *inode)
{
	struct dentry *d, **link = &dir->i_subdirs;

	if (len > NAME_MAX)
		return -ENAMETOOLONG;
	if (ramfs_lookup(dir, name, len))
		return -EEXIST;
	d = kmalloc(sizeof(*d), GFP_KERNEL);
	if (!d)
		return -ENOMEM;
	d->d_name = kmalloc(len + 1, GFP_KERNEL);
	if (!d->d_name) {
		kfree(d);
		return -ENOMEM;
	}
	memcpy(d->d_name, name, len);
	d->d_name[len] = '\0';
	d->d_namelen = len;
	d->d_inode = inode;
	d->d_next = NULL;
	while (*link)
		link = &(*link)->d_next;
	*link = d;
	inode->i_nlink++;
	if (S_ISDIR(inode->i_mode))
		inode->i_parent = dir;
	return 0;
}

int ramfs_unlink(struct inode *dir, const char *name, int len)
{
	struct dentry **link, *d;

	for (link = &dir->i_subdirs; (d = *link) != NULL; link = &d->d_next) {
		if (d->d_namelen == len && !memcmp(d->d_name, name, len)) {
			struct inode *inode = d->d_inode;

			*link = d->d_next;
			kfree(d->d_name);
			kfree(d);
			inode->i_nlink--;
			if (inode->i_nlink == 0 && inode->i_count <= 0)
				free_inode(inode);
			return 0;
		}
	}
	return -ENOENT;
}

/* Write len bytes at pos, growing the file.  Returns bytes written or -errno. */
int ramfs_write_data(struct inode *inode, loff_t pos, const char *data, size_t len, int from_user)
{
	size_t end = (size_t)pos + len;

	if (end > inode->i_capacity) {
		size_t cap = inode->i_capacity ? inode->i_capacity : 256;
		char *buf;

		while (cap < end)
			cap *= 2;
		buf = kmalloc(cap, GFP_KERNEL);
		if (!buf)
			return -ENOSPC;
		memcpy(buf, inode->i_data, inode->i_size);
		kfree(inode->i_data);
		inode->i_data = buf;
		inode->i_capacity = cap;
	}
	if ((size_t)pos > (size_t)inode->i_size)	/* a hole reads as zeros */
		memset(inode->i_data + inode->i_size, 0, (size_t)pos - inode->i_size);
	if (from_user) {
		if (copy_from_user(inode->i_data + pos, (const char __user *)data, len))
			return -EFAULT;
	} else {
		memcpy(inode->i_data + pos, data, len);
	}
	if ((loff_t)end > inode->i_size)
		inode->i_size = end;
	if (from_user) {
		current_time(&inode->i_mtime);
		inode->i_ctime = inode->i_mtime;
	}
	return (int)len;
}

void ramfs_truncate(struct inode *inode)
{
	inode->i_size = 0;
}

void init_rootfs(void)
{
	root_inode = ramfs_get_inode(S_IFDIR | 0755, 0);
	root_inode->i_parent = root_inode;
	root_inode->i_nlink = 2;
	root_inode->i_count = 1;
}
