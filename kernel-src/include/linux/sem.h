/* sem.h - what fork and exit do for System V semaphores' SEM_UNDO (ipc/sem.c). */
#ifndef _LINUX_SEM_H
#define _LINUX_SEM_H

struct task_struct;

int copy_semundo(unsigned long clone_flags, struct task_struct *tsk);
void exit_sem(struct task_struct *tsk);

#endif
