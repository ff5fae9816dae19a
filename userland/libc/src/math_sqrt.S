/*
 * double __sqrt_rounded(double x): one SSE2 instruction, correctly rounded. sqrt (math.c)
 * adds the domain error's errno around it.
 */
	.text
	.globl __sqrt_rounded
	.type __sqrt_rounded, @function
__sqrt_rounded:
	sqrtsd %xmm0, %xmm0
	ret
	.size __sqrt_rounded, .-__sqrt_rounded

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
