/*
 * SSE2 intrinsics (integer lanes and double precision), written with GNU vector
 * extensions as xmmintrin.h is: each one computes what its instruction computes.
 * The common subset only; a missing intrinsic fails to link as an undefined _mm_* symbol.
 *
 * Shift counts follow the instructions, not C: a count at least the lane width clears
 * the lane (or fills it with the sign for the arithmetic right shifts).
 */
#ifndef _EMMINTRIN_H_INCLUDED
#define _EMMINTRIN_H_INCLUDED

#include <xmmintrin.h>

typedef long long __m128i __attribute__((__vector_size__(16), __may_alias__));
typedef double __m128d __attribute__((__vector_size__(16), __may_alias__));
typedef double __v2df __attribute__((__vector_size__(16)));
typedef long long __v2di __attribute__((__vector_size__(16)));
typedef unsigned long long __v2du __attribute__((__vector_size__(16)));
typedef short __v8hi __attribute__((__vector_size__(16)));
typedef unsigned short __v8hu __attribute__((__vector_size__(16)));
typedef signed char __v16qi __attribute__((__vector_size__(16)));
typedef unsigned char __v16qu __attribute__((__vector_size__(16)));

/* Construction: the _set forms name lanes from the highest down, the _setr forms from 0. */
static __inline__ __m128i _mm_set_epi64x(long long b, long long a) { return (__m128i){ a, b }; }
static __inline__ __m128i _mm_set_epi32(int d, int c, int b, int a) { return (__m128i)(__v4si){ a, b, c, d }; }
static __inline__ __m128i _mm_set_epi16(short h, short g, short f, short e, short d, short c, short b, short a)
{
	return (__m128i)(__v8hi){ a, b, c, d, e, f, g, h };
}
static __inline__ __m128i _mm_set_epi8(char p, char o, char n, char m, char l, char k, char j, char i,
                                       char h, char g, char f, char e, char d, char c, char b, char a)
{
	return (__m128i)(__v16qi){ a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p };
}
static __inline__ __m128i _mm_setr_epi32(int a, int b, int c, int d) { return (__m128i)(__v4si){ a, b, c, d }; }
static __inline__ __m128i _mm_set1_epi64x(long long a) { return (__m128i){ a, a }; }
static __inline__ __m128i _mm_set1_epi32(int a) { return (__m128i)(__v4si){ a, a, a, a }; }
static __inline__ __m128i _mm_set1_epi16(short a) { return (__m128i)(__v8hi){ a, a, a, a, a, a, a, a }; }
static __inline__ __m128i _mm_set1_epi8(char a)
{
	return (__m128i)(__v16qi){ a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a };
}
static __inline__ __m128i _mm_setzero_si128(void) { return (__m128i){ 0, 0 }; }
static __inline__ __m128d _mm_set_pd(double b, double a) { return (__m128d){ a, b }; }
static __inline__ __m128d _mm_setr_pd(double a, double b) { return (__m128d){ a, b }; }
static __inline__ __m128d _mm_set1_pd(double a) { return (__m128d){ a, a }; }
static __inline__ __m128d _mm_set_sd(double a) { return (__m128d){ a, 0.0 }; }
static __inline__ __m128d _mm_setzero_pd(void) { return (__m128d){ 0.0, 0.0 }; }

/* Memory: the aligned forms assume 16-byte alignment, the u forms do not. */
static __inline__ __m128i _mm_load_si128(const __m128i *p) { return *p; }
static __inline__ __m128i _mm_loadu_si128(const __m128i *p)
{
	__m128i v;

	__builtin_memcpy(&v, p, sizeof(v));
	return v;
}
static __inline__ __m128i _mm_loadl_epi64(const __m128i *p)
{
	long long low;

	__builtin_memcpy(&low, p, sizeof(low));
	return (__m128i){ low, 0 };
}
static __inline__ void _mm_store_si128(__m128i *p, __m128i a) { *p = a; }
static __inline__ void _mm_storeu_si128(__m128i *p, __m128i a) { __builtin_memcpy(p, &a, sizeof(a)); }
static __inline__ void _mm_storel_epi64(__m128i *p, __m128i a) { __builtin_memcpy(p, &a, 8); }
static __inline__ __m128d _mm_load_pd(const double *p) { return *(const __m128d *)p; }
static __inline__ __m128d _mm_loadu_pd(const double *p)
{
	__m128d v;

	__builtin_memcpy(&v, p, sizeof(v));
	return v;
}
static __inline__ __m128d _mm_load_sd(const double *p) { return _mm_set_sd(*p); }
static __inline__ __m128d _mm_load1_pd(const double *p) { return _mm_set1_pd(*p); }
static __inline__ void _mm_store_pd(double *p, __m128d a) { *(__m128d *)p = a; }
static __inline__ void _mm_storeu_pd(double *p, __m128d a) { __builtin_memcpy(p, &a, sizeof(a)); }
static __inline__ void _mm_store_sd(double *p, __m128d a) { *p = a[0]; }

