/*
 * slab.c - kmalloc/kfree.
 *
 * Small blocks (up to 2 KiB) come from power-of-two size classes, each a
 * free list carved out of whole pages; larger ones are whole page blocks.
 * Every block starts with a 16-byte header recording its class, so kfree
 * needs no size.  Freed small blocks go back to their class's list.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <asm/page.h>

#define MIN_SHIFT	5	/* 32 bytes */
#define MAX_SHIFT	11	/* 2048 bytes */
#define NR_CLASSES	(MAX_SHIFT - MIN_SHIFT + 1)
#define PAGES_TAG	64	/* tag >= 64: a page block of order tag - 64 */
#define KMALLOC_MAGIC	0x6b6d616c6c6f6321UL

struct kmalloc_header {
	unsigned long tag;	/* size class shift, or PAGES_TAG + order */
	unsigned long magic;
};

struct free_block {
	struct free_block *next;
};

static struct free_block *free_lists[NR_CLASSES];

static int refill(int shift)
{
	unsigned long page = __get_free_page(GFP_KERNEL);
	unsigned long size = 1UL << shift, off;

	if (!page)
		return -1;
	for (off = 0; off + size <= PAGE_SIZE; off += size) {
		struct free_block *b = (struct free_block *)(page + off);

		b->next = free_lists[shift - MIN_SHIFT];
		free_lists[shift - MIN_SHIFT] = b;
	}
	return 0;
}

void *kmalloc(size_t size, gfp_t flags)
{
	size_t total = size + sizeof(struct kmalloc_header);
	struct kmalloc_header *h;
	int shift;

	if (total <= (1UL << MAX_SHIFT)) {
		struct free_block **list;

		for (shift = MIN_SHIFT; (1UL << shift) < total; shift++)
			;
		list = &free_lists[shift - MIN_SHIFT];
		if (!*list && refill(shift))
			return NULL;
		h = (struct kmalloc_header *)*list;
		*list = (*list)->next;
		h->tag = shift;
	} else {
		int order = 0;

		while ((PAGE_SIZE << order) < total)
			order++;
		h = (struct kmalloc_header *)__get_free_pages(flags, order);
		if (!h)
			return NULL;
		h->tag = PAGES_TAG + order;
	}
	h->magic = KMALLOC_MAGIC;
	return h + 1;
}

void *kzalloc(size_t size, gfp_t flags)
{
	void *p = kmalloc(size, flags);

	if (p)
		memset(p, 0, size);
	return p;
}

void kfree(const void *p)
{
	struct kmalloc_header *h;

	if (!p)
		return;
	h = (struct kmalloc_header *)p - 1;
	if (h->magic != KMALLOC_MAGIC)
		panic("kfree: bad pointer %p", p);
	h->magic = 0;
	if (h->tag >= PAGES_TAG) {
		free_pages((unsigned long)h, h->tag - PAGES_TAG);
	} else {
		int class = (int)h->tag - MIN_SHIFT;
		struct free_block *b = (struct free_block *)h;

		b->next = free_lists[class];
		free_lists[class] = b;
	}
}
