/* A freestanding test kernel exercising the emulator's system features:
 * GDT/TSS/IDT, exceptions with error codes and CR2, ring 3 via IRETQ,
 * SYSCALL/SYSRET, PIT interrupts through the PIC, UART receive interrupts,
 * the RTC and the boot_info block. Each check prints one line. */

typedef unsigned long u64;
typedef unsigned int u32;
typedef unsigned short u16;
typedef unsigned char u8;

static inline void outb(u16 port, u8 v) { __asm__ volatile("outb %0, %1" :: "a"(v), "Nd"(port)); }
static inline u8 inb(u16 port) { u8 v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static void putc(char c) { outb(0x3f8, c); }
static void puts(const char *s) { while (*s) putc(*s++); }
static void puthex(u64 v) { puts("0x"); int started = 0; for (int i = 60; i >= 0; i -= 4) { int d = (v >> i) & 15; if (d || started || i == 0) { putc("0123456789abcdef"[d]); started = 1; } } }
static void putdec(u64 v) { char b[24]; int n = 0; do { b[n++] = '0' + v % 10; v /= 10; } while (v); while (n) putc(b[--n]); }
static inline u64 rdtsc(void) { u32 lo, hi; __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi)); return ((u64)hi << 32) | lo; }
static inline u64 read_cr2(void) { u64 v; __asm__ volatile("mov %%cr2, %0" : "=r"(v)); return v; }
static inline void wrmsr(u32 msr, u64 v) { __asm__ volatile("wrmsr" :: "c"(msr), "a"((u32)v), "d"((u32)(v >> 32))); }
static inline u64 rdmsr(u32 msr) { u32 lo, hi; __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr)); return ((u64)hi << 32) | lo; }

struct frame {
  u64 r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax;
  u64 vector, error, rip, cs, rflags, rsp, ss;
};

/* ---- descriptor tables ---- */
static u64 gdt[16] __attribute__((aligned(16)));
static u8 tss[104] __attribute__((aligned(16)));
static u64 idt[512] __attribute__((aligned(16)));
static u8 intr_stack[8192] __attribute__((aligned(16)));
static u8 df_stack[4096] __attribute__((aligned(16)));
u8 syscall_stack[8192] __attribute__((aligned(16)));
extern u64 isr_table[];

static void set_gate(int v, u64 handler, int dpl, int ist) {
  idt[2 * v] = (handler & 0xffff) | (0x10ul << 16) | ((u64)ist << 32) | ((u64)(0x8e | (dpl << 5)) << 40) | ((handler >> 16 & 0xffff) << 48);
  idt[2 * v + 1] = handler >> 32;
}

static void setup_tables(void) {
  gdt[1] = 0x00cf9b000000ffff; gdt[2] = 0x00af9b000000ffff; gdt[3] = 0x00cf93000000ffff;
  gdt[4] = 0x00cffb000000ffff; gdt[5] = 0x00cff3000000ffff; gdt[6] = 0x00affb000000ffff;
  u64 base = (u64)tss;
  gdt[8] = 0x67 | ((base & 0xffffff) << 16) | (0x89ul << 40) | ((base >> 24 & 0xff) << 56);
  gdt[9] = base >> 32;
  *(u64 *)(tss + 4) = (u64)(intr_stack + sizeof intr_stack);
  *(u64 *)(tss + 0x24) = (u64)(df_stack + sizeof df_stack);
  struct { u16 limit; u64 base; } __attribute__((packed)) gdtr = { sizeof gdt - 1, (u64)gdt }, idtr = { sizeof idt - 1, (u64)idt };
  __asm__ volatile("lgdt %0" :: "m"(gdtr));
  __asm__ volatile("pushq $0x10; lea 1f(%%rip), %%rax; pushq %%rax; lretq; 1: mov $0x18, %%eax; mov %%eax, %%ds; mov %%eax, %%ss; mov %%eax, %%es" ::: "rax", "memory");
  __asm__ volatile("ltr %w0" :: "r"(0x40));
  for (int v = 0; v < 256; v++) set_gate(v, isr_table[v], v == 0x80 || v == 3 ? 3 : 0, v == 8 ? 1 : 0);
  __asm__ volatile("lidt %0" :: "m"(idtr));
}

