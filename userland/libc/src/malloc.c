/*
 * malloc: boundary tags and segregated free lists, in the style of Doug
 * Lea's allocator, so that malloc and free cost the same with a million
 * blocks as with ten.
 *
 * Memory is a sequence of chunks. Each starts with a 16-byte header: the
 * size of the previous chunk (meaningful only while that one is free) and
 * this chunk's size with two flag bits, so free() finds both neighbours in
 * constant time and merges free ones. Free chunks sit in bins by size: one
 * bin per 16-byte size below 1 KiB, one per power of two above. The last
 * chunk of the heap, "top", is free space that grows with brk (or, when brk
 * refuses, with anonymous mmap); a permanently used "fence" header ends each
 * region. Payloads are 16-byte aligned.
 *
 * In front of the bins, as glibc's tcache: the last few freed chunks of each
 * small size are kept whole on a list of their own, so a program that frees
 * and allocates blocks of one size gets them back in a few instructions.
 */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <unistd.h>
#include <errno.h>
#include <sys/mman.h>
#include "pthread_impl.h"

typedef struct chunk {
    size_t prev_size;        /* size of the previous chunk, when it is free */
    size_t head;             /* this chunk's size | INUSE | PREV_INUSE */
    struct chunk *next;      /* free-list links: in the payload while free */
    struct chunk *prev;
} chunk;

#define HDR 16               /* header bytes before the payload */
#define MIN_CHUNK 32         /* header + the two links */
#define INUSE 1
#define PREV_INUSE 2
#define FLAGS 15
#define MAX_REQUEST ((size_t)1 << 40)
#define GROW_MIN (128 * 1024)

#define NBINS 128
#define SMALL_BINS 64        /* exact sizes 0, 16, ..., 1008 */

static chunk *bins[NBINS];
static uint64_t bin_map[NBINS / 64];  /* bit set: the bin is not empty */
static chunk *top;           /* free space at the end of the newest region */
static char *region_end;     /* where that region (its fence's end) stops */

/*
 * Cached chunks stay marked in use, so that no neighbour merges with them;
 * at most CACHE_DEPTH of each size (glibc's count) are kept from the bins.
 */
#define CACHE_BINS SMALL_BINS
#define CACHE_DEPTH 7
static chunk *cache[CACHE_BINS];
static unsigned char cache_count[CACHE_BINS];

/*
 * Macros, not functions: every malloc and free goes through them, and
 * tcc-lite (which builds this libc) does not inline calls.
 */
#define size_of(c) ((c)->head & ~(size_t)FLAGS)
#define at(p, offset) ((chunk *)((char *)(p) + (offset)))
#define next_chunk(c) at(c, size_of(c))
#define payload(c) ((void *)((char *)(c) + HDR))
#define chunk_of(p) ((chunk *)((char *)(p) - HDR))

static int bin_index(size_t size)
{
    if (size < 1024)
        return (int)(size / 16);
    /* 2^10 .. 2^50: the position of the top bit */
    return SMALL_BINS + (63 - __builtin_clzll(size)) - 10;
}

static void bin_insert(chunk *c)
{
    int i = bin_index(size_of(c));

    c->prev = NULL;
    c->next = bins[i];
    if (c->next != NULL)
        c->next->prev = c;
    bins[i] = c;
    bin_map[i / 64] |= (uint64_t)1 << (i % 64);
}

static void bin_remove(chunk *c)
{
    int i = bin_index(size_of(c));

    if (c->prev != NULL)
        c->prev->next = c->next;
    else
        bins[i] = c->next;
    if (c->next != NULL)
        c->next->prev = c->prev;
    if (bins[i] == NULL)
        bin_map[i / 64] &= ~((uint64_t)1 << (i % 64));
}

/* Mark c (size bytes, keeping its PREV_INUSE bit) free, and tell its successor. */
static void set_free(chunk *c, size_t size)
{
    chunk *n;

    c->head = size | (c->head & PREV_INUSE);
    n = at(c, size);
    n->prev_size = size;
    n->head &= ~(size_t)PREV_INUSE;
}

static void set_inuse(chunk *c, size_t size)
{
    c->head = size | INUSE | (c->head & PREV_INUSE);
    at(c, size)->head |= PREV_INUSE;
}

/* Use the first `size` bytes of the free chunk c; the rest, if big enough, is freed. */
static void carve(chunk *c, size_t size)
{
    size_t total = size_of(c);
    chunk *rest;

    if (total - size < MIN_CHUNK) {
        set_inuse(c, total);
        return;
    }
    set_inuse(c, size);
    rest = at(c, size);
    rest->head = PREV_INUSE;
    set_free(rest, total - size);
    bin_insert(rest);
}

