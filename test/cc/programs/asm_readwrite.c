/* A "+r" operand's lvalue is computed once, though it is read before the asm and written after. */
int printf(const char *fmt, ...);

static int calls, cell = 5;
static int *next_cell(void) {
  calls++;
  return &cell;
}

int main(void) {
  __asm__("addl $2, %0" : "+r"(*next_cell()));
  printf("%d %d\n", cell, calls);
  return 0;
}
