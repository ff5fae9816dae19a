#ifndef _ALLOCA_H
#define _ALLOCA_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

/* Stack allocation freed when the function returns: the compiler does it. */
#define alloca(size) __builtin_alloca(size)

#endif
