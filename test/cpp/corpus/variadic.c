#define e(fmt, ...) printf(fmt, ## __VA_ARGS__)
e("a");
e("a", 1);
e("a", 1, 2);
e("a",);
#define n(fmt, args...) printf(fmt , ## args)
n("b");
n("b", x, y);
#define v(...) f(0, ## __VA_ARGS__)
v()
v(1)
#define c(...) __VA_ARGS__
c(a, b, (c, d), e)
c()
#define o(a, ...) a __VA_OPT__(- __VA_ARGS__ -) z
o(1)
o(1, 2)
o(1, 2, 3)
#define cnt(...) count(__VA_OPT__(,) __VA_ARGS__)
cnt()
cnt(x)
#define sv(x, ...) #__VA_ARGS__ #x
sv(1)
sv(1, a,b ,  c)
#define ARGS(a, b...) a: b
ARGS(1)
ARGS(1, 2, 3)
