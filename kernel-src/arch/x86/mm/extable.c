/*
 * extable.c - the exception table: for each kernel instruction that may
 * fault on a user address (the .S files in arch/x86/lib), where to continue instead.
 *
 * Entries hold offsets relative to their own fields, so moving an entry
 * while sorting means adjusting its offsets by the distance moved.
 */
#include <linux/kernel.h>
#include <asm/uaccess.h>
#include <asm/ptrace.h>

extern struct exception_table_entry __start___ex_table[];
extern struct exception_table_entry __stop___ex_table[];

static unsigned long ex_insn_addr(const struct exception_table_entry *x)
{
	return (unsigned long)&x->insn + x->insn;
}

static unsigned long ex_fixup_addr(const struct exception_table_entry *x)
{
	return (unsigned long)&x->fixup + x->fixup;
}

/* The default handler: continue at the fixup. */
int ex_handler_default(const struct exception_table_entry *e, struct pt_regs *regs, int trapnr)
{
	regs->ip = ex_fixup_addr(e);
	return 1;
}

/* Swap entries a and b, which are "delta" bytes apart (b = a + delta). */
static void swap_ex(struct exception_table_entry *a, struct exception_table_entry *b)
{
	int delta = (int)((char *)b - (char *)a);
	struct exception_table_entry tmp = *a;

	a->insn = b->insn + delta;
	a->fixup = b->fixup + delta;
	a->handler = b->handler + delta;
	b->insn = tmp.insn - delta;
	b->fixup = tmp.fixup - delta;
	b->handler = tmp.handler - delta;
}

/* Insertion sort by instruction address: the table is small. */
void sort_main_extable(void)
{
	struct exception_table_entry *i, *j;

	for (i = __start___ex_table + 1; i < __stop___ex_table; i++)
		for (j = i; j > __start___ex_table && ex_insn_addr(j - 1) > ex_insn_addr(j); j--)
			swap_ex(j - 1, j);
}

static const struct exception_table_entry *search_exception_tables(unsigned long ip)
{
	const struct exception_table_entry *first = __start___ex_table;
	const struct exception_table_entry *last = __stop___ex_table - 1;

	while (first <= last) {
		const struct exception_table_entry *mid = first + (last - first) / 2;
		unsigned long addr = ex_insn_addr(mid);

		if (addr < ip)
			first = mid + 1;
		else if (addr > ip)
			last = mid - 1;
		else
			return mid;
	}
	return NULL;
}

typedef int (*ex_handler_t)(const struct exception_table_entry *, struct pt_regs *, int);

int fixup_exception(struct pt_regs *regs, int trapnr)
{
	const struct exception_table_entry *e = search_exception_tables(regs->ip);
	ex_handler_t handler;

	if (!e)
		return 0;
	handler = (ex_handler_t)((unsigned long)&e->handler + e->handler);
	return handler(e, regs, trapnr);
}
