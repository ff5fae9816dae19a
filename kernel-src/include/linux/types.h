/* types.h - fixed-size integer types and the kernel's basic typedefs. */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#ifndef __ASSEMBLY__
typedef unsigned char		u8;
typedef signed char		s8;
typedef unsigned short		u16;
typedef signed short		s16;
typedef unsigned int		u32;
typedef signed int		s32;
typedef unsigned long long	u64;
typedef signed long long	s64;

typedef unsigned long		size_t;
typedef long			ssize_t;
typedef long			ptrdiff_t;
typedef unsigned long		uintptr_t;
typedef long long		loff_t;
typedef long			off_t;
typedef int			pid_t;
typedef unsigned int		uid_t;
typedef unsigned int		gid_t;
typedef unsigned short		umode_t;
typedef unsigned int		dev_t;
typedef long			time_t;
typedef long			clock_t;
typedef int			clockid_t;

typedef _Bool			bool;
enum { false = 0, true = 1 };

#define NULL ((void *)0)
#endif

#endif
