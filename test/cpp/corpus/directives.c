#
# /* null directive with comment */
#define A 1 // comment
  #  define B 2
%:define C 3
A B C
#undef A
A
#define F(x) <x>
#define G F
G(1) G (2) G
(3)
#ifdef F
fdef
#endif
#pragma omp parallel
#pragma GCC diagnostic push
_Pragma("GCC diagnostic pop") after_pragma
#define DO_PRAGMA(x) _Pragma(#x)
DO_PRAGMA(message("hi")) after2
#ident "version 1"
#define NOARGS() noargs
NOARGS() NOARGS
#define R(x) x
R(R(R(1)))
R(
#undef B
B)
#define EMPTYARG(x) [x]
EMPTYARG() EMPTYARG( )
#define TWO(a,b) {a|b}
TWO(,) TWO((a,b),c)
