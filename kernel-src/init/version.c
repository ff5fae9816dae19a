/*
 * version.c - the kernel's name and version: what uname(2) reports and
 * the banner start_kernel() prints first.  The strings come from headers
 * the build generates (from the Makefile's VERSION lines and .config).
 */
#include <generated/compile.h>
#include <generated/utsrelease.h>
#include <linux/utsname.h>

struct new_utsname init_uts_name = {
	.sysname	= "Linux",
	.nodename	= CONFIG_DEFAULT_HOSTNAME,
	.release	= UTS_RELEASE,
	.version	= UTS_VERSION,
	.machine	= "x86_64",
	.domainname	= "(none)",
};

const char linux_banner[] =
	"Linux version " UTS_RELEASE " (" LINUX_COMPILE_BY "@"
	LINUX_COMPILE_HOST ") (" LINUX_COMPILER ") " UTS_VERSION "\n";
