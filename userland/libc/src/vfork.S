/*
 * vfork: the child runs on the parent's memory (natively) until it execs
 * or exits, so this function must not keep its return address on the
 * stack across the system call: the child's own calls would overwrite it
 * before the parent returns. It is held in %rdx instead (the kernel keeps
 * registers) and pushed back afterwards by each process in turn.
 */
    .text
    .globl vfork
    .type vfork, @function
vfork:
    pop %rdx
    mov $58, %eax            /* __NR_vfork */
    syscall
    push %rdx
    mov %rax, %rdi
    jmp __syscall_ret        /* -errno becomes -1 with errno set */
    .size vfork, . - vfork
    .section .note.GNU-stack, "", @progbits
