/* current.h - the running task (a single CPU: one global pointer). */
#ifndef _ASM_X86_CURRENT_H
#define _ASM_X86_CURRENT_H

#include <asm/percpu.h>

#define current (cpu_data.current_task)

#endif
