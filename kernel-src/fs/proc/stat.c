/*
 * stat.c - /proc/stat, /proc/uptime and /proc/loadavg: the scheduler's
 * counts and the clock.  We keep no CPU time accounting or load average:
 * those numbers are 0.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/printk.h>
#include <linux/proc_fs.h>

#define NSEC_PER_SEC_U	1000000000UL

/* Tasks alive, and how many of them are runnable. */
static void count_tasks(int *running, int *total)
{
	int i;

	*running = *total = 0;
	for (i = 0; i < NR_TASKS; i++) {
		if (!task[i] || task[i]->state == EXIT_ZOMBIE || task[i]->state == EXIT_DEAD)
			continue;
		(*total)++;
		if (task[i]->state == TASK_RUNNING)
			(*running)++;
	}
}

int stat_proc_show(struct seq_file *m, struct task_struct *unused)
{
	struct timespec now;
	int running, total;

	current_time(&now);
	count_tasks(&running, &total);
	seq_printf(m, "cpu  0 0 0 0 0 0 0 0 0 0\ncpu0 0 0 0 0 0 0 0 0 0 0\nintr 0\nctxt 0\n");
	seq_printf(m, "btime %lu\nprocesses %d\nprocs_running %d\nprocs_blocked 0\n"
		   "softirq 0 0 0 0 0 0 0 0 0 0 0\n",
		   (unsigned long)now.tv_sec - (unsigned long)(local_clock() / NSEC_PER_SEC_U),
		   last_pid, running);
	return 0;
}

int uptime_proc_show(struct seq_file *m, struct task_struct *unused)
{
	u64 ns = local_clock();

	seq_printf(m, "%lu.%02lu 0.00\n", (unsigned long)(ns / NSEC_PER_SEC_U),
		   (unsigned long)(ns % NSEC_PER_SEC_U) / 10000000UL);
	return 0;
}

int loadavg_proc_show(struct seq_file *m, struct task_struct *unused)
{
	int running, total;

	count_tasks(&running, &total);
	seq_printf(m, "0.00 0.00 0.00 %d/%d %d\n", running, total, last_pid);
	return 0;
}