/* The smallest non-empty bin at or above i whose chunks surely hold `size`; -1 if none. */
static int find_bin(int i)
{
    uint64_t bits;
    int w;

    for (w = i / 64; w < NBINS / 64; w++) {
        bits = bin_map[w];
        if (w == i / 64)
            bits &= ~(uint64_t)0 << (i % 64);
        if (bits != 0)
            return w * 64 + __builtin_ctzll(bits);
    }
    return -1;
}

/* Start a new region of `bytes` at p: top covers it, a fence ends it. */
static void new_region(char *p, size_t bytes)
{
    chunk *fence;

    /* The previous region's top goes to the bins; its fence keeps it apart. */
    if (top != NULL && size_of(top) >= MIN_CHUNK)
        bin_insert(top);
    top = (chunk *)p;
    top->prev_size = 0;
    top->head = PREV_INUSE;
    set_free(top, bytes - HDR);
    fence = next_chunk(top);
    fence->head = INUSE;
    region_end = p + bytes;
}

/* Make top at least `size` + MIN_CHUNK bytes: grow the region with brk, or start another. */
static int grow(size_t size)
{
    size_t want = size + MIN_CHUNK + HDR, got;
    char *p;

    if (want < GROW_MIN)
        want = GROW_MIN;
    want = (want + 4095) & ~(size_t)4095;
    p = sbrk((long)want);
    if (p != (char *)-1 && top != NULL && p == region_end) {
        /* Contiguous: the old fence and the new memory join top. */
        set_free(top, size_of(top) + want);
        next_chunk(top)->head = INUSE;
        region_end += want;
        return 0;
    }
    if (p == (char *)-1) {
        p = mmap(NULL, want, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return -1;
    }
    got = want;
    /* brk may start unaligned: skip to a 16-byte boundary. */
    if ((uintptr_t)p % 16 != 0) {
        got -= 16 - (uintptr_t)p % 16;
        p += 16 - (uintptr_t)p % 16;
        got &= ~(size_t)15;
    }
    new_region(p, got);
    return size_of(top) >= size + MIN_CHUNK ? 0 : -1;
}

/* Bytes of chunk a request of n bytes needs. */
static size_t request_size(size_t n)
{
    size_t size = (n + HDR + 15) & ~(size_t)15;

    return size < MIN_CHUNK ? MIN_CHUNK : size;
}

static void *heap_malloc(size_t n)
{
    size_t size;
    chunk *c;
    int i;

    if (n > MAX_REQUEST) {
        errno = ENOMEM;
        return NULL;
    }
    size = request_size(n);
    i = bin_index(size);
    if (i < CACHE_BINS && cache[i] != NULL) {
        c = cache[i];
        cache[i] = c->next;
        cache_count[i]--;
        return payload(c);
    }
    /* A large bin holds a range of sizes: look through the one that fits for a big enough chunk. */
    if (i >= SMALL_BINS || bins[i] != NULL) {
        for (c = bins[i]; c != NULL; c = c->next) {
            if (size_of(c) >= size) {
                bin_remove(c);
                carve(c, size);
                return payload(c);
            }
        }
    }
    /* Any chunk in a higher bin is big enough. */
    i = find_bin(i + 1);
    if (i >= 0) {
        c = bins[i];
        bin_remove(c);
        carve(c, size);
        return payload(c);
    }
    if ((top == NULL || size_of(top) < size + MIN_CHUNK) && grow(size) < 0) {
        errno = ENOMEM;
        return NULL;
    }
    c = top;
    top = at(c, size);
    top->head = 0;
    set_free(top, size_of(c) - size);
    set_inuse(c, size);
    return payload(c);
}

static void heap_free(void *p)
{
    chunk *c, *n, *prev;
    size_t size, i;

    if (p == NULL)
        return;
    c = chunk_of(p);
    size = size_of(c);
    i = size / 16;
    if (i < CACHE_BINS && cache_count[i] < CACHE_DEPTH) {
        c->next = cache[i];
        cache[i] = c;
        cache_count[i]++;
        return;
    }
    if (!(c->head & PREV_INUSE)) {
        prev = at(c, -(size_t)c->prev_size);
        bin_remove(prev);
        size += size_of(prev);
        c = prev;
    }
    n = at(c, size);
    if (n == top) {
        c->head = (c->head & PREV_INUSE);
        set_free(c, size + size_of(top));
        top = c;
        return;
    }
    if (!(n->head & INUSE)) {
        bin_remove(n);
        size += size_of(n);
    }
    c->head = PREV_INUSE;   /* a free chunk's predecessor is always in use */
    set_free(c, size);
    bin_insert(c);
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

size_t malloc_usable_size(void *p)
{
    return p == NULL ? 0 : size_of(chunk_of(p)) - HDR;
}

/* Grow in place into a free successor (or top) when it is big enough. */
static int grow_in_place(chunk *c, size_t size)
{
    size_t have = size_of(c);
    chunk *n = next_chunk(c);

    if (n == top) {
        if (have + size_of(top) < size + MIN_CHUNK)
            return 0;
        top = at(c, size);
        top->head = 0;
        set_free(top, have + size_of(n) - size);
        set_inuse(c, size);
        return 1;
    }
    if ((n->head & INUSE) || have + size_of(n) < size)
        return 0;
    bin_remove(n);
    c->head = (have + size_of(n)) | (c->head & (INUSE | PREV_INUSE));
    next_chunk(c)->head |= PREV_INUSE;
    /* carve expects a chunk marked free: it re-marks c in use with its final size. */
    c->head &= ~(size_t)INUSE;
    carve(c, size);
    return 1;
}

static void *heap_realloc(void *ptr, size_t n)
{
    chunk *c;
    size_t size, have;
    void *q;

    if (ptr == NULL)
        return malloc(n);
    if (n == 0) {
        free(ptr);
        return NULL;
    }
    if (n > MAX_REQUEST) {
        errno = ENOMEM;
        return NULL;
    }
    c = chunk_of(ptr);
    size = request_size(n);
    have = size_of(c);
    if (have >= size || grow_in_place(c, size))
        return ptr;
    q = malloc(n);
    if (q == NULL)
        return NULL;
    memcpy(q, ptr, have - HDR);
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
 * Over-allocate, then free the unaligned head as a chunk of its own (at least
 * MIN_CHUNK, so the aligned chunk starts far enough in).
 */
static void *heap_memalign(size_t alignment, size_t n)
{
    char *raw, *aligned;
    chunk *c, *a;
    size_t lead, total;

    if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
        errno = EINVAL;
        return NULL;
    }
    if (alignment <= 16)
        return malloc(n);
    if (n > MAX_REQUEST) {
        errno = ENOMEM;
        return NULL;
    }
    raw = malloc(n + alignment + MIN_CHUNK);
    if (raw == NULL)
        return NULL;
    aligned = (char *)(((uintptr_t)raw + MIN_CHUNK + alignment - 1) & ~(uintptr_t)(alignment - 1));
    if ((uintptr_t)raw % alignment == 0)
        return raw;
    c = chunk_of(raw);
    total = size_of(c);
    lead = (size_t)(aligned - raw);
    a = chunk_of(aligned);
    a->head = PREV_INUSE;
    set_inuse(a, total - lead);
    c->head &= ~(size_t)INUSE;
    c->head = lead | (c->head & PREV_INUSE) | INUSE;
    a->prev_size = lead;
    free(raw);
    return aligned;
}

/*
 * With threads, one lock guards the heap.  It is recursive because the
 * heap functions call each other (realloc calls malloc and free).  While
 * the process has one thread nobody can race us, so the lock is skipped,
 * as glibc does: two locked instructions and three calls per malloc were
 * most of the cost of a small malloc/free pair.  The flag only ever goes
 * from 1 to 0, in pthread_create, which no heap function calls, so a lock
 * skipped is never released and one taken is always released.
 */
struct __libc_lock __malloc_lock;

static void heap_lock(void)
{
    if (!__libc_single_threaded)
        __libc_lock(&__malloc_lock);
}

static void heap_unlock(void)
{
    if (!__libc_single_threaded)
        __libc_unlock(&__malloc_lock);
}

void *malloc(size_t n)
{
    void *p;

    heap_lock();
    p = heap_malloc(n);
    heap_unlock();
    return p;
}

void free(void *p)
{
    heap_lock();
    heap_free(p);
    heap_unlock();
}

void *realloc(void *ptr, size_t n)
{
    void *p;

    heap_lock();
    p = heap_realloc(ptr, n);
    heap_unlock();
    return p;
}

void *memalign(size_t alignment, size_t n)
{
    void *p;

    heap_lock();
    p = heap_memalign(alignment, n);
    heap_unlock();
    return p;
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
