/*
 * gfp.h - the physical page allocator (mm/page_alloc.c).  Pages are
 * handed out as their direct-map virtual address; blocks of 2^order
 * contiguous pages are available for kernel stacks and big buffers.
 */
#ifndef __LINUX_GFP_H
#define __LINUX_GFP_H

#include <linux/types.h>

typedef unsigned int gfp_t;
#define GFP_KERNEL	0u

unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order);
unsigned long get_zeroed_page(gfp_t gfp_mask);
void free_pages(unsigned long addr, unsigned int order);
#define __get_free_page(gfp) __get_free_pages((gfp), 0)
#define free_page(addr) free_pages((addr), 0)

/*
 * A page shared by several owners (mappings in several processes, a file's page
 * cache) is counted: a new page has one reference, get_page adds one and put_page
 * drops one, freeing the page with the last.
 */
void get_page(unsigned long addr);
void put_page(unsigned long addr);

void mem_init(unsigned long ram_size, unsigned long kernel_end,
	      unsigned long initrd_start, unsigned long initrd_size);
unsigned long nr_free_pages(void);
extern unsigned long totalram_pages;	/* pages the allocator manages: /proc/meminfo */

#endif
