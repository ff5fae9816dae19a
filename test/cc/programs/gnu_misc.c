/* Assorted GNU C and C99 corners: mode attributes, __imag__ and __builtin_expect side effects,
   bit-field promotion in ?:, u"" surrogate pairs, scopes of if/loop substatements. */
int printf(const char *fmt, ...);

typedef int SItype __attribute__((mode(SI)));
typedef unsigned int UQItype __attribute__((mode(QI)));
typedef int DItype __attribute__((__mode__(__DI__)));

/* An enum used before its definition is completed by it, not redefined. */
extern enum state first_state(void);
enum state { IDLE, BUSY };
enum state first_state(void) { return BUSY; }

/* Unnamed parameters in a definition (C2x, accepted by gcc) and [*] in a prototype. */
static int second(int, int b) { return b; }
void takes_vla(int n, int a[*]);

struct flags { unsigned small : 3; unsigned long long wide : 40; };

/* offsetof with an index known only at run time. */
struct with_array { int a; int b[10]; };
static unsigned long offset_of_b(int i) { return __builtin_offsetof(struct with_array, b[i]); }

int main(void) {
  int y = 0x4ff, i = 1, z = 10, x = 1, yy = 0;
  UQItype u = 300;
  printf("%d %d %d %d\n", (int)(__attribute__((mode(QI))) int)y, (int)sizeof(SItype), u, (int)sizeof(DItype));
  int j = __imag__ ++i;
  printf("%d %d\n", i, j);
  if (__builtin_expect(x ? yy != 0 : 0, z++)) z = 0;
  printf("%d\n", z);
  struct flags f = { 1, 1 };
  printf("%d %d\n", (1 ? f.small : 1) - 100 < 0, (1 ? f.wide : 1) - 100 < 0);
  const unsigned short *s = u"a\U00010437b";
  printf("%x %x %x %x\n", s[0], s[1], s[2], s[3]);
  printf("%d %d\n", first_state(), second(1, 2));
  int a = sizeof(struct tag { int m; }), b = 0, c = 0;
  if ((b = sizeof(struct tag { int m, n; })))
    c = sizeof(struct tag { int m, n, o; });
  for (int k = 0; k < 1; k++)
    b += sizeof(struct tag { char q; });
  printf("%d %d %d\n", a, b, c);
  printf("%lu %lu\n", offset_of_b(7), offset_of_b(y - 0x4ff));
  return 0;
}
