/*
 * The floating-point control and status registers for fenv.c: MXCSR (SSE,
 * where C's double arithmetic happens) and the x87 control and status words.
 */
	.text
	.globl __get_mxcsr
	.type __get_mxcsr, @function
__get_mxcsr:
	subq $8, %rsp
	stmxcsr (%rsp)
	movl (%rsp), %eax
	addq $8, %rsp
	ret
	.size __get_mxcsr, .-__get_mxcsr

	.globl __set_mxcsr
	.type __set_mxcsr, @function
__set_mxcsr:
	subq $8, %rsp
	movl %edi, (%rsp)
	ldmxcsr (%rsp)
	addq $8, %rsp
	ret
	.size __set_mxcsr, .-__set_mxcsr

	.globl __get_x87_control
	.type __get_x87_control, @function
__get_x87_control:
	subq $8, %rsp
	fnstcw (%rsp)
	movzwl (%rsp), %eax
	addq $8, %rsp
	ret
	.size __get_x87_control, .-__get_x87_control

	.globl __set_x87_control
	.type __set_x87_control, @function
__set_x87_control:
	subq $8, %rsp
	movw %di, (%rsp)
	fldcw (%rsp)
	addq $8, %rsp
	ret
	.size __set_x87_control, .-__set_x87_control

	.globl __get_x87_status
	.type __get_x87_status, @function
__get_x87_status:
	xorl %eax, %eax
	fnstsw %ax
	ret
	.size __get_x87_status, .-__get_x87_status

	.globl __clear_x87_exceptions
	.type __clear_x87_exceptions, @function
__clear_x87_exceptions:
	fnclex
	ret
	.size __clear_x87_exceptions, .-__clear_x87_exceptions

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
