/* __attribute__((constructor)) functions run before main and destructors after it,
 * through .init_array/.fini_array, static ones included. */
int printf(const char *fmt, ...);

static int trace;

static void __attribute__((constructor)) first(void) { trace = trace * 10 + 1; }
__attribute__((constructor)) void second(void) { trace = trace * 10 + 2; }
static void __attribute__((destructor)) farewell(void) { printf("destructor sees %d\n", trace); }

int main(void) {
  printf("main sees %d\n", trace);
  trace = 7;
  return 0;
}
