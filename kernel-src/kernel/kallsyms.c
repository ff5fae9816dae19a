/*
 * kallsyms.c - the kernel's own symbol table, so an oops names the function that
 * crashed ("sys_stephen+0x1c/0x40") instead of a bare address.
 *
 * Rewritten for tcc-lite. The table is generated at build time from the first link of
 * vmlinux (cli/build/kallsyms.ts) and linked into the second: sorted addresses of the
 * text symbols, and their names as NUL-terminated strings reached through an offset
 * array. Linux compresses the names with a token table; ours stay plain, since the
 * whole kernel has a few hundred functions.
 */
#include <linux/kallsyms.h>
#include <linux/kernel.h>
#include <asm-generic/sections.h>

extern const unsigned long kallsyms_num_syms;
extern const unsigned long kallsyms_addresses[];
extern const unsigned int kallsyms_name_offsets[];
extern const char kallsyms_names[];

int core_kernel_text(unsigned long addr)
{
	return addr >= (unsigned long)_text && addr < (unsigned long)_etext;
}

/* Index of the last symbol at or below addr (the table is sorted and non-empty). */
static unsigned long symbol_index(unsigned long addr)
{
	unsigned long low = 0, high = kallsyms_num_syms;

	while (high - low > 1) {
		unsigned long mid = low + (high - low) / 2;

		if (kallsyms_addresses[mid] <= addr)
			low = mid;
		else
			high = mid;
	}
	/* Aliases share an address: report the first name, as Linux does. */
	while (low > 0 && kallsyms_addresses[low - 1] == kallsyms_addresses[low])
		low--;
	return low;
}

const char *kallsyms_lookup(unsigned long addr, unsigned long *symbolsize,
			    unsigned long *offset)
{
	unsigned long i, j, end;

	if (!core_kernel_text(addr) || kallsyms_num_syms == 0 || addr < kallsyms_addresses[0])
		return NULL;
	i = symbol_index(addr);
	/* A symbol ends where the next one at a higher address begins. */
	end = (unsigned long)_etext;
	for (j = i + 1; j < kallsyms_num_syms; j++) {
		if (kallsyms_addresses[j] > kallsyms_addresses[i]) {
			end = kallsyms_addresses[j];
			break;
		}
	}
	if (symbolsize)
		*symbolsize = end - kallsyms_addresses[i];
	if (offset)
		*offset = addr - kallsyms_addresses[i];
	return kallsyms_names + kallsyms_name_offsets[i];
}

static int format_symbol(char *buffer, unsigned long address, int with_size)
{
	unsigned long size, offset;
	const char *name = kallsyms_lookup(address, &size, &offset);

	if (!name)
		return sprintf(buffer, "0x%lx", address);
	if (!with_size)
		return sprintf(buffer, "%s", name);
	return sprintf(buffer, "%s+0x%lx/0x%lx", name, offset, size);
}

int sprint_symbol(char *buffer, unsigned long address)
{
	return format_symbol(buffer, address, 1);
}

int sprint_symbol_no_offset(char *buffer, unsigned long address)
{
	return format_symbol(buffer, address, 0);
}
