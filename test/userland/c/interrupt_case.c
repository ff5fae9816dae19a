/*
 * __attribute__((interrupt)) handlers, entered as the CPU enters them: rsp aligned to 16,
 * then ss, the old rsp, rflags, cs, rip and (for an exception that has one) an error code
 * pushed, and a jump to the handler; it returns with iretq, which works at the same
 * privilege level, so a user program can play the CPU's part. Checked: the frame the
 * handler sees, the error code, every register the interrupted code had, the direction
 * flag (cleared for the handler's calls, restored by iretq), and a 16-aligned stack in
 * functions the handler calls.
 */
#include <stdio.h>

/* gcc saves no SSE state in a handler and wants it compiled without SSE. */
#pragma GCC target("general-regs-only")

typedef unsigned long uword_t;

struct interrupt_frame {
  uword_t ip, cs, flags, sp, ss;
};

/* Read and written by the asm below, so not static (statics get private names). */
uword_t expected_ip, expected_sp, cs_value, ss_value, flags_after;
static uword_t seen_error;
static int ticks, frame_ok;

static void note(const char *what)
{
  uword_t sp;
  __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
  /* A rep stos/movs here would run backwards with the interrupted code's direction flag. */
  char buf[64];
  __builtin_memset(buf, '-', sizeof buf);
  printf("%s: stack %s, buffer %.3s\n", what, sp % 16 == 0 ? "16-aligned" : "misaligned", buf);
}

__attribute__((interrupt)) void timer(struct interrupt_frame *frame)
{
  ticks++;
  frame_ok = frame->ip == expected_ip && frame->sp == expected_sp && frame->cs == cs_value && frame->ss == ss_value;
  note("timer");
}

__attribute__((interrupt)) void page_fault(struct interrupt_frame *frame, uword_t error_code)
{
  seen_error = error_code;
  frame_ok = frame->ip == expected_ip && frame->sp == expected_sp && frame->cs == cs_value && frame->ss == ss_value;
  note("page fault");
}

/* The CPU's part. The direction flag is set before the "interrupt" and read after it. */
#define RAISE(handler, push_error_code)                                                     \
  __asm__ volatile("mov %%rsp, %%rbx\n\t"                                                    \
                   "mov %%rbx, expected_sp(%%rip)\n\t"                                       \
                   "and $-16, %%rsp\n\t"                                                     \
                   "pushq ss_value(%%rip)\n\t"                                               \
                   "push %%rbx\n\t"                                                          \
                   "std\n\t"                                                                 \
                   "pushfq\n\t"                                                              \
                   "pushq cs_value(%%rip)\n\t"                                               \
                   "lea 1f(%%rip), %%rbx\n\t"                                                \
                   "mov %%rbx, expected_ip(%%rip)\n\t"                                       \
                   "push %%rbx\n\t"                                                          \
                   push_error_code                                                           \
                   "jmp " handler "\n"                                                       \
                   "1:\n\t"                                                                  \
                   "pushfq\n\t"                                                              \
                   "popq flags_after(%%rip)\n\t"                                             \
                   "cld"                                                                     \
                   : "+a"(a), "+c"(c), "+d"(d), "+S"(si), "+D"(di), "+r"(r8), "+r"(r9),     \
                     "+r"(r10), "+r"(r11)                                                    \
                   :                                                                         \
                   : "rbx", "memory", "cc")

/* The registers the interrupted code had: set before, compared right after (no call between). */
#define INTERRUPTED_CODE(handler, push_error_code, kept)                                     \
  do {                                                                                       \
    uword_t a = 0xa0, c = 0xc0, d = 0xd0, si = 0x51, di = 0xd1;                              \
    register uword_t r8 __asm__("r8") = 0x8008;                                              \
    register uword_t r9 __asm__("r9") = 0x9009;                                              \
    register uword_t r10 __asm__("r10") = 0x1010;                                            \
    register uword_t r11 __asm__("r11") = 0x1111;                                            \
    RAISE(handler, push_error_code);                                                         \
    kept = a == 0xa0 && c == 0xc0 && d == 0xd0 && si == 0x51 && di == 0xd1 && r8 == 0x8008 && \
           r9 == 0x9009 && r10 == 0x1010 && r11 == 0x1111;                                   \
  } while (0)

static void raise_timer(void)
{
  int kept;
  INTERRUPTED_CODE("timer", "", kept);
  printf("timer: ticks %d, frame %s, registers %s, direction flag %s after iretq\n", ticks,
         frame_ok ? "right" : "wrong", kept ? "kept" : "changed", flags_after & 0x400 ? "set" : "clear");
}

static void raise_page_fault(void)
{
  int kept;
  INTERRUPTED_CODE("page_fault", "pushq $0x6\n\t", kept);
  printf("page fault: error code %#lx, frame %s, registers %s, direction flag %s after iretq\n", seen_error,
         frame_ok ? "right" : "wrong", kept ? "kept" : "changed", flags_after & 0x400 ? "set" : "clear");
}

int main(void)
{
  __asm__("mov %%cs, %0" : "=r"(cs_value));
  __asm__("mov %%ss, %0" : "=r"(ss_value));
  for (int i = 0; i < 2; i++) {
    frame_ok = 0;
    raise_timer();
    frame_ok = 0;
    raise_page_fault();
  }
  return 0;
}