/* Integer arithmetic wraps: it is done on unsigned lanes, where C defines wrapping. */
static __inline__ __m128i _mm_add_epi8(__m128i a, __m128i b) { return (__m128i)((__v16qu)a + (__v16qu)b); }
static __inline__ __m128i _mm_add_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hu)a + (__v8hu)b); }
static __inline__ __m128i _mm_add_epi32(__m128i a, __m128i b) { return (__m128i)((__v4su)a + (__v4su)b); }
static __inline__ __m128i _mm_add_epi64(__m128i a, __m128i b) { return (__m128i)((__v2du)a + (__v2du)b); }
static __inline__ __m128i _mm_sub_epi8(__m128i a, __m128i b) { return (__m128i)((__v16qu)a - (__v16qu)b); }
static __inline__ __m128i _mm_sub_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hu)a - (__v8hu)b); }
static __inline__ __m128i _mm_sub_epi32(__m128i a, __m128i b) { return (__m128i)((__v4su)a - (__v4su)b); }
static __inline__ __m128i _mm_sub_epi64(__m128i a, __m128i b) { return (__m128i)((__v2du)a - (__v2du)b); }
static __inline__ __m128i _mm_mullo_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hu)a * (__v8hu)b); }
/* pmuludq: the even 32-bit lanes, zero-extended, multiplied into 64-bit lanes. */
static __inline__ __m128i _mm_mul_epu32(__m128i a, __m128i b)
{
	__v4su x = (__v4su)a, y = (__v4su)b;

	return (__m128i)(__v2du){ (unsigned long long)x[0] * y[0], (unsigned long long)x[2] * y[2] };
}

/* Bitwise operations on the whole register. andnot complements its first operand. */
static __inline__ __m128i _mm_and_si128(__m128i a, __m128i b) { return a & b; }
static __inline__ __m128i _mm_andnot_si128(__m128i a, __m128i b) { return ~a & b; }
static __inline__ __m128i _mm_or_si128(__m128i a, __m128i b) { return a | b; }
static __inline__ __m128i _mm_xor_si128(__m128i a, __m128i b) { return a ^ b; }
static __inline__ __m128d _mm_and_pd(__m128d a, __m128d b) { return (__m128d)((__v2du)a & (__v2du)b); }
static __inline__ __m128d _mm_andnot_pd(__m128d a, __m128d b) { return (__m128d)(~(__v2du)a & (__v2du)b); }
static __inline__ __m128d _mm_or_pd(__m128d a, __m128d b) { return (__m128d)((__v2du)a | (__v2du)b); }
static __inline__ __m128d _mm_xor_pd(__m128d a, __m128d b) { return (__m128d)((__v2du)a ^ (__v2du)b); }

/* Integer comparisons: all-ones or all-zero lanes, signed. */
static __inline__ __m128i _mm_cmpeq_epi8(__m128i a, __m128i b) { return (__m128i)((__v16qi)a == (__v16qi)b); }
static __inline__ __m128i _mm_cmpeq_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hi)a == (__v8hi)b); }
static __inline__ __m128i _mm_cmpeq_epi32(__m128i a, __m128i b) { return (__m128i)((__v4si)a == (__v4si)b); }
static __inline__ __m128i _mm_cmpgt_epi8(__m128i a, __m128i b) { return (__m128i)((__v16qi)b < (__v16qi)a); }
static __inline__ __m128i _mm_cmpgt_epi16(__m128i a, __m128i b) { return (__m128i)((__v8hi)b < (__v8hi)a); }
static __inline__ __m128i _mm_cmpgt_epi32(__m128i a, __m128i b) { return (__m128i)((__v4si)b < (__v4si)a); }
static __inline__ __m128i _mm_cmplt_epi8(__m128i a, __m128i b) { return _mm_cmpgt_epi8(b, a); }
static __inline__ __m128i _mm_cmplt_epi16(__m128i a, __m128i b) { return _mm_cmpgt_epi16(b, a); }
static __inline__ __m128i _mm_cmplt_epi32(__m128i a, __m128i b) { return _mm_cmpgt_epi32(b, a); }

