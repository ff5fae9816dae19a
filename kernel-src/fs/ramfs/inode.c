/*
 * inode.c - ramfs: the in-memory file system that holds everything.
 *
 * A directory keeps a linked list of (name, inode) entries; a regular
 * file (or symlink) keeps its bytes in its page cache (mm/filemap.c), the
 * pages its shared mappings map too.
 * An inode is freed when its last name is removed and no open file or
 * working directory still refers to it.  A directory removed while in use
 * (Linux: "dead") stays empty: namei.c gives it no new names.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <linux/proc_fs.h>
#include <linux/statfs.h>
#include <linux/gfp.h>
#include <uapi/linux/magic.h>
#include <asm/setup.h>

struct inode *root_inode;
static unsigned long next_ino = 1;

/*
 * Our files take their pages straight from the page allocator, with no
 * size limit of their own: all of RAM is the file system's, and what is
 * free of it is free for files.
 */
static void rootfs_statfs(struct super_block *sb, struct kstatfs *buf)
{
	buf->f_blocks = totalram_pages;
	buf->f_bfree = buf->f_bavail = nr_free_pages();
}

/* The initramfs's tree: Linux's rootfs, on tmpfs, mounted "rw" */
struct super_block rootfs_sb = {
	.s_magic = TMPFS_MAGIC,
	.statfs = rootfs_statfs,
};

struct inode *ramfs_get_inode(umode_t mode, dev_t dev)
{
	struct inode *inode = kzalloc(sizeof(*inode), GFP_KERNEL);

	if (!inode)
		return NULL;
	inode->i_mode = mode;
	inode->i_sb = &rootfs_sb;
	inode->i_ino = next_ino++;
	inode->i_rdev = dev;
	current_time(&inode->i_mtime);
	inode->i_atime = inode->i_ctime = inode->i_mtime;
	if (S_ISREG(mode)) {
		inode->i_fop = &ramfs_file_operations;
		inode->i_seals = F_SEAL_SEAL;	/* tmpfs's: only a memfd may be sealed */
	}
	else if (S_ISDIR(mode))
		inode->i_fop = &ramfs_dir_operations;
	return inode;
}

static void free_inode(struct inode *inode)
{
	/* the reference ramfs_unlink took for ".." (a mount's root has no parent) */
	if (S_ISDIR(inode->i_mode) && inode->i_parent)
		iput(inode->i_parent);
	truncate_inode_pages(inode, 0);
	kfree(inode->i_deleted_name);
	kfree(inode);
}

void iget(struct inode *inode)
{
	inode->i_count++;
	inode->i_sb->s_refs++;
}

/* An unmounted file system's super_block goes with the last reference to its inodes. */
void iput(struct inode *inode)
{
	struct super_block *sb = inode->i_sb;

	sb->s_refs--;
	if (--inode->i_count <= 0 && inode->i_nlink == 0 && inode != root_inode)
		free_inode(inode);
	if (sb->s_refs == 0 && sb->s_release)
		sb->s_release(sb);
}

static struct dentry *ramfs_find_dentry(struct inode *dir, const char *name, int len)
{
	struct dentry *d;

	for (d = dir->i_subdirs; d; d = d->d_next)
		if (d->d_namelen == len && !memcmp(d->d_name, name, len))
			return d;
	return NULL;
}

struct inode *ramfs_lookup(struct inode *dir, const char *name, int len)
{
	struct dentry *d;

	if (dir->i_op && dir->i_op->lookup)
		return dir->i_op->lookup(dir, name, len);
	d = ramfs_find_dentry(dir, name, len);
	return d ? d->d_inode : NULL;
}

