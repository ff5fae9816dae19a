/*
 * shmem.c - MAP_SHARED | MAP_ANONYMOUS memory.  As Linux does, the mapping is of a
 * file: an unnamed ramfs file of the mapping's size, whose page cache holds the
 * pages.  fork copies the mapping, not the memory, so parent and child fault in the
 * same pages, whichever touches a page first.  The file goes when its last mapping does.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/mm.h>

struct file *shmem_file_setup(unsigned long size)
{
	struct inode *inode = ramfs_get_inode(S_IFREG | 0600, 0);
	struct file *file;

	if (!inode)
		return NULL;
	inode->i_size = size;
	file = alloc_file(inode, O_RDWR, inode->i_fop);
	if (!file)
		kfree(inode);
	return file;
}