/* The lane-wise minimum and maximum instructions SSE2 has (pminsw, pmaxsw, pminub, pmaxub). */
static __inline__ __m128i _mm_min_epi16(__m128i a, __m128i b)
{
	__m128i lt = _mm_cmplt_epi16(a, b);

	return (lt & a) | (~lt & b);
}
static __inline__ __m128i _mm_max_epi16(__m128i a, __m128i b)
{
	__m128i gt = _mm_cmpgt_epi16(a, b);

	return (gt & a) | (~gt & b);
}
static __inline__ __m128i _mm_min_epu8(__m128i a, __m128i b)
{
	__m128i lt = (__m128i)((__v16qu)a < (__v16qu)b);

	return (lt & a) | (~lt & b);
}
static __inline__ __m128i _mm_max_epu8(__m128i a, __m128i b)
{
	__m128i gt = (__m128i)((__v16qu)b < (__v16qu)a);

	return (gt & a) | (~gt & b);
}

/* Shifts by an immediate count. */
static __inline__ __m128i _mm_slli_epi16(__m128i a, int n) { return (unsigned)n > 15 ? _mm_setzero_si128() : (__m128i)((__v8hu)a << n); }
static __inline__ __m128i _mm_slli_epi32(__m128i a, int n) { return (unsigned)n > 31 ? _mm_setzero_si128() : (__m128i)((__v4su)a << n); }
static __inline__ __m128i _mm_slli_epi64(__m128i a, int n) { return (unsigned)n > 63 ? _mm_setzero_si128() : (__m128i)((__v2du)a << n); }
static __inline__ __m128i _mm_srli_epi16(__m128i a, int n) { return (unsigned)n > 15 ? _mm_setzero_si128() : (__m128i)((__v8hu)a >> n); }
static __inline__ __m128i _mm_srli_epi32(__m128i a, int n) { return (unsigned)n > 31 ? _mm_setzero_si128() : (__m128i)((__v4su)a >> n); }
static __inline__ __m128i _mm_srli_epi64(__m128i a, int n) { return (unsigned)n > 63 ? _mm_setzero_si128() : (__m128i)((__v2du)a >> n); }
static __inline__ __m128i _mm_srai_epi16(__m128i a, int n) { return (__m128i)((__v8hi)a >> ((unsigned)n > 15 ? 15 : n)); }
static __inline__ __m128i _mm_srai_epi32(__m128i a, int n) { return (__m128i)((__v4si)a >> ((unsigned)n > 31 ? 31 : n)); }

/* Shifts by the count in the low 64 bits of a register, with the same saturation. */
static __inline__ int __mm_count(__m128i count, int limit)
{
	unsigned long long n = (unsigned long long)count[0];

	return n > (unsigned long long)limit ? limit + 1 : (int)n;
}
static __inline__ __m128i _mm_sll_epi16(__m128i a, __m128i c) { return _mm_slli_epi16(a, __mm_count(c, 15)); }
static __inline__ __m128i _mm_sll_epi32(__m128i a, __m128i c) { return _mm_slli_epi32(a, __mm_count(c, 31)); }
static __inline__ __m128i _mm_sll_epi64(__m128i a, __m128i c) { return _mm_slli_epi64(a, __mm_count(c, 63)); }
static __inline__ __m128i _mm_srl_epi16(__m128i a, __m128i c) { return _mm_srli_epi16(a, __mm_count(c, 15)); }
static __inline__ __m128i _mm_srl_epi32(__m128i a, __m128i c) { return _mm_srli_epi32(a, __mm_count(c, 31)); }
static __inline__ __m128i _mm_srl_epi64(__m128i a, __m128i c) { return _mm_srli_epi64(a, __mm_count(c, 63)); }
static __inline__ __m128i _mm_sra_epi16(__m128i a, __m128i c) { return _mm_srai_epi16(a, __mm_count(c, 15)); }
static __inline__ __m128i _mm_sra_epi32(__m128i a, __m128i c) { return _mm_srai_epi32(a, __mm_count(c, 31)); }

/* Whole-register byte shifts (pslldq, psrldq): bytes move toward higher or lower lanes. */
static __inline__ __m128i _mm_bslli_si128(__m128i a, int n)
{
	__v16qu v = (__v16qu)a, r = (__v16qu)_mm_setzero_si128();

	for (int i = 0; (unsigned)n < 16 && i + n < 16; i++)
		r[i + n] = v[i];
	return (__m128i)r;
}
static __inline__ __m128i _mm_bsrli_si128(__m128i a, int n)
{
	__v16qu v = (__v16qu)a, r = (__v16qu)_mm_setzero_si128();

	for (int i = 0; (unsigned)n < 16 && i + n < 16; i++)
		r[i] = v[i + n];
	return (__m128i)r;
}
#define _mm_slli_si128(a, n) _mm_bslli_si128((a), (n))
#define _mm_srli_si128(a, n) _mm_bsrli_si128((a), (n))

