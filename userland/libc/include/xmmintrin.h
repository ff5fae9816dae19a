/*
 * SSE intrinsics (single precision), written with GNU vector extensions instead of
 * compiler builtins: every intrinsic here computes exactly what the SSE instruction of
 * the same name computes, lane by lane. Only the common subset is provided; the
 * approximate ones (_mm_rcp_ps, _mm_rsqrt_ps) are left out because their results are
 * the hardware's own and cannot be reproduced portably. A program using a missing
 * intrinsic fails to link with an undefined _mm_* symbol rather than misbehaving.
 *
 * __SSE__ is deliberately not predefined: code that tests it keeps its portable path.
 */
#ifndef _XMMINTRIN_H_INCLUDED
#define _XMMINTRIN_H_INCLUDED

#include <mm_malloc.h>

typedef float __m128 __attribute__((__vector_size__(16), __may_alias__));
typedef float __v4sf __attribute__((__vector_size__(16)));
typedef int __v4si __attribute__((__vector_size__(16)));
typedef unsigned int __v4su __attribute__((__vector_size__(16)));

#define _MM_SHUFFLE(z, y, x, w) (((z) << 6) | ((y) << 4) | ((x) << 2) | (w))

/* Lanes 0 and 1 of the result come from a, lanes 2 and 3 from b, as shufps picks them. */
#define _mm_shuffle_ps(a, b, imm)                                                   \
	((__m128)__builtin_shuffle((__v4sf)(a), (__v4sf)(b),                         \
		(__v4si){ (imm) & 3, ((imm) >> 2) & 3, (((imm) >> 4) & 3) + 4, (((imm) >> 6) & 3) + 4 }))

enum _mm_hint { _MM_HINT_NTA = 0, _MM_HINT_T2 = 1, _MM_HINT_T1 = 2, _MM_HINT_T0 = 3 };

/* A prefetch is only a hint: doing nothing is a correct implementation. */
static __inline__ void _mm_prefetch(const void *p, int hint)
{
	(void)p;
	(void)hint;
}

/* Construction. _mm_set_ps names lanes from the highest down, as Intel does. */
static __inline__ __m128 _mm_set_ps(float z, float y, float x, float w) { return (__m128){ w, x, y, z }; }
static __inline__ __m128 _mm_setr_ps(float w, float x, float y, float z) { return (__m128){ w, x, y, z }; }
static __inline__ __m128 _mm_set1_ps(float a) { return (__m128){ a, a, a, a }; }
static __inline__ __m128 _mm_set_ps1(float a) { return _mm_set1_ps(a); }
static __inline__ __m128 _mm_set_ss(float a) { return (__m128){ a, 0.0f, 0.0f, 0.0f }; }
static __inline__ __m128 _mm_setzero_ps(void) { return (__m128){ 0.0f, 0.0f, 0.0f, 0.0f }; }

/* Memory. The aligned forms assume 16-byte alignment as movaps does; the u forms do not. */
static __inline__ __m128 _mm_load_ps(const float *p) { return *(const __m128 *)p; }
static __inline__ __m128 _mm_loadu_ps(const float *p)
{
	__m128 v;

	__builtin_memcpy(&v, p, sizeof(v));
	return v;
}
static __inline__ __m128 _mm_load_ss(const float *p) { return _mm_set_ss(*p); }
static __inline__ __m128 _mm_load1_ps(const float *p) { return _mm_set1_ps(*p); }
static __inline__ __m128 _mm_load_ps1(const float *p) { return _mm_set1_ps(*p); }
static __inline__ __m128 _mm_loadr_ps(const float *p) { return _mm_set_ps(p[0], p[1], p[2], p[3]); }
static __inline__ void _mm_store_ps(float *p, __m128 a) { *(__m128 *)p = a; }
static __inline__ void _mm_storeu_ps(float *p, __m128 a) { __builtin_memcpy(p, &a, sizeof(a)); }
static __inline__ void _mm_store_ss(float *p, __m128 a) { *p = a[0]; }
static __inline__ void _mm_store1_ps(float *p, __m128 a) { _mm_store_ps(p, _mm_set1_ps(a[0])); }
static __inline__ void _mm_store_ps1(float *p, __m128 a) { _mm_store1_ps(p, a); }
static __inline__ void _mm_storer_ps(float *p, __m128 a) { _mm_store_ps(p, _mm_setr_ps(a[3], a[2], a[1], a[0])); }

/* Arithmetic: the _ps forms work on all lanes, the _ss forms on lane 0 and keep a's others. */
static __inline__ __m128 _mm_add_ps(__m128 a, __m128 b) { return a + b; }
static __inline__ __m128 _mm_sub_ps(__m128 a, __m128 b) { return a - b; }
static __inline__ __m128 _mm_mul_ps(__m128 a, __m128 b) { return a * b; }
static __inline__ __m128 _mm_div_ps(__m128 a, __m128 b) { return a / b; }
static __inline__ __m128 _mm_add_ss(__m128 a, __m128 b) { a[0] += b[0]; return a; }
static __inline__ __m128 _mm_sub_ss(__m128 a, __m128 b) { a[0] -= b[0]; return a; }
static __inline__ __m128 _mm_mul_ss(__m128 a, __m128 b) { a[0] *= b[0]; return a; }
static __inline__ __m128 _mm_div_ss(__m128 a, __m128 b) { a[0] /= b[0]; return a; }
static __inline__ __m128 _mm_sqrt_ss(__m128 a) { a[0] = __builtin_sqrtf(a[0]); return a; }
static __inline__ __m128 _mm_sqrt_ps(__m128 a)
{
	for (int i = 0; i < 4; i++)
		a[i] = __builtin_sqrtf(a[i]);
	return a;
}

