/*
 * time.c - the clocks: the 8254 PIT interrupts HZ times a second (the
 * scheduler's tick), the TSC measures time since boot in nanoseconds,
 * and the CMOS RTC gives the wall-clock date at boot.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/console.h>
#include <linux/timerfd.h>
#include <linux/posix-timers.h>
#include <asm/io.h>
#include <asm/setup.h>

#define PIT_TICK_RATE	1193182
#define LATCH		((PIT_TICK_RATE + CONFIG_HZ / 2) / CONFIG_HZ)

unsigned long volatile jiffies;
long boot_epoch;
unsigned long tsc_khz;

static unsigned int cmos_read(unsigned int reg)
{
	unsigned int v;

	outb((unsigned char)reg, 0x70);
	v = inb(0x71);
	return (v & 0x0f) + (v >> 4) * 10;	/* BCD */
}

/* Days from 1970-01-01 to y-m-d (Gregorian). */
static long days_from_civil(long y, unsigned int m, unsigned int d)
{
	long era;
	unsigned int yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned int)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

int rtc_read_time(void)
{
	unsigned int sec = cmos_read(0), min = cmos_read(2), hour = cmos_read(4);
	unsigned int day = cmos_read(7), mon = cmos_read(8), year = cmos_read(9);

	boot_epoch = days_from_civil(2000 + year, mon, day) * 86400 + hour * 3600 + min * 60 + sec;
	return 0;
}

void time_init(void)
{
	tsc_khz = boot_params.tsc_khz ? boot_params.tsc_khz : 1000000;
	printk_clock_init(tsc_khz);
	rtc_read_time();
	outb(0x34, 0x43);		/* channel 0, lo/hi byte, mode 2 */
	outb(LATCH & 0xff, 0x40);
	outb(LATCH >> 8, 0x40);
	printk(KERN_INFO "tsc: Detected %lu.%03lu MHz processor\n", tsc_khz / 1000, tsc_khz % 1000);
}

void timer_interrupt(struct pt_regs *regs)
{
	jiffies++;
	account_tick((regs->cs & 3) == 3);
	scheduler_tick();
	run_itimers(local_clock(), (regs->cs & 3) == 3);
	timerfd_run(local_clock());
	run_posix_timers();
	run_posix_cpu_timers();
}
