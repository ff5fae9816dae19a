/*
 * The long double operations that must be exact, done by the x87 on the full
 * 64-bit significand (rounding through double would lose its low 11 bits).
 * System V passes a long double argument in memory at 8(%rsp) (the next one at
 * 24(%rsp)) and returns it in %st(0); these are leaves, so the red zone below
 * %rsp holds the saved control word.
 */
	.text

/* Round %st(0) to an integer with the rounding-control bits \bits (10-11 of the
   control word), then put the caller's control word back. */
.macro ROUND_WITH bits
	fldt 8(%rsp)
	fnstcw -4(%rsp)
	movzwl -4(%rsp), %eax
	andl $0xf3ff, %eax
	orl $\bits, %eax
	movw %ax, -8(%rsp)
	fldcw -8(%rsp)
	frndint
	fldcw -4(%rsp)
	ret
.endm

	.globl floorl
	.type floorl, @function
floorl:
	ROUND_WITH 0x0400
	.size floorl, .-floorl

	.globl ceill
	.type ceill, @function
ceill:
	ROUND_WITH 0x0800
	.size ceill, .-ceill

	.globl truncl
	.type truncl, @function
truncl:
	ROUND_WITH 0x0c00
	.size truncl, .-truncl

/* rintl and nearbyintl round in the current rounding mode. */
	.globl rintl
	.type rintl, @function
rintl:
	fldt 8(%rsp)
	frndint
	ret
	.size rintl, .-rintl

	.globl nearbyintl
	.type nearbyintl, @function
nearbyintl:
	fldt 8(%rsp)
	frndint
	ret
	.size nearbyintl, .-nearbyintl

/* fmodl(x, y): fprem leaves a partial remainder (C2 set) when the exponents are far
   apart; repeating it reaches the exact remainder with the sign of x. remainderl
   is the same with fprem1 (the quotient rounded to nearest, as IEEE asks).
   math_ldouble.c wraps these three with glibc's errno. */
	.globl __fmodl_fprem
	.type __fmodl_fprem, @function
__fmodl_fprem:
	fldt 24(%rsp)
	fldt 8(%rsp)
1:	fprem
	fnstsw %ax
	testw $0x400, %ax
	jnz 1b
	fstp %st(1)
	ret
	.size __fmodl_fprem, .-__fmodl_fprem

	.globl __remainderl_fprem1
	.type __remainderl_fprem1, @function
__remainderl_fprem1:
	fldt 24(%rsp)
	fldt 8(%rsp)
1:	fprem1
	fnstsw %ax
	testw $0x400, %ax
	jnz 1b
	fstp %st(1)
	ret
	.size __remainderl_fprem1, .-__remainderl_fprem1

/* scalbnl(x, e): fscale multiplies by 2^trunc(%st(1)), rounding only when the
   result is subnormal or out of range, as a multiplication would. */
	.globl __scalbnl_fscale
	.type __scalbnl_fscale, @function
__scalbnl_fscale:
	movl %edi, -4(%rsp)
	fildl -4(%rsp)
	fldt 8(%rsp)
	fscale
	fstp %st(1)
	ret
	.size __scalbnl_fscale, .-__scalbnl_fscale

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
