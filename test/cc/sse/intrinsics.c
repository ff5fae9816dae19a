/* SSE/SSE2 intrinsics from <emmintrin.h>: every lane printed as bits, so gcc's own
   header (builtins) and ours (vector extensions) must agree exactly, including NaN
   lanes, -0 against +0 in min/max, and shift counts past the lane width. */
#include <emmintrin.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static void ps(const char *what, __m128 v)
{
	unsigned u[4];

	memcpy(u, &v, sizeof(u));
	printf("%-10s %08x %08x %08x %08x\n", what, u[0], u[1], u[2], u[3]);
}

static void pi(const char *what, __m128i v)
{
	unsigned u[4];

	memcpy(u, &v, sizeof(u));
	printf("%-10s %08x %08x %08x %08x\n", what, u[0], u[1], u[2], u[3]);
}

static void pd(const char *what, __m128d v)
{
	unsigned long long u[2];

	memcpy(u, &v, sizeof(u));
	printf("%-10s %016llx %016llx\n", what, u[0], u[1]);
}

static void floats(void)
{
	__m128 a = _mm_set_ps(-0.0f, NAN, 2.5f, -3.0f);
	__m128 b = _mm_setr_ps(1.0f, 4.0f, 7.0f, 0.0f);
	float out[4] __attribute__((aligned(16)));
	float un[5];

	ps("add", _mm_add_ps(a, b));
	ps("sub_ss", _mm_sub_ss(a, b));
	ps("mul", _mm_mul_ps(a, b));
	ps("div", _mm_div_ps(b, a));
	ps("sqrt", _mm_sqrt_ps(b));
	ps("min", _mm_min_ps(a, b));
	ps("max", _mm_max_ps(a, b));
	ps("max_ba", _mm_max_ps(b, a));
	ps("cmplt", _mm_cmplt_ps(a, b));
	ps("cmpnle", _mm_cmpnle_ps(a, b));
	ps("cmpge", _mm_cmpge_ps(a, b));
	ps("cmpneq", _mm_cmpneq_ps(a, a));
	ps("cmpunord", _mm_cmpunord_ps(a, b));
	ps("andnot", _mm_andnot_ps(_mm_set1_ps(-0.0f), a));
	ps("xor", _mm_xor_ps(a, b));
	ps("shuffle", _mm_shuffle_ps(a, b, _MM_SHUFFLE(2, 3, 0, 1)));
	ps("unpacklo", _mm_unpacklo_ps(a, b));
	ps("movehl", _mm_movehl_ps(a, b));
	ps("move_ss", _mm_move_ss(a, b));
	printf("movemask %d %d\n", _mm_movemask_ps(a), _mm_movemask_ps(_mm_cmplt_ps(a, b)));
	printf("cvt %g %d\n", _mm_cvtss_f32(a), _mm_cvttss_si32(_mm_set_ss(-7.9f)));
	_mm_store_ps(out, _mm_loadu_ps((float[]){ 9, 8, 7, 6 }));
	_mm_storeu_ps(un + 1, _mm_load_ps(out));
	printf("stored %g %g %g\n", out[0], un[1], un[4]);
}

static void integers(void)
{
	__m128i a = _mm_set_epi32(0x80000000, -1, 0x12345678, 7);
	__m128i b = _mm_setr_epi32(3, 0x7fffffff, -2, 0x00ff00ff);
	__m128i bytes = _mm_set_epi8(-128, 127, 0, 1, -1, 2, -3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

	pi("add8", _mm_add_epi8(a, bytes));
	pi("add16", _mm_add_epi16(a, b));
	pi("add32", _mm_add_epi32(a, b));
	pi("sub64", _mm_sub_epi64(a, b));
	pi("mullo16", _mm_mullo_epi16(a, b));
	pi("mul_epu32", _mm_mul_epu32(a, b));
	pi("cmpgt8", _mm_cmpgt_epi8(bytes, a));
	pi("cmpgt32", _mm_cmpgt_epi32(a, b));
	pi("cmpeq16", _mm_cmpeq_epi16(a, a));
	pi("min16", _mm_min_epi16(a, b));
	pi("max_u8", _mm_max_epu8(a, bytes));
	for (int n = 0; n <= 33; n += 11) {
		printf("count %d\n", n);
		pi("slli16", _mm_slli_epi16(a, n));
		pi("srli32", _mm_srli_epi32(a, n));
		pi("srai16", _mm_srai_epi16(a, n));
		pi("srai32", _mm_srai_epi32(a, n));
		pi("sll64", _mm_sll_epi64(a, _mm_cvtsi32_si128(n * 2)));
	}
	pi("bslli", _mm_slli_si128(a, 3));
	pi("bsrli", _mm_srli_si128(a, 5));
	pi("shuf32", _mm_shuffle_epi32(a, 0x1b));
	pi("shuflo", _mm_shufflelo_epi16(a, 0x4e));
	pi("shufhi", _mm_shufflehi_epi16(a, 0xb1));
	pi("unpack8", _mm_unpacklo_epi8(a, bytes));
	pi("unpack16", _mm_unpackhi_epi16(a, b));
	pi("unpack64", _mm_unpackhi_epi64(a, b));
	pi("insert", _mm_insert_epi16(a, 0xbeef, 5));
	printf("extract %d movemask %x low %d\n", _mm_extract_epi16(a, 7), _mm_movemask_epi8(bytes), _mm_cvtsi128_si32(a));
	pi("cvttps", _mm_cvttps_epi32(_mm_set_ps(-2.7f, 2.7f, 1e10f, -0.5f)));
	ps("cvtepi32", _mm_cvtepi32_ps(a));
}

static void doubles(void)
{
	__m128d a = _mm_set_pd(-0.0, 1.5);
	__m128d b = _mm_setr_pd(NAN, 0.0);
	double d[2];

	pd("add", _mm_add_pd(a, b));
	pd("mul_sd", _mm_mul_sd(a, _mm_set1_pd(4.0)));
	pd("min", _mm_min_pd(a, b));
	pd("max", _mm_max_pd(b, a));
	pd("cmple", _mm_cmple_pd(a, b));
	pd("shuffle", _mm_shuffle_pd(a, b, 1));
	pd("unpackhi", _mm_unpackhi_pd(a, b));
	pd("sqrt", _mm_sqrt_pd(_mm_set_pd(2.0, 9.0)));
	pd("cvtps", _mm_cvtps_pd(_mm_set_ps(4, 3, 2, 1.25f)));
	printf("movemask %d\n", _mm_movemask_pd(a));
	_mm_storeu_pd(d, _mm_castsi128_pd(_mm_set_epi64x(0x4000000000000000LL, 0x3ff0000000000000LL)));
	printf("cast %g %g\n", d[0], d[1]);
}

int main(void)
{
	floats();
	integers();
	doubles();
	return 0;
}
