/*
 * init_64.c - the kernel's page tables.
 *
 * Two mappings, shared by every process (PML4 entries 256..511):
 *  - the direct map: all RAM at PAGE_OFFSET (0xffff880000000000) with
 *    2 MiB pages, writable, not executable;
 *  - the kernel image at __START_KERNEL_map + phys with 4 KiB pages, so
 *    text can be read-only+executable and data writable+no-execute.
 * Nothing is mapped at low addresses any more: a kernel NULL dereference
 * faults, as it should.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/msr.h>
#include <asm-generic/sections.h>

#define MAX_DIRECT_GB	4
#define KERNEL_PTS	8	/* 4 KiB page tables for the image: 16 MiB */

static pte_t level4_pgt[PTRS_PER_TABLE] __aligned(PAGE_SIZE);
static pte_t level3_ident_pgt[PTRS_PER_TABLE] __aligned(PAGE_SIZE);
static pte_t level2_ident_pgt[MAX_DIRECT_GB][PTRS_PER_TABLE] __aligned(PAGE_SIZE);
static pte_t level3_kernel_pgt[PTRS_PER_TABLE] __aligned(PAGE_SIZE);
static pte_t level2_kernel_pgt[PTRS_PER_TABLE] __aligned(PAGE_SIZE);
static pte_t level1_kernel_pgt[KERNEL_PTS][PTRS_PER_TABLE] __aligned(PAGE_SIZE);

pte_t *init_level4_pgt = level4_pgt;

/* Physical address of a kernel-image object, before the direct map exists. */
static unsigned long phys(const void *p)
{
	return (unsigned long)p - __START_KERNEL_map;
}

static void map_direct(unsigned long ram_size)
{
	unsigned long addr;

	level4_pgt[pgd_index(PAGE_OFFSET)] = phys(level3_ident_pgt) | _KERNPG_TABLE;
	for (addr = 0; addr < ram_size && addr < ((unsigned long)MAX_DIRECT_GB << 30);
	     addr += 1UL << PMD_SHIFT) {
		unsigned long gb = addr >> PUD_SHIFT;

		level3_ident_pgt[gb] = phys(level2_ident_pgt[gb]) | _KERNPG_TABLE;
		level2_ident_pgt[gb][pmd_index(addr)] =
			addr | _PAGE_PRESENT | _PAGE_RW | _PAGE_PSE | _PAGE_ACCESSED |
			_PAGE_DIRTY | _PAGE_NX;
	}
}

static void map_kernel_image(void)
{
	unsigned long va = (unsigned long)_text & ~((1UL << PMD_SHIFT) - 1);
	unsigned long end = (unsigned long)_end;
	int pt = 0;

	level4_pgt[pgd_index(__START_KERNEL_map)] = phys(level3_kernel_pgt) | _KERNPG_TABLE;
	level3_kernel_pgt[pud_index(__START_KERNEL_map)] = phys(level2_kernel_pgt) | _KERNPG_TABLE;
	for (; va < end; va += PAGE_SIZE) {
		pte_t *ptes;
		pte_t flags = _PAGE_PRESENT | _PAGE_ACCESSED;

		if (pte_index(va) == 0 || !pt) {
			if (pt == KERNEL_PTS)
				panic("kernel image too large for its page tables");
			level2_kernel_pgt[pmd_index(va)] = phys(level1_kernel_pgt[pt]) | _KERNPG_TABLE;
			pt++;
		}
		ptes = level1_kernel_pgt[pt - 1];
		if (va >= (unsigned long)_sdata)
			flags |= _PAGE_RW | _PAGE_DIRTY | _PAGE_NX;
		else if (va >= (unsigned long)_etext)
			flags |= _PAGE_NX;	/* rodata and the exception table */
		ptes[pte_index(va)] = phys((void *)va) | flags;
	}
}

void paging_init(unsigned long ram_size)
{
	map_direct(ram_size);
	map_kernel_image();
	/* NX must be on before any entry with bit 63 is used. */
	wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_NX);
	write_cr3(phys(level4_pgt));
	write_cr0(read_cr0() | X86_CR0_WP);
	init_level4_pgt = (pte_t *)__va(phys(level4_pgt));
}
