/*
 * <dlfcn.h>: a program that can load plugins compiles, links with -ldl, and sees an
 * honest failure it can report: dlopen of a missing library returns NULL and dlerror()
 * gives a message once, then NULL (POSIX), as with glibc.
 */
#include <dlfcn.h>
#include <stdio.h>

int main(void) {
    void *h = dlopen("libno-such-plugin.so.3", RTLD_NOW | RTLD_LOCAL);
    const char *first = dlerror();
    const char *second = dlerror();
    printf("dlopen %s, first error %s, second %s\n", h ? "loaded" : "failed", first ? "present" : "absent",
           second ? "present" : "absent");
    return h != NULL;
}
