/*
 * <cpuid.h>: ask the processor what it supports, as GCC's header of the same name
 * offers it. Programs use it to skip SIMD code the machine (or the emulator) lacks.
 *
 * The bit names are the feature flags of the Intel SDM, volume 2A, table 3-8 (leaf 1)
 * and table 3-8 "structured extended feature flags" (leaf 7, subleaf 0).
 */
#ifndef _CPUID_H_INCLUDED
#define _CPUID_H_INCLUDED

/* Leaf 1, %ecx */
#define bit_SSE3	(1 << 0)
#define bit_PCLMUL	(1 << 1)
#define bit_SSSE3	(1 << 9)
#define bit_FMA		(1 << 12)
#define bit_CMPXCHG16B	(1 << 13)
#define bit_SSE4_1	(1 << 19)
#define bit_SSE4_2	(1 << 20)
#define bit_MOVBE	(1 << 22)
#define bit_POPCNT	(1 << 23)
#define bit_AES		(1 << 25)
#define bit_XSAVE	(1 << 26)
#define bit_OSXSAVE	(1 << 27)
#define bit_AVX		(1 << 28)
#define bit_F16C	(1 << 29)
#define bit_RDRND	(1 << 30)

/* Leaf 1, %edx */
#define bit_CMPXCHG8B	(1 << 8)
#define bit_CMOV	(1 << 15)
#define bit_MMX		(1 << 23)
#define bit_FXSAVE	(1 << 24)
#define bit_SSE		(1 << 25)
#define bit_SSE2	(1 << 26)

/* Leaf 7 subleaf 0, %ebx */
#define bit_BMI		(1 << 3)
#define bit_AVX2	(1 << 5)
#define bit_BMI2	(1 << 8)
#define bit_AVX512F	(1 << 16)
#define bit_ADX		(1 << 19)
#define bit_SHA		(1 << 29)

/* Leaf 0x80000001, %ecx and %edx */
#define bit_LAHF_LM	(1 << 0)
#define bit_ABM		(1 << 5)
#define bit_LZCNT	bit_ABM
#define bit_SSE4a	(1 << 6)
#define bit_LM		(1 << 29)

/* Macros rather than functions because they assign the four registers to lvalues. */
#define __cpuid(level, a, b, c, d) \
	__asm__ __volatile__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "0"(level))

#define __cpuid_count(level, count, a, b, c, d) \
	__asm__ __volatile__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "0"(level), "2"(count))

/*
 * The highest leaf of the range `ext` selects (0 basic, 0x80000000 extended); a leaf
 * above it returns garbage, so every query below checks it first.
 */
static __inline__ unsigned int __get_cpuid_max(unsigned int ext, unsigned int *sig)
{
	unsigned int a, b, c, d;

	__cpuid(ext, a, b, c, d);
	if (sig)
		*sig = b;
	return a;
}

/* 1 with the registers filled in, 0 when the processor has no such leaf. */
static __inline__ int __get_cpuid(unsigned int leaf, unsigned int *a, unsigned int *b,
				  unsigned int *c, unsigned int *d)
{
	if (__get_cpuid_max(leaf & 0x80000000u, 0) < leaf)
		return 0;
	__cpuid(leaf, *a, *b, *c, *d);
	return 1;
}

static __inline__ int __get_cpuid_count(unsigned int leaf, unsigned int subleaf,
					unsigned int *a, unsigned int *b,
					unsigned int *c, unsigned int *d)
{
	if (__get_cpuid_max(leaf & 0x80000000u, 0) < leaf)
		return 0;
	__cpuid_count(leaf, subleaf, *a, *b, *c, *d);
	return 1;
}

#endif
