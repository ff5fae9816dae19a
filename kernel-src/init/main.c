/*
 * main.c - start_kernel(): bring the machine up, then start init.
 *
 * After the architecture setup (arch/x86/kernel/setup.c) we print the
 * banner, parse the command line, set up memory, interrupts and the
 * clock, and create the first process.  It unpacks the initramfs, opens
 * the console as fds 0, 1 and 2 and execs /init (or rdinit=, init=, or
 * the usual fallbacks), becoming pid 1.  The boot context itself becomes
 * the idle task.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>
#include <linux/gfp.h>
#include <linux/utsname.h>
#include <linux/tty.h>
#include <asm/setup.h>
#include <asm/page.h>
#include <asm-generic/sections.h>

#define MAX_INIT_ARGS	32
#define MAX_INIT_ENVS	32


static char *ramdisk_execute_command;	/* rdinit= */
static char *execute_command;		/* init= */
static char *argv_init[MAX_INIT_ARGS + 2] = { "init", NULL, };
static char *envp_init[MAX_INIT_ENVS + 2] = { "HOME=/", "TERM=linux", NULL, };
static char cmdline_copy[COMMAND_LINE_SIZE];

/*
 * Split off the next word of args, Linux's next_arg: words are separated
 * by spaces; double quotes group words and are removed.  *param is the
 * word (or the part before '='), *val the part after '=' or NULL.
 */
static char *next_arg(char *args, char **param, char **val)
{
	char *out = args, *eq = NULL;
	int in_quote = 0;

	*param = args;
	while (*args && (in_quote || *args != ' ')) {
		if (*args == '"') {
			in_quote = !in_quote;
		} else {
			if (*args == '=' && !eq)
				eq = out;
			*out++ = *args;
		}
		args++;
	}
	if (*args)
		args++;
	*out = '\0';
	*val = NULL;
	if (eq) {
		*eq = '\0';
		*val = eq + 1;
	}
	while (*args == ' ')
		args++;
	return args;
}

static void add_init_arg(char **list, int max, char *s)
{
	int i;

	for (i = 0; list[i]; i++)
		;
	if (i < max) {
		list[i] = s;
		list[i + 1] = NULL;
	}
}

/* Kernel parameters we know; anything else is passed on to init. */
static void parse_args(char *args)
{
	int after_dashes = 0;

	while (*args == ' ')
		args++;
	while (*args) {
		char *param, *val;

		args = next_arg(args, &param, &val);
		if (after_dashes) {
			if (val)
				val[-1] = '=';	/* put the '=' back */
			add_init_arg(argv_init, MAX_INIT_ARGS, param);
		} else if (!strcmp(param, "--") && !val) {
			after_dashes = 1;
		} else if (!strcmp(param, "rdinit") && val) {
			ramdisk_execute_command = val;
		} else if (!strcmp(param, "init") && val) {
			execute_command = val;
		} else if (!strcmp(param, "quiet") || !strcmp(param, "debug") ||
			   !strcmp(param, "loglevel") || !strcmp(param, "console") ||
			   strchr(param, '.')) {
			/* handled early, or accepted: there is one console */
		} else if (val) {
			val[-1] = '=';
			add_init_arg(envp_init, MAX_INIT_ENVS, param);
		} else {
			add_init_arg(argv_init, MAX_INIT_ARGS, param);
		}
	}
}

/*
 * The console's log level must be known before the first message: Linux
 * only prints buffered messages once the console is registered, after
 * "quiet" and "loglevel=" were seen.  Scan for them early.
 */
static void parse_early_param(void)
{
	char *args = cmdline_copy, *param, *val;

	strlcpy(cmdline_copy, boot_command_line, sizeof(cmdline_copy));
	while (*args == ' ')
		args++;
	while (*args) {
		args = next_arg(args, &param, &val);
		if (!strcmp(param, "--") && !val)
			break;
		if (!strcmp(param, "quiet") && !val)
			console_setup_loglevel(CONSOLE_LOGLEVEL_QUIET);
		else if (!strcmp(param, "debug") && !val)
			console_setup_loglevel(CONSOLE_LOGLEVEL_DEBUG);
		else if (!strcmp(param, "loglevel") && val)
			console_setup_loglevel((int)simple_strtoul(val, NULL, 0));
	}
}

static int run_init_process(const char *init_filename)
{
	argv_init[0] = (char *)init_filename;
	printk(KERN_INFO "Run %s as init process\n", init_filename);
	return do_execve(init_filename, argv_init, envp_init);
}

static void open_console(void)
{
	int err;
	struct file *f = filp_open("/dev/console", O_RDWR, 0, &err);

	if (!f) {
		printk(KERN_WARNING "Warning: unable to open an initial console.\n");
		return;
	}
	fd_install(0, f);
	f->f_count += 2;
	fd_install(1, f);
	fd_install(2, f);
}

/* pid 1, in the kernel until execve succeeds; then it returns to user mode. */
static int kernel_init(void *unused)
{
	int err;

	current->fs->cwd = root_inode;
	iget(root_inode);
	current->pgrp = 1;
	if (boot_params.initrd_addr && boot_params.initrd_size)
		populate_rootfs(__va(boot_params.initrd_addr), boot_params.initrd_size);
	mount_proc_at_boot();
	open_console();

	if (ramdisk_execute_command) {
		err = run_init_process(ramdisk_execute_command);
		if (!err)
			return 0;
		printk(KERN_WARNING "Failed to execute %s (error %d)\n", ramdisk_execute_command, -err);
	} else if (!run_init_process("/init")) {
		return 0;
	}
	if (execute_command) {
		err = run_init_process(execute_command);
		if (!err)
			return 0;
		panic("Requested init %s failed (error %d).", execute_command, -err);
	}
	if (!run_init_process("/sbin/init") || !run_init_process("/etc/init") ||
	    !run_init_process("/bin/init") || !run_init_process("/bin/sh"))
		return 0;
	panic("No working init found.  Try passing init= option to kernel.");
}

void start_kernel(void)
{
	parse_early_param();
	printk(KERN_NOTICE "%s", linux_banner);
	printk(KERN_NOTICE "Kernel command line: %s\n", boot_command_line);
	strlcpy(cmdline_copy, boot_command_line, sizeof(cmdline_copy));
	parse_args(cmdline_copy);

	/* Trust the linker's _end too, in case the loader reported less. */
	if (boot_params.kernel_end < __pa(_end))
		boot_params.kernel_end = __pa(_end);
	mem_init(boot_params.ram_size, boot_params.kernel_end,
		 boot_params.initrd_addr, boot_params.initrd_size);
	sched_init();
	init_IRQ();
	time_init();
	init_rootfs();

	kernel_thread(kernel_init, NULL);
	cpu_idle();
}