/* ---- page tables: identity 0..64 MiB (2 MiB, supervisor), high kernel map, user area at 1 GiB ---- */
static u64 pml4[512] __attribute__((aligned(4096)));
static u64 pdpt_low[512] __attribute__((aligned(4096)));
static u64 pdpt_high[512] __attribute__((aligned(4096)));
static u64 pd_low[512] __attribute__((aligned(4096)));
static u64 pd_user[512] __attribute__((aligned(4096)));
static u64 pt_user[512] __attribute__((aligned(4096)));
static u8 user_pages[16][4096] __attribute__((aligned(4096)));
#define V2P(x) ((u64)(x) - 0xffffffff80000000ul)
#define USER_BASE 0x40000000ul

static void setup_paging(void) {
  for (int i = 0; i < 32; i++) pd_low[i] = (i * 0x200000ul) | 0x83;
  pdpt_low[0] = V2P(pd_low) | 3;
  pdpt_low[1] = V2P(pd_user) | 7;
  pd_user[0] = V2P(pt_user) | 7;
  pt_user[0] = V2P(user_pages[0]) | 7;          /* user code, writable */
  pt_user[1] = V2P(user_pages[1]) | 5;          /* user read-only data */
  pt_user[15] = V2P(user_pages[15]) | 7;        /* user stack */
  pt_user[16] = V2P(user_pages[2]) | 1;         /* supervisor read-only */
  pdpt_high[510] = V2P(pd_low) | 3;
  pml4[0] = V2P(pdpt_low) | 7;
  pml4[511] = V2P(pdpt_high) | 3;
  __asm__ volatile("mov %0, %%cr3" :: "r"(V2P(pml4)) : "memory");
}

/* ---- traps ---- */
u64 resume_rip, fault_rip;
static volatile int ticks;
static volatile int rx_count;
static char rx_buf[16];
extern void leave_user(void);
extern u8 user_code_start[], user_code_end[];

static int user_insn_length(const u8 *p) {
  if (p[0] == 0xf4 || p[0] == 0xfa) return 1;             /* hlt, cli */
  if (p[0] == 0x0f && (p[1] == 0x32 || p[1] == 0x20)) return p[1] == 0x20 ? 3 : 2; /* rdmsr, mov %cr0 */
  if (p[0] == 0x48 && p[1] == 0x8b && p[2] == 0x04 && p[3] == 0x25) return 8; /* mov abs32, %rax */
  if (p[0] == 0x48 && p[1] == 0x89 && p[2] == 0x04 && p[3] == 0x25) return 8; /* mov %rax, abs32 */
  return 0;
}

void trap(struct frame *f) {
  if (f->vector == 0x20) { ticks++; outb(0x20, 0x20); return; }
  if (f->vector == 0x24) {
    while (inb(0x3fd) & 1) { char c = inb(0x3f8); if (rx_count < 15) rx_buf[rx_count++] = c; }
    outb(0x20, 0x20);
    return;
  }
  puts("trap "); putdec(f->vector);
  if (f->vector == 8 || (f->vector >= 10 && f->vector <= 14) || f->vector == 17) { puts(" err "); puthex(f->error); }
  if (f->vector == 14) { puts(" cr2 "); puthex(read_cr2()); }
  puts(" cpl "); putdec(f->cs & 3);
  if ((f->cs & 3) == 3) {
    puts(" at user+"); puthex(f->rip - USER_BASE); puts("\n");
    if (f->vector == 0x80) { puts("user done rax="); putdec(f->rax); puts("\n"); leave_user(); }
    f->rip += user_insn_length((const u8 *)f->rip);
    return;
  }
  if (f->vector == 3 || f->vector == 0x80) { puts(" trap-return "); puts(f->rip == resume_rip ? "ok" : "BAD"); }
  else { puts(f->rip == fault_rip ? " rip ok" : " rip BAD"); }
  puts("\n");
  f->rip = resume_rip;
}

/* Arms resume_rip (label 1) and fault_rip (label 2) around one faulting instruction. */
#define ARM "lea 1f(%%rip), %%r11; mov %%r11, resume_rip(%%rip); lea 2f(%%rip), %%r11; mov %%r11, fault_rip(%%rip)\n2: "

/* SYSCALL handler: called from the entry stub with the user's arguments. */
u64 do_syscall(u64 nr, u64 arg, u64 user_rip, u64 user_flags) {
  u64 flags; __asm__ volatile("pushfq; pop %0" : "=r"(flags));
  puts("syscall "); putdec(nr); puts(" arg "); putdec(arg);
  puts(" rcx=user+"); puthex(user_rip - USER_BASE); puts(" r11.IF="); putdec(user_flags >> 9 & 1);
  puts(" kernel.IF="); putdec(flags >> 9 & 1); puts("\n");
  return arg + 58;
}

extern void enter_user(u64 rip, u64 rsp);
extern void syscall_entry(void);

