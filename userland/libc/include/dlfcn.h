#ifndef _DLFCN_H
#define _DLFCN_H

/*
 * Dynamic loading. Every program here is linked statically and the system has no dynamic
 * linker, so dlopen always fails and says why (as musl's static library does): programs
 * that can load plugins (Lua's require of a C module, SQLite's load_extension) still
 * compile and report the failure through their usual dlerror() path.
 */
#define RTLD_LAZY 1
#define RTLD_NOW 2
#define RTLD_NOLOAD 4
#define RTLD_NODELETE 0x1000
#define RTLD_GLOBAL 0x100
#define RTLD_LOCAL 0
#define RTLD_DEFAULT ((void *)0)
#define RTLD_NEXT ((void *)-1)

typedef struct {
    const char *dli_fname; /* the object holding the address */
    void *dli_fbase;       /* where it is loaded */
    const char *dli_sname; /* the nearest symbol */
    void *dli_saddr;       /* its address */
} Dl_info;

void *dlopen(const char *file, int mode);
void *dlsym(void *handle, const char *name);
int dlclose(void *handle);
char *dlerror(void);
int dladdr(const void *addr, Dl_info *info);

#endif
