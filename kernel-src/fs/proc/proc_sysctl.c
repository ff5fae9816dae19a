/*
 * proc_sysctl.c - /proc/sys: the kernel's tunables.  Only the names
 * uname reports are here, read-only: kernel/hostname, ostype, osrelease.
 */
#include <linux/kernel.h>
#include <linux/utsname.h>
#include <linux/proc_fs.h>

static int hostname_show(struct seq_file *m, struct task_struct *unused)
{
	seq_printf(m, "%s\n", utsname()->nodename);
	return 0;
}

static int ostype_show(struct seq_file *m, struct task_struct *unused)
{
	seq_printf(m, "%s\n", utsname()->sysname);
	return 0;
}

static int osrelease_show(struct seq_file *m, struct task_struct *unused)
{
	seq_printf(m, "%s\n", utsname()->release);
	return 0;
}

static const struct proc_entry sys_kernel_table[] = {
	{ "hostname",	S_IFREG | 0444, hostname_show, NULL },
	{ "ostype",	S_IFREG | 0444, ostype_show, NULL },
	{ "osrelease",	S_IFREG | 0444, osrelease_show, NULL },
};

const struct proc_entry proc_sys_root[1] = {
	PROC_SUBDIR("kernel", 0555, sys_kernel_table),
};
