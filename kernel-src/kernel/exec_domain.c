/*
 * exec_domain.c - personality(2): 0xffffffff only asks; any other value is
 * the new personality, kept as it is, as x86-64 Linux does.  Either way the
 * old one is the answer.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/personality.h>
#include <linux/syscalls.h>

SYSCALL_DEFINE1(personality, unsigned int, personality)
{
	unsigned int old = current->personality;

	if (personality != 0xffffffff)
		current->personality = personality;
	return old;
}
