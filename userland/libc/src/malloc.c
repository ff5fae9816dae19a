/*
 * malloc: a first-fit free-list allocator in the style of K&R's.
 *
 * Every block starts with a 16-byte header holding its size in 16-byte
 * units, so payloads are 16-byte aligned. Free blocks form a circular list
 * sorted by address; free() merges a block with its neighbours. Memory comes
 * from the program break (brk), or from anonymous mmap when brk refuses.
 */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <unistd.h>
#include <errno.h>
#include <sys/mman.h>

typedef struct block {
    struct block *next; /* next free block (only meaningful while free) */
    size_t units;       /* size of this block in units, header included */
} block;

#define UNIT sizeof(block)
#define GROW_UNITS (65536 / UNIT)

static block base;          /* a zero-size block that anchors the free list */
static block *freep = NULL; /* where the last search ended */

/* Get at least `units` units from the system and put them on the free list. */
static block *grow(size_t units)
{
    char *p;
    block *b;
    size_t bytes;

    if (units < GROW_UNITS)
        units = GROW_UNITS;
    bytes = units * UNIT;
    p = sbrk((long)bytes);
    if (p == (char *)-1) {
        p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return NULL;
    }
    /* brk may start unaligned: skip to a unit boundary. */
    if ((uintptr_t)p % UNIT != 0) {
        size_t skip = UNIT - (uintptr_t)p % UNIT;
        p += skip;
        units--;
    }
    b = (block *)p;
    b->units = units;
    free(b + 1);
    return freep;
}

void *malloc(size_t size)
{
    block *prev, *b;
    size_t units;

    if (size > (size_t)1 << 40) {
        errno = ENOMEM;
        return NULL;
    }
    units = (size + UNIT - 1) / UNIT + 1;
    if (freep == NULL) {
        base.next = freep = &base;
        base.units = 0;
    }
    prev = freep;
    for (b = prev->next;; prev = b, b = b->next) {
        if (b->units >= units) {
            if (b->units == units) {
                prev->next = b->next;
            } else {
                /* Hand out the tail; the head stays on the list. */
                b->units -= units;
                b += b->units;
                b->units = units;
            }
            freep = prev;
            return b + 1;
        }
        if (b == freep) {
            b = grow(units);
            if (b == NULL) {
                errno = ENOMEM;
                return NULL;
            }
        }
    }
}

void free(void *ptr)
{
    block *b, *p;

    if (ptr == NULL)
        return;
    b = (block *)ptr - 1;
    /* Find p with p < b < p->next, allowing for the wrap at the list's end. */
    for (p = freep; !(b > p && b < p->next); p = p->next)
        if (p >= p->next && (b > p || b < p->next))
            break;
    if (b + b->units == p->next) {
        b->units += p->next->units;
        b->next = p->next->next;
    } else {
        b->next = p->next;
    }
    if (p + p->units == b) {
        p->units += b->units;
        p->next = b->next;
    } else {
        p->next = b;
    }
    freep = p;
}

void *calloc(size_t nmemb, size_t size)
{
    void *p;

    if (size != 0 && nmemb > (size_t)-1 / size) {
        errno = ENOMEM;
        return NULL;
    }
    p = malloc(nmemb * size);
    if (p != NULL)
        memset(p, 0, nmemb * size);
    return p;
}

void *realloc(void *ptr, size_t size)
{
    block *b;
    size_t have;
    void *q;

    if (ptr == NULL)
        return malloc(size);
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    b = (block *)ptr - 1;
    have = (b->units - 1) * UNIT;
    if (size <= have)
        return ptr;
    q = malloc(size);
    if (q == NULL)
        return NULL;
    memcpy(q, ptr, have);
    free(ptr);
    return q;
}

void *reallocarray(void *ptr, size_t nmemb, size_t size)
{
    if (size != 0 && nmemb > (size_t)-1 / size) {
        errno = ENOMEM;
        return NULL;
    }
    return realloc(ptr, nmemb * size);
}

/*
 * Over-allocate, then give the unaligned head back as a block of its own:
 * the aligned payload keeps a normal header, so free() needs no special case.
 */
void *memalign(size_t alignment, size_t size)
{
    char *raw, *aligned;
    block *head, *b;
    size_t lead_units;

    if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
        errno = EINVAL;
        return NULL;
    }
    if (alignment <= UNIT)
        return malloc(size);
    if (size > (size_t)1 << 40) {
        errno = ENOMEM;
        return NULL;
    }
    raw = malloc(size + alignment);
    if (raw == NULL)
        return NULL;
    aligned = (char *)(((uintptr_t)raw + alignment - 1) & ~(uintptr_t)(alignment - 1));
    if (aligned == raw)
        return raw;
    head = (block *)raw - 1;
    lead_units = (size_t)(aligned - raw) / UNIT;
    b = (block *)aligned - 1;
    b->units = head->units - lead_units;
    head->units = lead_units;
    free(raw);
    return aligned;
}

int posix_memalign(void **out, size_t alignment, size_t size)
{
    void *p;

    if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0)
        return EINVAL;
    p = memalign(alignment, size);
    if (p == NULL)
        return ENOMEM;
    *out = p;
    return 0;
}

void *aligned_alloc(size_t alignment, size_t size)
{
    return memalign(alignment, size);
}

void *valloc(size_t size)
{
    return memalign(4096, size);
}
