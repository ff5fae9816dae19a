/*
 * Program start-up: the environment, constructors, then main. This object is
 * the only one that refers to main, so programs with their own _start
 * (-nostdlib with libc.a) can use the rest of the library.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "libc.h"
#include "pthread_impl.h"

int main(int argc, char **argv, char **envp);

/*
 * The linker brackets the constructor and destructor tables with these
 * symbols (GNU ld's default script and ours both PROVIDE them). Weak, so a
 * program linked by a script without them still starts.
 */
typedef void (*init_fn)(int, char **, char **);
typedef void (*fini_fn)(void);
extern init_fn __preinit_array_start[] __attribute__((weak));
extern init_fn __preinit_array_end[] __attribute__((weak));
extern init_fn __init_array_start[] __attribute__((weak));
extern init_fn __init_array_end[] __attribute__((weak));
extern fini_fn __fini_array_start[] __attribute__((weak));
extern fini_fn __fini_array_end[] __attribute__((weak));

static void run_destructors(void)
{
    fini_fn *p = __fini_array_end;

    /* Destructors run in the reverse order of the table. */
    while (p > __fini_array_start)
        (*--p)();
}

/* crt0.S jumps here with the values it found on the initial stack. */
void __libc_start_main(int argc, char **argv, char **envp)
{
    init_fn *p;
    char **auxv = envp;
    char *slash;

    /* Where crt0 found argc: glibc's __libc_stack_end, which locates the main thread's stack. */
    __libc_stack_end = argv - 1;
    /* The auxiliary vector follows the environment's NULL; it locates PT_TLS. */
    while (*auxv != NULL)
        auxv++;
    __init_tls((unsigned long *)(auxv + 1));
    environ = envp;
    if (argc > 0 && argv[0] != NULL) {
        program_invocation_name = argv[0];
        slash = strrchr(argv[0], '/');
        program_invocation_short_name = slash != NULL ? slash + 1 : argv[0];
    }
    /* As in glibc, destructors are the first exit handler, so they run last. */
    atexit(run_destructors);
    for (p = __preinit_array_start; p < __preinit_array_end; p++)
        (*p)(argc, argv, envp);
    for (p = __init_array_start; p < __init_array_end; p++)
        (*p)(argc, argv, envp);
    exit(main(argc, argv, envp));
}