/* Lane selection by immediate, as pshufd, pshuflw, pshufhw and shufpd pick lanes. */
#define _mm_shuffle_epi32(a, imm)                                                    \
	((__m128i)__builtin_shuffle((__v4si)(a),                                      \
		(__v4si){ (imm) & 3, ((imm) >> 2) & 3, ((imm) >> 4) & 3, ((imm) >> 6) & 3 }))
#define _mm_shufflelo_epi16(a, imm)                                                  \
	((__m128i)__builtin_shuffle((__v8hi)(a),                                      \
		(__v8hi){ (imm) & 3, ((imm) >> 2) & 3, ((imm) >> 4) & 3, ((imm) >> 6) & 3, 4, 5, 6, 7 }))
#define _mm_shufflehi_epi16(a, imm)                                                  \
	((__m128i)__builtin_shuffle((__v8hi)(a),                                      \
		(__v8hi){ 0, 1, 2, 3, 4 + ((imm) & 3), 4 + (((imm) >> 2) & 3), 4 + (((imm) >> 4) & 3), 4 + (((imm) >> 6) & 3) }))
#define _mm_shuffle_pd(a, b, imm)                                                    \
	((__m128d)__builtin_shuffle((__v2df)(a), (__v2df)(b), (__v2di){ (imm) & 1, (((imm) >> 1) & 1) + 2 }))
#define _mm_extract_epi16(a, imm) ((int)(unsigned short)((__v8hi)(a))[(imm) & 7])

static __inline__ __m128i _mm_insert_epi16(__m128i a, int v, int imm)
{
	__v8hi x = (__v8hi)a;

	x[imm & 7] = (short)v;
	return (__m128i)x;
}

/* Interleaving the low or high halves of two registers. */
static __inline__ __m128i _mm_unpacklo_epi8(__m128i a, __m128i b)
{
	return (__m128i)__builtin_shuffle((__v16qi)a, (__v16qi)b,
		(__v16qi){ 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23 });
}
static __inline__ __m128i _mm_unpackhi_epi8(__m128i a, __m128i b)
{
	return (__m128i)__builtin_shuffle((__v16qi)a, (__v16qi)b,
		(__v16qi){ 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31 });
}
static __inline__ __m128i _mm_unpacklo_epi16(__m128i a, __m128i b)
{
	return (__m128i)__builtin_shuffle((__v8hi)a, (__v8hi)b, (__v8hi){ 0, 8, 1, 9, 2, 10, 3, 11 });
}
static __inline__ __m128i _mm_unpackhi_epi16(__m128i a, __m128i b)
{
	return (__m128i)__builtin_shuffle((__v8hi)a, (__v8hi)b, (__v8hi){ 4, 12, 5, 13, 6, 14, 7, 15 });
}
static __inline__ __m128i _mm_unpacklo_epi32(__m128i a, __m128i b) { return (__m128i)__builtin_shuffle((__v4si)a, (__v4si)b, (__v4si){ 0, 4, 1, 5 }); }
static __inline__ __m128i _mm_unpackhi_epi32(__m128i a, __m128i b) { return (__m128i)__builtin_shuffle((__v4si)a, (__v4si)b, (__v4si){ 2, 6, 3, 7 }); }
static __inline__ __m128i _mm_unpacklo_epi64(__m128i a, __m128i b) { return (__m128i){ a[0], b[0] }; }
static __inline__ __m128i _mm_unpackhi_epi64(__m128i a, __m128i b) { return (__m128i){ a[1], b[1] }; }
static __inline__ __m128d _mm_unpacklo_pd(__m128d a, __m128d b) { return (__m128d){ a[0], b[0] }; }
static __inline__ __m128d _mm_unpackhi_pd(__m128d a, __m128d b) { return (__m128d){ a[1], b[1] }; }

/* Bit i of the result is the sign bit of byte (or double) lane i. */
static __inline__ int _mm_movemask_epi8(__m128i a)
{
	__v16qu bytes = (__v16qu)a;
	int mask = 0;

	for (int i = 0; i < 16; i++)
		mask |= (bytes[i] >> 7) << i;
	return mask;
}
static __inline__ int _mm_movemask_pd(__m128d a)
{
	__v2du bits = (__v2du)a;

	return (int)(bits[0] >> 63) | (int)(bits[1] >> 63) << 1;
}

