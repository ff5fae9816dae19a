/* C99 __func__ and gcc's __FUNCTION__ / __PRETTY_FUNCTION__: the enclosing function's name. */
int printf(const char *fmt, ...);
int strcmp(const char *a, const char *b);

static const char *who(void) { return __func__; }
static int same_object(void) { return __func__ == __func__; }
static int distinct_names(void) { return (const void *)__func__ != (const void *)__FUNCTION__; }
static void report(const char *caller) { printf("%s called %s\n", caller, __PRETTY_FUNCTION__); }
int renamed(void) __asm__("renamed_symbol");
int renamed(void) { printf("%s\n", __func__); return sizeof(__func__); }

int main(void) {
  printf("%s %s %d\n", __func__, who(), (int)sizeof __func__);
  printf("%d %d\n", same_object(), distinct_names());
  report(__FUNCTION__);
  printf("%d\n", renamed());
  char copy[sizeof(__func__)];
  for (unsigned i = 0; i < sizeof copy; i++) copy[i] = __func__[i];
  return strcmp(copy, "main");
}
