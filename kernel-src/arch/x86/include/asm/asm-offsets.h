/* asm-offsets.h - numbers computed at build time (__NR_syscall_max). */
#include <generated/asm-offsets.h>