/* Double-precision arithmetic and comparisons, as the single-precision ones. */
static __inline__ __m128d _mm_add_pd(__m128d a, __m128d b) { return a + b; }
static __inline__ __m128d _mm_sub_pd(__m128d a, __m128d b) { return a - b; }
static __inline__ __m128d _mm_mul_pd(__m128d a, __m128d b) { return a * b; }
static __inline__ __m128d _mm_div_pd(__m128d a, __m128d b) { return a / b; }
static __inline__ __m128d _mm_add_sd(__m128d a, __m128d b) { a[0] += b[0]; return a; }
static __inline__ __m128d _mm_sub_sd(__m128d a, __m128d b) { a[0] -= b[0]; return a; }
static __inline__ __m128d _mm_mul_sd(__m128d a, __m128d b) { a[0] *= b[0]; return a; }
static __inline__ __m128d _mm_div_sd(__m128d a, __m128d b) { a[0] /= b[0]; return a; }
static __inline__ __m128d _mm_sqrt_pd(__m128d a) { return (__m128d){ __builtin_sqrt(a[0]), __builtin_sqrt(a[1]) }; }
static __inline__ __m128d _mm_min_pd(__m128d a, __m128d b)
{
	__v2di lt = a < b;

	return (__m128d)((lt & (__v2di)a) | (~lt & (__v2di)b));
}
static __inline__ __m128d _mm_max_pd(__m128d a, __m128d b)
{
	__v2di gt = b < a;

	return (__m128d)((gt & (__v2di)a) | (~gt & (__v2di)b));
}
static __inline__ __m128d _mm_cmpeq_pd(__m128d a, __m128d b) { return (__m128d)(a == b); }
static __inline__ __m128d _mm_cmplt_pd(__m128d a, __m128d b) { return (__m128d)(a < b); }
static __inline__ __m128d _mm_cmple_pd(__m128d a, __m128d b) { return (__m128d)(a <= b); }
static __inline__ __m128d _mm_cmpgt_pd(__m128d a, __m128d b) { return (__m128d)(b < a); }
static __inline__ __m128d _mm_cmpge_pd(__m128d a, __m128d b) { return (__m128d)(b <= a); }
static __inline__ __m128d _mm_cmpneq_pd(__m128d a, __m128d b) { return (__m128d)(a != b); }

/* Conversions. The tt forms truncate toward zero as C's casts do. */
static __inline__ int _mm_cvtsi128_si32(__m128i a) { return ((__v4si)a)[0]; }
static __inline__ long long _mm_cvtsi128_si64(__m128i a) { return a[0]; }
static __inline__ __m128i _mm_cvtsi32_si128(int a) { return (__m128i)(__v4si){ a, 0, 0, 0 }; }
static __inline__ __m128i _mm_cvtsi64_si128(long long a) { return (__m128i){ a, 0 }; }
static __inline__ double _mm_cvtsd_f64(__m128d a) { return a[0]; }
static __inline__ int _mm_cvttsd_si32(__m128d a) { return (int)a[0]; }
static __inline__ __m128 _mm_cvtepi32_ps(__m128i a) { return __builtin_convertvector((__v4si)a, __m128); }
static __inline__ __m128i _mm_cvttps_epi32(__m128 a) { return (__m128i)__builtin_convertvector(a, __v4si); }
static __inline__ __m128d _mm_cvtepi32_pd(__m128i a)
{
	__v4si x = (__v4si)a;

	return (__m128d){ (double)x[0], (double)x[1] };
}
static __inline__ __m128d _mm_cvtps_pd(__m128 a) { return (__m128d){ (double)a[0], (double)a[1] }; }
static __inline__ __m128 _mm_cvtpd_ps(__m128d a) { return (__m128){ (float)a[0], (float)a[1], 0.0f, 0.0f }; }

/* Reinterpretations: the bits stay, only the type changes. */
static __inline__ __m128i _mm_castps_si128(__m128 a) { return (__m128i)a; }
static __inline__ __m128 _mm_castsi128_ps(__m128i a) { return (__m128)a; }
static __inline__ __m128i _mm_castpd_si128(__m128d a) { return (__m128i)a; }
static __inline__ __m128d _mm_castsi128_pd(__m128i a) { return (__m128d)a; }
static __inline__ __m128d _mm_castps_pd(__m128 a) { return (__m128d)a; }
static __inline__ __m128 _mm_castpd_ps(__m128d a) { return (__m128)a; }

#endif
