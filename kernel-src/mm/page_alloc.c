/*
 * page_alloc.c - the physical page allocator.
 *
 * A bitmap with one bit per 4 KiB page of RAM (set = in use).  Blocks of
 * 2^order pages are aligned to their size, which keeps the search simple.
 * Reserved at boot: the first MiB (boot data, BIOS area), the kernel
 * image and the initramfs.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/gfp.h>
#include <asm/page.h>

#define MAX_PHYS_PAGES	(1UL << 18)	/* 1 GiB of RAM is used at most */
#define BITS_PER_LONG	64

static unsigned long page_bitmap[MAX_PHYS_PAGES / BITS_PER_LONG];
static unsigned long max_pfn;
unsigned long totalram_pages;
static unsigned long free_count;
static unsigned long search_hint;
/* References to each page beyond the first (see get_page): most pages have one owner. */
static unsigned short extra_refs[MAX_PHYS_PAGES];

static int page_used(unsigned long pfn)
{
	return (page_bitmap[pfn / BITS_PER_LONG] >> (pfn % BITS_PER_LONG)) & 1;
}

/* The bits of one bitmap word for pages [pfn, pfn + n); the range stays in that word. */
static unsigned long word_mask(unsigned long pfn, unsigned long n)
{
	unsigned long bits = n == BITS_PER_LONG ? ~0UL : (1UL << n) - 1;

	return bits << (pfn % BITS_PER_LONG);
}

/*
 * Counts the pages in use among [pfn, pfn + n) and, when mark is 1 or 0, marks them
 * all used or free.  It works a bitmap word at a time: the boot reserves megabytes
 * and a page-at-a-time loop was most of the instructions the kernel ran to boot.
 */
static unsigned long scan_pages(unsigned long pfn, unsigned long n, int mark)
{
	unsigned long used = 0;

	if (n == 1) {	/* most requests: one page */
		unsigned long *word = &page_bitmap[pfn / BITS_PER_LONG];
		unsigned long bit = 1UL << (pfn % BITS_PER_LONG);

		used = (*word & bit) != 0;
		if (mark == 1)
			*word |= bit;
		else if (mark == 0)
			*word &= ~bit;
		return used;
	}
	while (n) {
		unsigned long chunk = BITS_PER_LONG - pfn % BITS_PER_LONG;
		unsigned long *word = &page_bitmap[pfn / BITS_PER_LONG];
		unsigned long mask, hit;

		if (chunk > n)
			chunk = n;
		mask = word_mask(pfn, chunk);
		hit = *word & mask;
		if (hit == mask)
			used += chunk;
		else
			for (; hit; hit &= hit - 1)
				used++;
		if (mark == 1)
			*word |= mask;
		else if (mark == 0)
			*word &= ~mask;
		pfn += chunk;
		n -= chunk;
	}
	return used;
}

#define COUNT_ONLY	(-1)

static void reserve_range(unsigned long start, unsigned long end)
{
	unsigned long first = start >> PAGE_SHIFT, last = PAGE_ALIGN(end) >> PAGE_SHIFT;

	if (last > max_pfn)
		last = max_pfn;
	if (first >= last)
		return;
	free_count -= (last - first) - scan_pages(first, last - first, 1);
}

void mem_init(unsigned long ram_size, unsigned long kernel_end,
	      unsigned long initrd_start, unsigned long initrd_size)
{
	max_pfn = ram_size >> PAGE_SHIFT;
	if (max_pfn > MAX_PHYS_PAGES)
		max_pfn = MAX_PHYS_PAGES;
	free_count = max_pfn;
	reserve_range(0, 0x100000);
	reserve_range(0x1000000, kernel_end);	/* the image, loaded at 16 MiB */
	if (initrd_size)
		reserve_range(initrd_start, initrd_start + initrd_size);
	search_hint = 0;
	totalram_pages = free_count;
	printk(KERN_INFO "Memory: %luK/%luK available\n",
	       free_count << (PAGE_SHIFT - 10), max_pfn << (PAGE_SHIFT - 10));
}

unsigned long nr_free_pages(void)
{
	return free_count;
}

/*
 * One page, the common case: the first clear bit at or after the hint, found a
 * bitmap word at a time (a scan page by page cost dozens of instructions per
 * used page passed over).
 */
static unsigned long alloc_one_page(void)
{
	unsigned long words = (max_pfn + BITS_PER_LONG - 1) / BITS_PER_LONG;
	unsigned long w = (search_hint / BITS_PER_LONG) % words, i, free_bits, pfn;

	for (i = 0; i < words; i++, w = w + 1 == words ? 0 : w + 1) {
		free_bits = ~page_bitmap[w];
		if (w == words - 1 && max_pfn % BITS_PER_LONG)
			free_bits &= (1UL << (max_pfn % BITS_PER_LONG)) - 1;
		if (!free_bits)
			continue;
		pfn = w * BITS_PER_LONG + __builtin_ctzl(free_bits);
		page_bitmap[w] |= 1UL << (pfn % BITS_PER_LONG);
		free_count--;
		search_hint = pfn + 1;
		return (unsigned long)__va(pfn << PAGE_SHIFT);
	}
	return 0;
}

unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order)
{
	unsigned long n = 1UL << order;
	unsigned long pfn, tries;

	if (n == 1)
		return alloc_one_page();

	for (tries = 0, pfn = search_hint & ~(n - 1); tries < max_pfn; tries += n, pfn += n) {
		if (pfn + n > max_pfn)
			pfn = 0;
		/* skip quickly over fully used words of the bitmap */
		if (n < BITS_PER_LONG && !(pfn % BITS_PER_LONG) &&
		    page_bitmap[pfn / BITS_PER_LONG] == ~0UL) {
			tries += BITS_PER_LONG - n;
			pfn += BITS_PER_LONG - n;
			continue;
		}
		if (scan_pages(pfn, n, COUNT_ONLY))
			continue;
		scan_pages(pfn, n, 1);
		free_count -= n;
		search_hint = pfn + n;
		return (unsigned long)__va(pfn << PAGE_SHIFT);
	}
	return 0;
}

unsigned long get_zeroed_page(gfp_t gfp_mask)
{
	unsigned long page = __get_free_pages(gfp_mask, 0);

	if (page)
		memset((void *)page, 0, PAGE_SIZE);
	return page;
}

void free_pages(unsigned long addr, unsigned int order)
{
	unsigned long pfn = __pa((void *)addr) >> PAGE_SHIFT;
	unsigned long n = 1UL << order;

	if (!addr)
		return;
	if (n == 1 && page_used(pfn)) {	/* the common case, without the general scan */
		page_bitmap[pfn / BITS_PER_LONG] &= ~(1UL << (pfn % BITS_PER_LONG));
		free_count++;
		return;
	}
	if (scan_pages(pfn, n, COUNT_ONLY) != n) {
		while (page_used(pfn))
			pfn++;
		panic("free_pages: page %lx is not in use", pfn << PAGE_SHIFT);
	}
	scan_pages(pfn, n, 0);
	free_count += n;
}

void get_page(unsigned long addr)
{
	unsigned long pfn = __pa((void *)addr) >> PAGE_SHIFT;

	if (extra_refs[pfn] == 0xffff)
		panic("get_page: page %lx has too many references", pfn << PAGE_SHIFT);
	extra_refs[pfn]++;
}

void put_page(unsigned long addr)
{
	unsigned long pfn = __pa((void *)addr) >> PAGE_SHIFT;

	if (extra_refs[pfn])
		extra_refs[pfn]--;
	else
		free_page(addr);
}
