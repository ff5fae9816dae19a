/*
 * double sqrt(double x): one SSE2 instruction, correctly rounded.
 */
	.text
	.globl sqrt
	.type sqrt, @function
sqrt:
	sqrtsd %xmm0, %xmm0
	ret
	.size sqrt, .-sqrt

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