static void test_exceptions(void) {
  __asm__ volatile(ARM "ud2\n1:" ::: "r11", "memory");
  __asm__ volatile(ARM "div %%rcx\n1:" :: "c"(0ul) : "rax", "rdx", "r11", "memory");
  __asm__ volatile(ARM "mov (%0), %%rax\n1:" :: "r"(USER_BASE + 0x2000) : "rax", "r11", "memory");
  __asm__ volatile(ARM "movq $1, (%0)\n1:" :: "r"(USER_BASE + 0x10000) : "r11", "memory");
  __asm__ volatile(ARM "mov (%0), %%rax\n1:" :: "r"(0x0000800000000000ul) : "rax", "r11", "memory");
  __asm__ volatile(ARM "int3\n1:" ::: "r11", "memory");
  __asm__ volatile(ARM "int $0x80\n1:" ::: "r11", "memory");
  __asm__ volatile(ARM "wrmsr\n1:" :: "c"(0x12345678), "a"(0), "d"(0) : "r11", "memory");
  __asm__ volatile(ARM "mov %%rax, %%cr4\n1:" :: "a"(1ul << 40) : "r11", "memory");
  __asm__ volatile(ARM "movaps (%0), %%xmm0\n1:" :: "r"(user_pages[3] + 8) : "xmm0", "r11", "memory");
  /* CR0.TS makes SSE raise #NM (lazy FPU switching); CLTS clears it. */
  __asm__ volatile("mov %%cr0, %%rax; or $8, %%rax; mov %%rax, %%cr0" ::: "rax");
  __asm__ volatile(ARM "addsd %%xmm1, %%xmm0\n1:" ::: "xmm0", "r11", "memory");
  __asm__ volatile("clts");
  /* FXSAVE/FXRSTOR round trip of an XMM register and the x87 control word. */
  static u8 area[512] __attribute__((aligned(16)));
  u64 lo, hi;
  __asm__ volatile("movabs $0x1122334455667788, %%rax; movq %%rax, %%xmm3; pslldq $8, %%xmm3; movq %%rax, %%xmm4; por %%xmm4, %%xmm3\n"
                   "fxsave64 %0; pxor %%xmm3, %%xmm3; fxrstor64 %0; movq %%xmm3, %1; psrldq $8, %%xmm3; movq %%xmm3, %2"
                   : "+m"(area), "=r"(lo), "=r"(hi) :: "rax", "xmm3", "xmm4");
  puts("fxsave/fxrstor xmm3 "); puthex(hi); puts(" "); puthex(lo); puts(" fcw "); puthex(*(u16 *)area); puts("\n");
}

static void test_user_mode(void) {
  u8 *code = user_pages[0];
  for (u8 *p = user_code_start; p < user_code_end; p++) *code++ = *p;
  wrmsr(0xc0000081, 0x0023001000000000ul);
  wrmsr(0xc0000082, (u64)syscall_entry);
  wrmsr(0xc0000084, 0x47700);
  wrmsr(0xc0000080, rdmsr(0xc0000080) | 1);
  enter_user(USER_BASE, USER_BASE + 0x10000);
  puts("back in kernel cpl0\n");
}

static void test_timer(void) {
  outb(0x20, 0x11); outb(0xa0, 0x11); outb(0x21, 0x20); outb(0xa1, 0x28);
  outb(0x21, 4); outb(0xa1, 2); outb(0x21, 1); outb(0xa1, 1);
  outb(0x21, 0xfe); outb(0xa1, 0xff);
  outb(0x43, 0x34); outb(0x40, 1193 & 0xff); outb(0x40, 1193 >> 8);
  u64 t0 = rdtsc();
  __asm__ volatile("sti");
  while (ticks < 5) __asm__ volatile("hlt");
  __asm__ volatile("cli");
  u64 ms = (rdtsc() - t0 + 500000) / 1000000;
  puts("timer ticks "); putdec(ticks); puts(" elapsed ms "); putdec(ms); puts("\n");
  outb(0x43, 0x30); /* stop: mode 0, never reloaded */
}

static void test_uart_rx(void) {
  outb(0x21, 0xef); /* only IRQ4 */
  outb(0x3f9, 1);
  __asm__ volatile("sti");
  for (int spins = 0; rx_count < 3 && spins < 1000000; spins++) __asm__ volatile("pause");
  __asm__ volatile("cli");
  rx_buf[rx_count] = 0;
  puts("uart rx '"); puts(rx_buf); puts("'\n");
}