/* Add name -> inode to dir (at the end, so listings keep creation order). */
int ramfs_link(struct inode *dir, const char *name, int len, struct inode *inode)
{
	struct dentry *d, **link = &dir->i_subdirs;

	if (len > NAME_MAX)
		return -ENAMETOOLONG;
	if (dir->i_op)
		return -ENOENT;		/* procfs: no name can be made there */
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
	if (S_ISDIR(inode->i_mode)) {
		if (!inode->i_nlink && inode->i_parent)
			iput(inode->i_parent);	/* renamed: its old parent's reference is done */
		inode->i_parent = dir;
	}
	inode->i_nlink++;
	return 0;
}

/* A directory's ".." is the directory holding its name. */
static void set_parent(struct inode *inode, struct inode *dir)
{
	if (S_ISDIR(inode->i_mode))
		inode->i_parent = dir;
}

/* renameat2's RENAME_EXCHANGE: the two names, both existing, swap what they name. */
int ramfs_exchange(struct inode *dir1, const char *name1, int len1,
		   struct inode *dir2, const char *name2, int len2)
{
	struct dentry *d1, *d2;
	struct inode *inode;

	if (dir1->i_op || dir2->i_op)
		return -EPERM;		/* procfs names stay as they are */
	d1 = ramfs_find_dentry(dir1, name1, len1);
	d2 = ramfs_find_dentry(dir2, name2, len2);
	if (!d1 || !d2)
		return -ENOENT;
	inode = d1->d_inode;
	d1->d_inode = d2->d_inode;
	d2->d_inode = inode;
	set_parent(d1->d_inode, dir1);
	set_parent(d2->d_inode, dir2);
	return 0;
}

/*
 * The last name of a file removed while still in use (open, mapped, a cwd),
 * which /proc shows with " (deleted)" as Linux's d_path does.  Without
 * memory for it, /proc just cannot name the file.
 */
static void remember_deleted_name(struct inode *dir, struct dentry *d)
{
	char *path = kmalloc(PATH_MAX, GFP_KERNEL);
	int n = path ? proc_inode_path(dir, path, PATH_MAX) : -ENOMEM;

	if (n == 1)
		n = 0;			/* the root: "/" then the name */
	if (n >= 0 && n + 1 + d->d_namelen < PATH_MAX) {
		path[n] = '/';
		memcpy(path + n + 1, d->d_name, d->d_namelen);
		path[n + 1 + d->d_namelen] = '\0';
		kfree(d->d_inode->i_deleted_name);
		d->d_inode->i_deleted_name = kmalloc(n + 2 + d->d_namelen, GFP_KERNEL);
		if (d->d_inode->i_deleted_name)
			strcpy(d->d_inode->i_deleted_name, path);
	}
	kfree(path);
}

int ramfs_unlink(struct inode *dir, const char *name, int len)
{
	struct dentry **link, *d;

	if (dir->i_op)
		return -EPERM;		/* procfs names cannot be removed */
	for (link = &dir->i_subdirs; (d = *link) != NULL; link = &d->d_next) {
		if (d->d_namelen == len && !memcmp(d->d_name, name, len)) {
			struct inode *inode = d->d_inode;

			if (inode->i_nlink == 1 && inode->i_count > 0)
				remember_deleted_name(dir, d);
			*link = d->d_next;
			kfree(d->d_name);
			kfree(d);
			inode->i_nlink--;
			/*
			 * A directory without a name keeps its parent, which ".." still
			 * reaches from it while it is in use (Linux's dentry holds
			 * its parent): until it is freed, or linked again by rename.
			 */
			if (S_ISDIR(inode->i_mode) && inode->i_nlink == 0)
				iget(dir);
			if (inode->i_nlink == 0 && inode->i_count <= 0)
				free_inode(inode);
			return 0;
		}
	}
	return -ENOENT;
}

/*
 * The file grows to size: the bytes between the old end and size read as zeros.  Pages
 * beyond the old end do not exist, but the old last page may hold bytes past the end
 * (a shared mapping may store there), so they are cleared.
 */
