/*
 * kconfig.h - included first in every kernel file (-include): the CONFIG_*
 * macros generated from .config, and IS_ENABLED() to test them in C.
 */
#ifndef _LINUX_KCONFIG_H
#define _LINUX_KCONFIG_H

#include <generated/autoconf.h>

/* IS_ENABLED(CONFIG_FOO) is 1 when CONFIG_FOO is defined as 1, else 0. */
#define __ARG_PLACEHOLDER_1 0,
#define __take_second_arg(__ignored, val, ...) val
#define __is_defined(x)			___is_defined(x)
#define ___is_defined(val)		____is_defined(__ARG_PLACEHOLDER_##val)
#define ____is_defined(arg1_or_junk)	__take_second_arg(arg1_or_junk 1, 0)
#define IS_ENABLED(option)		__is_defined(option)
#define IS_BUILTIN(option)		__is_defined(option)

#endif
