/*
 * filemap.c - the page cache: a regular file's contents kept in pages, so that
 * read/write and the file's MAP_SHARED mappings reach the same memory (a store
 * through a mapping is seen by read(), a write() through the mapping, as Linux).
 *
 * inode->i_pages[index] is the page (direct-map address) holding bytes
 * [index * PAGE_SIZE, (index + 1) * PAGE_SIZE) of the file, or 0 for a hole,
 * which reads as zeros.  No page lies wholly at or beyond the end of the file.
 * The cache holds one reference to each of its pages; each mapping of a page
 * holds another.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/sched.h>

unsigned long find_get_page(struct inode *inode, unsigned long index)
{
	return index < inode->i_pages_len ? inode->i_pages[index] : 0;
}

/* Make room for index in i_pages (doubling, as files grow by appends). */
static int grow_page_array(struct inode *inode, unsigned long index)
{
	unsigned long len = inode->i_pages_len ? inode->i_pages_len : 4;
	unsigned long *pages;

	while (len <= index)
		len *= 2;
	pages = kzalloc(len * sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	memcpy(pages, inode->i_pages, inode->i_pages_len * sizeof(*pages));
	kfree(inode->i_pages);
	inode->i_pages = pages;
	inode->i_pages_len = len;
	return 0;
}

/*
 * The pages a file system's size limit (tmpfs's size=) counts: its files'.  (tmpfs keeps
 * a symbolic link's target in the inode, as it does for short ones.)
 */
static int counted(struct inode *inode)
{
	return S_ISREG(inode->i_mode);
}

/*
 * Put page (with one reference, now the cache's) at index, where there is none: ENOSPC
 * past the file system's size limit.
 */
int add_to_page_cache(struct inode *inode, unsigned long page, unsigned long index)
{
	struct super_block *sb = inode->i_sb;

	if (counted(inode) && sb->s_max_pages && sb->s_used_pages >= sb->s_max_pages)
		return -ENOSPC;
	if (index >= inode->i_pages_len && grow_page_array(inode, index))
		return -ENOMEM;
	inode->i_pages[index] = page;
	if (counted(inode))
		sb->s_used_pages++;
	return 0;
}

/* Take the page at index out of the file: a hole again. */
void delete_from_page_cache(struct inode *inode, unsigned long index)
{
	put_page(inode->i_pages[index]);
	inode->i_pages[index] = 0;
	if (counted(inode))
		inode->i_sb->s_used_pages--;
}

/* The page at index, a zeroed one if the file has a hole there; 0 when memory is out. */
unsigned long find_or_create_page(struct inode *inode, unsigned long index)
{
	unsigned long page = find_get_page(inode, index);

	if (page)
		return page;
	page = get_zeroed_page(GFP_KERNEL);
	if (page && add_to_page_cache(inode, page, index)) {
		free_page(page);
		return 0;
	}
	return page;
}

/* Drop the pages wholly beyond size bytes (the file is being cut to size). */
void truncate_inode_pages(struct inode *inode, loff_t size)
{
	unsigned long index;

	for (index = PAGE_ALIGN(size) >> PAGE_SHIFT; index < inode->i_pages_len; index++) {
		if (inode->i_pages[index])
			delete_from_page_cache(inode, index);
	}
	if (!size) {
		kfree(inode->i_pages);
		inode->i_pages = NULL;
		inode->i_pages_len = 0;
	}
}

/*
 * Unmap file pages index and beyond from every mapping of the file, in every
 * process, private copies included (Linux's unmap_mapping_range with even_cows):
 * after a truncate, touching them again faults, and gives SIGBUS past the new end.
 */
static void unmap_mapping_range(struct inode *inode, unsigned long index)
{
	struct vm_area_struct *vma;
	int i;

	for (i = 0; i < NR_TASKS; i++) {
		struct mm_struct *mm = task[i] ? task[i]->mm : NULL;

		for (vma = mm ? mm->mmap : NULL; vma; vma = vma->vm_next) {
			unsigned long pages = (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
			unsigned long skip = index > vma->vm_pgoff ? index - vma->vm_pgoff : 0;

			if (vma->vm_file && vma->vm_file->f_inode == inode && skip < pages)
				unmap_range(mm, vma->vm_start + (skip << PAGE_SHIFT), vma->vm_end);
		}
	}
}

/* Whether a process maps the file (only by a shared mapping it may write through, if writable). */
static int mapped_by_any(struct inode *inode, int writable)
{
	struct vm_area_struct *vma;
	int i;

	for (i = 0; i < NR_TASKS; i++)
		for (vma = task[i] && task[i]->mm ? task[i]->mm->mmap : NULL; vma; vma = vma->vm_next)
			if (vma->vm_file && vma->vm_file->f_inode == inode &&
			    (!writable || ((vma->vm_flags & VM_SHARED) && file_writable(vma->vm_file))))
				return 1;
	return 0;
}

/* Any mapping of the file: its pages may then be in page tables. */
int mapping_mapped(struct inode *inode)
{
	return mapped_by_any(inode, 0);
}

/*
 * A shared mapping of the file opened for writing, which Linux counts as
 * writable whatever its protection (mprotect could make it so).
 */
int mapping_writably_mapped(struct inode *inode)
{
	return mapped_by_any(inode, 1);
}

/* The file is cut to size bytes: its pages beyond go from the mappings and the cache. */
void truncate_pagecache(struct inode *inode, loff_t size)
{
	/*
	 * Mappings hold cached pages or copies of them, and lose them when the cache does:
	 * with no page cached past size, none is mapped past it either.
	 */
	if ((unsigned long)PAGE_ALIGN(size) >> PAGE_SHIFT >= inode->i_pages_len)
		return;
	unmap_mapping_range(inode, PAGE_ALIGN(size) >> PAGE_SHIFT);
	truncate_inode_pages(inode, size);
}
