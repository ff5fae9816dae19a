/*
 * A call whose value is all it gives, thrown away: a library function gcc knows has no side
 * effects, or one declared pure or const, is "a statement with no effect" (-Wunused-value).
 */
typedef unsigned long size_t;
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
char *strchr(const char *s, int c);
int memcmp(const void *a, const void *b, size_t n);
int abs(int x);
double fabs(double x);
double floor(double x);
double sqrt(double x);
int toupper(int c);
int isdigit(int c);
int atoi(const char *s);
int puts(const char *s);
__attribute__((pure)) int lookup(const char *key);
__attribute__((const)) int square(int x);
int counted(int x);

int use(const char *a, const char *b, int c, double x) {
  strlen(a);
  strcmp(a, b);
  strchr(a, c);
  memcmp(a, b, 4);
  abs(c);
  fabs(x);
  floor(x);
  sqrt(x);
  toupper(c);
  isdigit(c);
  atoi(a);
  puts(a);
  lookup(a);
  square(c);
  counted(c);
  abs(c++);
  strlen(a) + 1;
  strlen(a), c++;
  (void)strlen(a);
  if (c) strcmp(a, b);
  for (c = 0; c < 3; strlen(a)) c++;
  return c;
}
