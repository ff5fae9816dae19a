/*
 * sqrtl with the x87's fsqrt: correctly rounded to the 64-bit significand
 * (the argument arrives in memory, the result leaves in %st(0)). sqrtl itself,
 * with glibc's errno, is in math_ldouble.c.
 */
	.text
	.globl __sqrtl_fsqrt
	.type __sqrtl_fsqrt, @function
__sqrtl_fsqrt:
	fldt 8(%rsp)
	fsqrt
	ret
	.size __sqrtl_fsqrt, .-__sqrtl_fsqrt

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
