#define foo foo
foo
#define bar a bar b
bar
#define f(x) x f
f(1)(2)
#define g(x) g(x)
g(g(1))
#define AA BB
#define BB AA
AA BB
#define lparen (
#define h(x) [x]
h lparen 1)
#define i(x) x
#define j i(j)
j
i(j)
#define k(x) x k
k(k)(1)(2)
#define NIL(xxx) xxx
#define G_0(arg) NIL(G_1)(arg)
#define G_1(arg) NIL(arg)
G_0(42)
#define ff(a) a*gg
#define gg(a) ff(a)
ff(2)(9)