/* Bitwise operations see the float lanes as raw bits. andnot complements its first operand. */
static __inline__ __m128 _mm_and_ps(__m128 a, __m128 b) { return (__m128)((__v4su)a & (__v4su)b); }
static __inline__ __m128 _mm_andnot_ps(__m128 a, __m128 b) { return (__m128)(~(__v4su)a & (__v4su)b); }
static __inline__ __m128 _mm_or_ps(__m128 a, __m128 b) { return (__m128)((__v4su)a | (__v4su)b); }
static __inline__ __m128 _mm_xor_ps(__m128 a, __m128 b) { return (__m128)((__v4su)a ^ (__v4su)b); }

/*
 * Comparisons give all-ones or all-zero lanes. The "not" forms are true on unordered
 * (NaN) lanes, which is what complementing the ordered comparison gives.
 */
static __inline__ __m128 _mm_cmpeq_ps(__m128 a, __m128 b) { return (__m128)(a == b); }
static __inline__ __m128 _mm_cmplt_ps(__m128 a, __m128 b) { return (__m128)(a < b); }
static __inline__ __m128 _mm_cmple_ps(__m128 a, __m128 b) { return (__m128)(a <= b); }
static __inline__ __m128 _mm_cmpgt_ps(__m128 a, __m128 b) { return (__m128)(b < a); }
static __inline__ __m128 _mm_cmpge_ps(__m128 a, __m128 b) { return (__m128)(b <= a); }
static __inline__ __m128 _mm_cmpneq_ps(__m128 a, __m128 b) { return (__m128)(a != b); }
static __inline__ __m128 _mm_cmpnlt_ps(__m128 a, __m128 b) { return (__m128)~(a < b); }
static __inline__ __m128 _mm_cmpnle_ps(__m128 a, __m128 b) { return (__m128)~(a <= b); }
static __inline__ __m128 _mm_cmpngt_ps(__m128 a, __m128 b) { return (__m128)~(b < a); }
static __inline__ __m128 _mm_cmpnge_ps(__m128 a, __m128 b) { return (__m128)~(b <= a); }
static __inline__ __m128 _mm_cmpord_ps(__m128 a, __m128 b) { return (__m128)((a == a) & (b == b)); }
static __inline__ __m128 _mm_cmpunord_ps(__m128 a, __m128 b) { return (__m128)~((a == a) & (b == b)); }

/* minps/maxps return the second operand when the comparison fails (NaN, or -0 against +0). */
static __inline__ __m128 _mm_min_ps(__m128 a, __m128 b)
{
	__v4si lt = a < b;

	return (__m128)((lt & (__v4si)a) | (~lt & (__v4si)b));
}
static __inline__ __m128 _mm_max_ps(__m128 a, __m128 b)
{
	__v4si gt = b < a;

	return (__m128)((gt & (__v4si)a) | (~gt & (__v4si)b));
}
static __inline__ __m128 _mm_min_ss(__m128 a, __m128 b) { a[0] = a[0] < b[0] ? a[0] : b[0]; return a; }
static __inline__ __m128 _mm_max_ss(__m128 a, __m128 b) { a[0] = a[0] > b[0] ? a[0] : b[0]; return a; }

/* Bit i of the result is the sign bit of lane i. */
static __inline__ int _mm_movemask_ps(__m128 a)
{
	__v4su bits = (__v4su)a;
	int mask = 0;

	for (int i = 0; i < 4; i++)
		mask |= (int)(bits[i] >> 31) << i;
	return mask;
}

/* Lane moves. */
static __inline__ __m128 _mm_unpacklo_ps(__m128 a, __m128 b) { return (__m128){ a[0], b[0], a[1], b[1] }; }
static __inline__ __m128 _mm_unpackhi_ps(__m128 a, __m128 b) { return (__m128){ a[2], b[2], a[3], b[3] }; }
static __inline__ __m128 _mm_movehl_ps(__m128 a, __m128 b) { return (__m128){ b[2], b[3], a[2], a[3] }; }
static __inline__ __m128 _mm_movelh_ps(__m128 a, __m128 b) { return (__m128){ a[0], a[1], b[0], b[1] }; }
static __inline__ __m128 _mm_move_ss(__m128 a, __m128 b) { a[0] = b[0]; return a; }

/* Scalar conversions; the tt forms truncate toward zero as C's casts do. */
static __inline__ float _mm_cvtss_f32(__m128 a) { return a[0]; }
static __inline__ int _mm_cvttss_si32(__m128 a) { return (int)a[0]; }
static __inline__ long long _mm_cvttss_si64(__m128 a) { return (long long)a[0]; }
static __inline__ __m128 _mm_cvtsi32_ss(__m128 a, int b) { a[0] = (float)b; return a; }
static __inline__ __m128 _mm_cvtsi64_ss(__m128 a, long long b) { a[0] = (float)b; return a; }

#endif
