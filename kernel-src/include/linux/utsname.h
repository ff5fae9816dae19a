/* utsname.h - the system's name (init_uts_ns in init/version.c). */
#ifndef _LINUX_UTSNAME_H
#define _LINUX_UTSNAME_H

#include <uapi/linux/utsname.h>

extern struct new_utsname init_uts_name;
extern const char linux_banner[];

static inline struct new_utsname *utsname(void) { return &init_uts_name; }

#endif