static inline void invlpg(u64 va) { __asm__ volatile("invlpg (%0)" :: "r"(va) : "memory"); }
static inline u64 read_cr0(void) { u64 v; __asm__ volatile("mov %%cr0, %0" : "=r"(v)); return v; }
static inline void write_cr0(u64 v) { __asm__ volatile("mov %0, %%cr0" :: "r"(v) : "memory"); }

static void test_paging(void) {
  volatile u64 *ro = (u64 *)(USER_BASE + 0x1000);
  (void)*ro;
  puts("ro page A="); putdec(pt_user[1] >> 5 & 1); puts(" D="); putdec(pt_user[1] >> 6 & 1); puts("\n");
  *(u64 *)user_pages[4] = 0x4444; *(u64 *)user_pages[5] = 0x5555;
  pt_user[20] = V2P(user_pages[4]) | 3;
  volatile u64 *rw = (u64 *)(USER_BASE + 20 * 4096);
  *rw += 1;
  puts("rw page A="); putdec(pt_user[20] >> 5 & 1); puts(" D="); putdec(pt_user[20] >> 6 & 1); puts(" value "); puthex(*rw); puts("\n");
  pt_user[20] = V2P(user_pages[5]) | 3;
  invlpg((u64)rw);
  puts("after remap+invlpg "); puthex(*rw); puts("\n");
  write_cr0(read_cr0() & ~0x10000ul);
  *(volatile u64 *)(USER_BASE + 0x10000) = 7;
  write_cr0(read_cr0() | 0x10000ul);
  puts("write to read-only page with WP=0 ok\n");
  wrmsr(0xc0000080, rdmsr(0xc0000080) | 0x800);
  user_pages[6][0] = 0xc3;
  pt_user[21] = V2P(user_pages[6]) | 3 | (1ul << 63);
  u64 target = USER_BASE + 21 * 4096;
  fault_rip = target;
  __asm__ volatile("lea 1f(%%rip), %%r11; mov %%r11, resume_rip(%%rip); jmp *%0\n1:" :: "r"(target) : "r11", "memory");
  /* Self-modifying code: patch an immediate after the block got hot. */
  static const u8 code[] = { 0xb8, 0x01, 0x00, 0x00, 0x00, 0xc3 };
  for (int i = 0; i < 6; i++) user_pages[7][i] = code[i];
  int (*fn)(void) = (int (*)(void))user_pages[7];
  u64 sum = 0;
  for (int i = 0; i < 100; i++) sum += fn();
  user_pages[7][1] = 2;
  for (int i = 0; i < 100; i++) sum += fn();
  puts("self-modifying code sum "); putdec(sum); puts("\n");
  /* An instruction straddling two pages: mov $0x12345678, %eax starts 3 bytes before
     the end of page 22. With page 23 not present, fetching it faults on page 23 with
     RIP at the instruction's first byte; once page 23 is mapped it runs (and stays
     right when called often enough to get hot). */
  u8 *tail = user_pages[8] + 4096 - 3;
  static const u8 mov_ret[] = { 0xb8, 0x78, 0x56, 0x34, 0x12, 0xc3 };
  for (int i = 0; i < 3; i++) tail[i] = mov_ret[i];
  for (int i = 3; i < 6; i++) user_pages[9][i - 3] = mov_ret[i];
  pt_user[22] = V2P(user_pages[8]) | 3;
  u64 straddle = USER_BASE + 23 * 4096 - 3;
  fault_rip = straddle;
  __asm__ volatile("lea 1f(%%rip), %%r11; mov %%r11, resume_rip(%%rip); jmp *%0\n1:" :: "r"(straddle) : "r11", "memory");
  pt_user[23] = V2P(user_pages[9]) | 3;
  int (*mov)(void) = (int (*)(void))straddle;
  u64 total = 0;
  for (int i = 0; i < 2000; i++) total += (u32)mov();
  puts("page-straddling mov "); puthex(mov()); puts(" x2000 "); puthex(total); puts("\n");
}

static u8 cmos(u8 reg) { outb(0x70, reg); return inb(0x71); }

static void test_rtc_and_bootinfo(u64 *info) {
  puts("rtc 20"); puthex(cmos(9)); puts("-"); puthex(cmos(8)); puts("-"); puthex(cmos(7)); puts(" "); puthex(cmos(4)); puts("\n");
  puts("boot magic "); puthex(info[0]); puts(" ram "); putdec(info[1] >> 20); puts(" MiB tsc_khz "); putdec(info[6]); puts("\n");
  puts("cmdline '"); puts((const char *)(info[2] + 0xffffffff80000000ul)); puts("' len "); putdec(info[3]); puts("\n");
}

