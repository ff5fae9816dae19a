/* -Wextra's -Wignored-qualifiers: qualifiers on a function's return type, for each function type a declarator makes, placed where gcc places them. */
const int f1(void);
const int f1(void) { return 1; }
volatile int g1(void) { return 2; }
const char *h1(void) { return 0; }
int *const k1(void) { return 0; }
const struct S { int a; } s1(void);
typedef const int cint;
cint m1(void);
int n1(const int);
const int (*fp)(void);
static const int f2(void);
int const f3(void);
extern volatile unsigned f4(void);
const char *const f5(void);
int const *const f6(int), g6;
_Atomic int at(void);
const void v(void);
struct T { const int (*f)(void); int b; };
typedef const int F(void);
F *pf;
int q(const int g(void));
const int (*fr(void))(void);
void *p;
int main(void) { return ((const int (*)(void))p)() + (int)sizeof(const long (*)(void)); }
