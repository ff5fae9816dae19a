/*
 * sqrtl with the x87's fsqrt: correctly rounded to the 64-bit significand
 * (the argument arrives in memory, the result leaves in %st(0)).
 */
	.text
	.globl sqrtl
	.type sqrtl, @function
sqrtl:
	fldt 8(%rsp)
	fsqrt
	ret
	.size sqrtl, .-sqrtl

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