static void test_sse(void) {
  static double d[2] __attribute__((aligned(16))) = { 1.5, 2.25 };
  double r;
  __asm__ volatile("movsd %1, %%xmm1; addsd %2, %%xmm1; movsd %%xmm1, %0" : "=m"(r) : "m"(d[0]), "m"(d[1]) : "xmm1");
  puts("sse sum*4 "); putdec((u64)(r * 4)); puts("\n");
}

int kmain(u64 *boot_info_phys) {
  u64 *info = (u64 *)((u64)boot_info_phys + 0xffffffff80000000ul);
  setup_tables();
  setup_paging();
  puts("tables ok\n");
  test_rtc_and_bootinfo(info);
  test_exceptions();
  test_paging();
  test_user_mode();
  test_timer();
  test_uart_rx();
  test_sse();
  puts("done\n");
  return 0;
}

/* ---- assembly: interrupt stubs, user entry/exit, syscall entry, user program ---- */
__asm__(
  ".text\n"
  "common_isr:\n"
  "  push %rax; push %rbx; push %rcx; push %rdx; push %rsi; push %rdi; push %rbp\n"
  "  push %r8; push %r9; push %r10; push %r11; push %r12; push %r13; push %r14; push %r15\n"
  "  mov %rsp, %rdi\n"
  "  mov %rsp, %rbx; and $-16, %rsp\n"
  "  call trap\n"
  "  mov %rbx, %rsp\n"
  "  pop %r15; pop %r14; pop %r13; pop %r12; pop %r11; pop %r10; pop %r9; pop %r8\n"
  "  pop %rbp; pop %rdi; pop %rsi; pop %rdx; pop %rcx; pop %rbx; pop %rax\n"
  "  add $16, %rsp\n"
  "  iretq\n"
  ".altmacro\n"
  ".macro stub v\n"
  "isr\\v:\n"
  "  .if (\\v == 8) || (\\v >= 10 && \\v <= 14) || (\\v == 17)\n"
  "  .else\n"
  "  pushq $0\n"
  "  .endif\n"
  "  pushq $\\v\n"
  "  jmp common_isr\n"
  ".endm\n"
  ".set i, 0\n"
  ".rept 256\n"
  "  stub %i\n"
  "  .set i, i+1\n"
  ".endr\n"
  ".macro addr v\n"
  "  .quad isr\\v\n"
  ".endm\n"
  ".section .rodata\n"
  ".globl isr_table\n"
  "isr_table:\n"
  ".set i, 0\n"
  ".rept 256\n"
  "  addr %i\n"
  "  .set i, i+1\n"
  ".endr\n"
  ".text\n"
  ".globl enter_user, leave_user, syscall_entry\n"
  "enter_user:\n"
  "  push %rbx; push %rbp; push %r12; push %r13; push %r14; push %r15\n"
  "  mov %rsp, saved_ksp(%rip)\n"
  "  pushq $0x2b; pushq %rsi; pushq $0x202; pushq $0x33; pushq %rdi\n"
  "  iretq\n"
  "leave_user:\n"
  "  mov saved_ksp(%rip), %rsp\n"
  "  pop %r15; pop %r14; pop %r13; pop %r12; pop %rbp; pop %rbx\n"
  "  ret\n"
  "syscall_entry:\n"
  "  mov %rsp, user_rsp(%rip)\n"
  "  lea syscall_stack+8192(%rip), %rsp\n"
  "  push %rcx; push %r11\n"
  "  mov %rsi, %rsi\n"
  "  mov %rcx, %rdx\n"
  "  mov %r11, %rcx\n"
  "  mov %rdi, %rsi\n"
  "  mov %rax, %rdi\n"
  "  call do_syscall\n"
  "  pop %r11; pop %rcx\n"
  "  mov user_rsp(%rip), %rsp\n"
  "  sysretq\n"
  ".globl user_code_start, user_code_end\n"
  "user_code_start:\n"
  "  mov $42, %edi\n"
  "  mov $1, %eax\n"
  "  syscall\n"
  "  mov %rax, %rdi\n"
  "  mov $2, %eax\n"
  "  syscall\n"
  "  hlt\n"
  "  mov 0xffffffff81000000, %rax\n"
  "  mov %rax, 0x40001000\n"
  "  mov %rax, 0x40002000\n"
  "  rdmsr\n"
  "  cli\n"
  "  push $7\n"
  "  pop %rax\n"
  "  int $0x80\n"
  "user_code_end:\n"
  ".data\n"
  "saved_ksp: .quad 0\n"
  "user_rsp: .quad 0\n"
);
