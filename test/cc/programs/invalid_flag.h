/* Shared by fenv_relational_nan.c and signaling_nan_constants.c: the invalid-operation
   flag (bit 0) of SSE's MXCSR and of the x87 status word, read and cleared directly, so
   the programs need no libm. */
static void clear_invalid(void) {
  unsigned csr;
  __asm__ volatile("stmxcsr %0" : "=m"(csr));
  csr &= ~1u;
  __asm__ volatile("ldmxcsr %0" : : "m"(csr));
  __asm__ volatile("fnclex");
}

/* Whether an operation since the last call raised FE_INVALID; clears the flag. */
static int invalid_raised(void) {
  unsigned csr;
  unsigned short sw;
  __asm__ volatile("stmxcsr %0" : "=m"(csr));
  __asm__ volatile("fnstsw %0" : "=m"(sw));
  clear_invalid();
  return ((csr | sw) & 1) != 0;
}