static void zero_tail(struct inode *inode, loff_t size)
{
	unsigned long page = find_get_page(inode, inode->i_size >> PAGE_SHIFT);
	size_t from = inode->i_size & ~PAGE_MASK, to = PAGE_SIZE;

	if (!page || !from)
		return;
	if ((size >> PAGE_SHIFT) == (inode->i_size >> PAGE_SHIFT))
		to = size & ~PAGE_MASK;
	memset((char *)page + from, 0, to - from);
}

/* Cut or extend (with zeros) the file to size bytes. */
void ramfs_resize(struct inode *inode, loff_t size)
{
	if (size > inode->i_size)
		zero_tail(inode, size);
	else
		truncate_pagecache(inode, size);
	inode->i_size = size;
}

/*
 * The page for bytes [off, off + n) of page index, which a write is about to fill.  A
 * new page is zeroed only where the write will not store (files are mostly written
 * whole, and zeroing every page first made loading the initramfs much slower).
 */
static unsigned long page_to_write(struct inode *inode, unsigned long index, size_t off, size_t n)
{
	unsigned long page = find_get_page(inode, index);

	if (page)
		return page;
	page = __get_free_page(GFP_KERNEL);
	if (!page)
		return 0;
	memset((void *)page, 0, off);
	memset((char *)page + off + n, 0, PAGE_SIZE - off - n);
	if (add_to_page_cache(inode, page, index)) {
		free_page(page);
		return 0;
	}
	return page;
}

/* Write len bytes at pos, growing the file.  Returns bytes written or -errno. */
int ramfs_write_data(struct inode *inode, loff_t pos, const char *data, size_t len, int from_user)
{
	size_t done = 0;
	int err = -ENOSPC;

	if (pos > inode->i_size)	/* a hole reads as zeros */
		zero_tail(inode, pos);
	while (done < len) {
		loff_t at = pos + done;
		size_t off = at & ~PAGE_MASK, n = min_t(size_t, PAGE_SIZE - off, len - done);
		unsigned long page = page_to_write(inode, at >> PAGE_SHIFT, off, n);

		if (!page)
			break;
		if (from_user) {
			if (copy_from_user((char *)page + off, (const char __user *)data + done, n)) {
				err = -EFAULT;
				break;
			}
		} else {
			memcpy((char *)page + off, data + done, n);
		}
		done += n;
		if (pos + (loff_t)done > inode->i_size)
			inode->i_size = pos + done;
	}
	if (done < len)	/* a failed copy may have left a page past the end, half written */
		truncate_inode_pages(inode, inode->i_size);
	if (from_user && done) {
		current_time(&inode->i_mtime);
		inode->i_ctime = inode->i_mtime;
	}
	if (!done && len)
		return err;
	return (int)done;
}

/* Read up to len bytes at pos (fewer at the end of the file). */
ssize_t ramfs_read_data(struct inode *inode, loff_t pos, char *buf, size_t len, int to_user)
{
	size_t done = 0;

	if (pos >= inode->i_size)
		return 0;
	if (len > (size_t)(inode->i_size - pos))
		len = (size_t)(inode->i_size - pos);
	while (done < len) {
		loff_t at = pos + done;
		size_t off = at & ~PAGE_MASK, n = PAGE_SIZE - off;
		unsigned long page = find_get_page(inode, at >> PAGE_SHIFT);

		if (n > len - done)
			n = len - done;
		if (!to_user) {
			if (page)
				memcpy(buf + done, (char *)page + off, n);
			else
				memset(buf + done, 0, n);
		} else if (page ? copy_to_user(buf + done, (char *)page + off, n)
				: clear_user(buf + done, n)) {
			return done ? (ssize_t)done : -EFAULT;
		}
		done += n;
	}
	return done;
}

void init_rootfs(void)
{
	root_inode = ramfs_get_inode(S_IFDIR | 0755, 0);
	root_inode->i_parent = root_inode;
	root_inode->i_nlink = 2;
	root_inode->i_count = 1;
}
