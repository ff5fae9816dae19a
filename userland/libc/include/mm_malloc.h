/*
 * _mm_malloc/_mm_free: aligned heap blocks for SSE code, on top of posix_memalign.
 */
#ifndef _MM_MALLOC_H_INCLUDED
#define _MM_MALLOC_H_INCLUDED

#include <stdlib.h>

static __inline__ void *_mm_malloc(size_t size, size_t alignment)
{
	void *p;

	/* posix_memalign wants a multiple of sizeof(void *); smaller requests are met anyway. */
	if (alignment < sizeof(void *))
		alignment = sizeof(void *);
	if (posix_memalign(&p, alignment, size) != 0)
		return 0;
	return p;
}

static __inline__ void _mm_free(void *p)
{
	free(p);
}

#endif
