/* uaccess.h - user memory access (see asm/uaccess.h). */
#ifndef __LINUX_UACCESS_H__
#define __LINUX_UACCESS_H__

#include <asm/uaccess.h>

#endif
