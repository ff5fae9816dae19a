/*
 * cpuinfo.c - /proc/cpuinfo: the one CPU, as CPUID describes it, in
 * Linux's x86 format (arch/x86/kernel/cpu/proc.c).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/proc_fs.h>
#include <asm/setup.h>

struct cpuid_regs {
	unsigned int eax, ebx, ecx, edx;
};

static void cpuid(unsigned int leaf, struct cpuid_regs *r)
{
	__asm__ __volatile__("cpuid" : "=a"(r->eax), "=b"(r->ebx), "=c"(r->ecx), "=d"(r->edx)
			     : "a"(leaf), "c"(0));
}

/* Linux's names of the feature bits, by register (x86_cap_flags); NULL: not shown. */
static const char *const edx1_flags[32] = {
	"fpu", "vme", "de", "pse", "tsc", "msr", "pae", "mce", "cx8", "apic", NULL, "sep",
	"mtrr", "pge", "mca", "cmov", "pat", "pse36", "pn", "clflush", NULL, "dts", "acpi",
	"mmx", "fxsr", "sse", "sse2", "ss", "ht", "tm", "ia64", "pbe",
};
static const char *const ecx1_flags[32] = {
	"pni", "pclmulqdq", "dtes64", "monitor", "ds_cpl", "vmx", "smx", "est", "tm2", "ssse3",
	"cid", "sdbg", "fma", "cx16", "xtpr", "pdcm", NULL, "pcid", "dca", "sse4_1", "sse4_2",
	"x2apic", "movbe", "popcnt", "tsc_deadline_timer", "aes", "xsave", NULL, "avx", "f16c",
	"rdrand", "hypervisor",
};
static const char *const edx81_flags[32] = {
	[11] = "syscall", [19] = "mp", [20] = "nx", [22] = "mmxext", [25] = "fxsr_opt",
	[26] = "pdpe1gb", [27] = "rdtscp", [29] = "lm", [30] = "3dnowext", [31] = "3dnow",
};

static void show_flags(struct seq_file *m, const char *const names[32], unsigned int bits)
{
	int i;

	for (i = 0; i < 32; i++)
		if ((bits & (1u << i)) && names[i])
			seq_printf(m, " %s", names[i]);
}

static void show_model_name(struct seq_file *m, unsigned int max_ext)
{
	struct cpuid_regs r[3];
	char name[49];
	int i;

	if (max_ext < 0x80000004) {
		seq_printf(m, "model name\t: unknown\n");
		return;
	}
	for (i = 0; i < 3; i++)
		cpuid(0x80000002 + i, &r[i]);
	memcpy(name, r, 48);
	name[48] = '\0';
	seq_printf(m, "model name\t: %s\n", name);
}

int cpuinfo_proc_show(struct seq_file *m, struct task_struct *unused)
{
	struct cpuid_regs r0, r1, ext, ext1 = { 0 }, addr = { 0 };
	unsigned int family, model;
	char vendor[13];

	cpuid(0, &r0);
	memcpy(vendor, &r0.ebx, 4);
	memcpy(vendor + 4, &r0.edx, 4);
	memcpy(vendor + 8, &r0.ecx, 4);
	vendor[12] = '\0';
	cpuid(1, &r1);
	cpuid(0x80000000, &ext);
	if (ext.eax >= 0x80000001)
		cpuid(0x80000001, &ext1);
	if (ext.eax >= 0x80000008)
		cpuid(0x80000008, &addr);
	family = (r1.eax >> 8) & 0xf;
	model = (r1.eax >> 4) & 0xf;
	if (family == 0xf)
		family += (r1.eax >> 20) & 0xff;
	if (family >= 6)
		model += ((r1.eax >> 16) & 0xf) << 4;

	seq_printf(m, "processor\t: 0\nvendor_id\t: %s\ncpu family\t: %u\nmodel\t\t: %u\n",
		   vendor, family, model);
	show_model_name(m, ext.eax);
	seq_printf(m, "stepping\t: %u\ncpu MHz\t\t: %lu.%03lu\n", r1.eax & 0xf,
		   tsc_khz / 1000, tsc_khz % 1000);
	seq_printf(m, "physical id\t: 0\nsiblings\t: 1\ncore id\t\t: 0\ncpu cores\t: 1\n"
		   "apicid\t\t: 0\ninitial apicid\t: 0\nfpu\t\t: yes\nfpu_exception\t: yes\n"
		   "cpuid level\t: %u\nwp\t\t: yes\nflags\t\t:", r0.eax);
	show_flags(m, edx1_flags, r1.edx);
	show_flags(m, edx81_flags, ext1.edx);
	show_flags(m, ecx1_flags, r1.ecx);
	seq_printf(m, "\nbugs\t\t:\nbogomips\t: %lu.%02lu\nclflush size\t: %u\n"
		   "cache_alignment\t: %u\n", tsc_khz / 500, (tsc_khz / 5) % 100,
		   ((r1.ebx >> 8) & 0xff) * 8, ((r1.ebx >> 8) & 0xff) * 8);
	seq_printf(m, "address sizes\t: %u bits physical, %u bits virtual\npower management:\n\n",
		   addr.eax & 0xff, (addr.eax >> 8) & 0xff);
	return 0;
}
