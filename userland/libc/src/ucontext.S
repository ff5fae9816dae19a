/*
 * getcontext, setcontext, swapcontext and the return path of makecontext's
 * contexts. A context holds the callee-saved registers, the argument
 * registers (makecontext passes the function's arguments in them), %rsp and
 * %rip as the caller sees them after the call returns, the x87 environment
 * and MXCSR, and the signal mask. The offsets follow <sys/ucontext.h>.
 */
	.set UC_LINK, 8
	.set GREGS, 40                  /* uc_mcontext.gregs */
	.set R8, GREGS + 0 * 8
	.set R9, GREGS + 1 * 8
	.set R12, GREGS + 4 * 8
	.set R13, GREGS + 5 * 8
	.set R14, GREGS + 6 * 8
	.set R15, GREGS + 7 * 8
	.set RDI, GREGS + 8 * 8
	.set RSI, GREGS + 9 * 8
	.set RBP, GREGS + 10 * 8
	.set RBX, GREGS + 11 * 8
	.set RDX, GREGS + 12 * 8
	.set RCX, GREGS + 14 * 8
	.set RSP, GREGS + 15 * 8
	.set RIP, GREGS + 16 * 8
	.set FPREGS, 224                /* uc_mcontext.fpregs */
	.set SIGMASK, 296               /* uc_sigmask */
	.set FPREGS_MEM, 304            /* __fpregs_mem */
	.set MXCSR, FPREGS_MEM + 24
	.set SYS_RT_SIGPROCMASK, 14
	.set SIG_SETMASK, 2

	.text

/* Save the registers of the context that called us into (%rdi); %rsp and
   %rip as they will be once we return. Leaves %rdi alone. */
	.type save_context, @function
save_context:
	movq %rbx, RBX(%rdi)
	movq %rbp, RBP(%rdi)
	movq %r12, R12(%rdi)
	movq %r13, R13(%rdi)
	movq %r14, R14(%rdi)
	movq %r15, R15(%rdi)
	movq %rdi, RDI(%rdi)
	movq %rsi, RSI(%rdi)
	movq %rdx, RDX(%rdi)
	movq %rcx, RCX(%rdi)
	movq %r8, R8(%rdi)
	movq %r9, R9(%rdi)
	movq 8(%rsp), %rcx              /* the return address of our caller's call */
	movq %rcx, RIP(%rdi)
	leaq 16(%rsp), %rcx             /* its %rsp after that call returns */
	movq %rcx, RSP(%rdi)
	leaq FPREGS_MEM(%rdi), %rcx
	movq %rcx, FPREGS(%rdi)
	fnstenv (%rcx)                  /* fnstenv masks the exceptions: put them back */
	fldenv (%rcx)
	stmxcsr MXCSR(%rdi)
	ret
	.size save_context, .-save_context

/* int getcontext(ucontext_t *ucp) */
	.globl getcontext
	.type getcontext, @function
getcontext:
	call save_context
	/* rt_sigprocmask(SIG_BLOCK, NULL, &ucp->uc_sigmask, 8): read the mask */
	leaq SIGMASK(%rdi), %rdx
	xorl %esi, %esi
	xorl %edi, %edi
	movl $8, %r10d
	movl $SYS_RT_SIGPROCMASK, %eax
	syscall
	cmpq $-4095, %rax
	jae error
	xorl %eax, %eax
	ret
	.size getcontext, .-getcontext

/* int setcontext(const ucontext_t *ucp): does not return on success. */
	.globl setcontext
	.type setcontext, @function
setcontext:
	pushq %rdi
	leaq SIGMASK(%rdi), %rsi
	xorl %edx, %edx
	movl $SIG_SETMASK, %edi
	movl $8, %r10d
	movl $SYS_RT_SIGPROCMASK, %eax
	syscall
	popq %rdi
	cmpq $-4095, %rax
	jae error
.Lresume:                               /* the mask is set: load the registers */
	movq FPREGS(%rdi), %rcx
	fldenv (%rcx)
	ldmxcsr MXCSR(%rdi)
	movq RSP(%rdi), %rsp
	movq RBX(%rdi), %rbx
	movq RBP(%rdi), %rbp
	movq R12(%rdi), %r12
	movq R13(%rdi), %r13
	movq R14(%rdi), %r14
	movq R15(%rdi), %r15
	pushq RIP(%rdi)                 /* resume there with the ret below */
	movq RSI(%rdi), %rsi
	movq RDX(%rdi), %rdx
	movq RCX(%rdi), %rcx
	movq R8(%rdi), %r8
	movq R9(%rdi), %r9
	movq RDI(%rdi), %rdi
	xorl %eax, %eax
	ret
	.size setcontext, .-setcontext

/* int swapcontext(ucontext_t *oucp, const ucontext_t *ucp): save into oucp
   (so that resuming it returns 0 from here), then switch to ucp. */
	.globl swapcontext
	.type swapcontext, @function
swapcontext:
	call save_context
	pushq %rsi
	leaq SIGMASK(%rdi), %rdx        /* the mask: old into oucp, new from ucp */
	leaq SIGMASK(%rsi), %rsi
	movl $SIG_SETMASK, %edi
	movl $8, %r10d
	movl $SYS_RT_SIGPROCMASK, %eax
	syscall
	popq %rdi
	cmpq $-4095, %rax
	jae error
	jmp .Lresume                    /* ucp's mask is already set */
	.size swapcontext, .-swapcontext

/* A failed system call: errno = -%rax, return -1. */
	.type error, @function
error:
	negl %eax
	movl %eax, %edi
	jmp __ucontext_error
	.size error, .-error

/* Where makecontext's function returns to: on to uc_link (kept in %rbx, which
   the function preserved), or exit(0) when there is none. */
	.globl __start_context
	.type __start_context, @function
__start_context:
	movq %rbx, %rdi
	testq %rdi, %rdi
	jz 1f
	call setcontext
1:	xorl %edi, %edi
	call exit
	hlt
	.size __start_context, .-__start_context

/* No executable stack needed (keeps GNU ld from warning). */
	.section .note.GNU-stack,"",@progbits
