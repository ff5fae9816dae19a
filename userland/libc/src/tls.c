/*
 * Thread-local storage: the static TLS block and the thread control block.
 *
 * The linker gathers every __thread variable into the PT_TLS segment: an
 * initialization image (.tdata, p_filesz bytes) followed by zeros (.tbss,
 * up to p_memsz).  Each thread gets its own copy, placed as the x86-64 ABI
 * says (variant II): the block ends where the thread pointer (%fs base)
 * starts, rounded so that the thread pointer is p_align-aligned, and the
 * control block (struct pthread) begins at the thread pointer.  Code then
 * reaches a variable at a constant negative offset from %fs (GNU ld's
 * TPOFF: offset in the image minus the block's rounded size).
 *
 * The main thread's block is set up here before anything else runs; new
 * threads' blocks are made by pthread_create in the memory of their stack.
 */
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include "libc.h"
#include "pthread_impl.h"

#define AT_NULL 0
#define AT_PHDR 3
#define AT_PHNUM 5
#define PT_TLS 7
#define ARCH_SET_FS 0x1002

struct elf64_phdr {
    unsigned int p_type, p_flags;
    unsigned long p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};

/* The program's PT_TLS segment (all zero when it has no __thread variables). */
static const unsigned char *tls_image;
static size_t tls_filesz;
static size_t tls_block;            /* p_memsz rounded up to tls_align */
static size_t tls_align = 16;       /* at least the control block's alignment */

int __libc_tls_ready;

/* <sys/single_threaded.h>: true until the first pthread_create (never true again). */
char __libc_single_threaded = 1;

static size_t round_up(size_t n, size_t align)
{
    return (n + align - 1) & ~(align - 1);
}

/* Find PT_TLS through the program headers the kernel pointed at in the auxiliary vector. */
static void find_tls_segment(unsigned long *auxv)
{
    const struct elf64_phdr *phdr = NULL;
    size_t phnum = 0, i;

    for (; auxv[0] != AT_NULL; auxv += 2) {
        if (auxv[0] == AT_PHDR)
            phdr = (const struct elf64_phdr *)auxv[1];
        else if (auxv[0] == AT_PHNUM)
            phnum = auxv[1];
    }
    for (i = 0; phdr != NULL && i < phnum; i++) {
        if (phdr[i].p_type != PT_TLS)
            continue;
        tls_image = (const unsigned char *)phdr[i].p_vaddr;
        tls_filesz = phdr[i].p_filesz;
        if (phdr[i].p_align > tls_align)
            tls_align = phdr[i].p_align;
        tls_block = round_up(phdr[i].p_memsz, phdr[i].p_align ? phdr[i].p_align : 1);
    }
}

/* Bytes one thread's TLS block and control block need, alignment slack included. */
size_t __tls_region_size(void)
{
    return tls_align + tls_block + sizeof(struct pthread);
}

/*
 * Lay out a TLS block and a control block in region (zero-filled memory of
 * __tls_region_size() bytes): copy the image, make the self pointers.
 */
struct pthread *__tls_install(void *region)
{
    unsigned long tp = round_up((unsigned long)region + tls_block, tls_align);
    struct pthread *self = (struct pthread *)tp;

    memcpy((char *)tp - tls_block, tls_image, tls_filesz);
    self->self = self;
    self->self2 = self;
    return self;
}

/*
 * At thread start, at program start and in a forked child (which holds none
 * of its parent's mutexes): the robust mutexes held are none; tell the
 * kernel where their list is, to be walked when the thread dies.
 */
void __robust_list_init(struct pthread *self)
{
    self->robust_head.first = __robust_list_head(self);
    self->robust_head.futex_offset = (long)offsetof(pthread_mutex_t, lock) - (long)offsetof(pthread_mutex_t, list);
    self->robust_head.op_pending = NULL;
    __syscall2(SYS_set_robust_list, &self->robust_head, sizeof(self->robust_head));
}

/* Start-up: give the main thread its TLS block and point %fs at it. */
void __init_tls(unsigned long *auxv)
{
    struct pthread *self;
    long region;

    find_tls_segment(auxv);
    region = __syscall6(SYS_mmap, 0, (long)__tls_region_size(), PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region < 0 && region >= -4095)
        return;     /* no memory: errno stays a global, threads cannot start */
    self = __tls_install((void *)region);
    self->tid = (int)__syscall1(SYS_set_tid_address, &self->tid);
    __robust_list_init(self);
    if (__syscall2(SYS_arch_prctl, ARCH_SET_FS, self) == 0)
        __libc_tls_ready = 1;
}

/* errno is per thread: the macro in <errno.h> reads it through here. */
static int errno_before_tls;

int *__errno_location(void)
{
    return __libc_tls_ready ? &__pthread_self()->errno_value : &errno_before_tls;
}
