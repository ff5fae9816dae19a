/*
 * What __libc_start_main (start.c) learns about the program, in an object of
 * its own so that using these pulls in nothing else.
 */
#include <stdlib.h>
#include <unistd.h>
#include "libc.h"

char **environ;
/* The initial stack pointer (glibc's name): pthread_getattr_np finds the main thread's stack by it. */
void *__libc_stack_end;
/* The program's name as glibc keeps it: assert and err-style messages print it. */
char *program_invocation_name = "";
char *program_invocation_short_name = "";
