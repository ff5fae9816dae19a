/*
 * <dlfcn.h> in a statically linked world: nothing can be loaded and no handle is ever
 * valid, so each call fails and leaves a message for dlerror(), which, as POSIX says,
 * returns it once and then NULL until the next failure.
 */
#include <dlfcn.h>
#include <stddef.h>

static const char *last_error;

static void *fail(const char *why)
{
    last_error = why;
    return NULL;
}

void *dlopen(const char *file, int mode)
{
    (void)file;
    (void)mode;
    return fail("Dynamic loading not supported");
}

void *dlsym(void *handle, const char *name)
{
    (void)handle;
    (void)name;
    return fail("Symbol not found (no dynamic symbol table in a static program)");
}

int dlclose(void *handle)
{
    (void)handle;
    fail("Invalid library handle");
    return 1;
}

char *dlerror(void)
{
    const char *msg = last_error;

    last_error = NULL;
    return (char *)msg;
}

int dladdr(const void *addr, Dl_info *info)
{
    (void)addr;
    (void)info;
    return 0;
}
