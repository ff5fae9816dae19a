#define f(x) [x]
#define g f
#define EMPTY
/* a call whose arguments hold directives (a GNU extension) */
f(1
#ifdef EMPTY
  + 2
#else
  + 3
#endif
)
/* the name and the '(' on different lines */
f
(4)
g
(5) g EMPTY (6)
/* function-like macro name not followed by '(' */
int f;
int (f)(int);
/* object-like macro expanding to a function-like name */
#define h f(
h 7)
/* recursion through arguments */
#define rec(x) x rec
rec(rec(1))
/* nested parentheses and commas in arguments */
#define two(a, b) <a|b>
two((1, 2), 3)
two(, (4, [5]))
/* stringizing spacing after expansion */
#define str(x) #x
#define xstr(x) str(x)
#define ADD(a,b) a+b
xstr(ADD(1,2))
xstr( ADD( 1 , 2 ) )
xstr(f(  x  ))
/* __VA_OPT__ corner cases */
#define F(a, ...) call(a __VA_OPT__(,) __VA_ARGS__)
F(1) F(1,) F(1, 2) F(1, EMPTY)
#define G(X, ...) X ## __VA_OPT__(_opt) end
G(a) G(a, b)
/* comma swallowing when the only parameter is variadic */
#define only(...) call(x, ##__VA_ARGS__)
only() only(1) only(1, 2)
/* pasting that forms a macro name, rescanned */
#define AB done
#define cat(a, b) a ## b
cat(A, B) cat(A, EMPTY) cat(EMPTY, B)
/* __LINE__ in a multi-line call */
#define L(x) __LINE__ x
L(
a)
/* keyword-like identifiers in #if */
#if true || false
bad
#else
true_false_are_zero
#endif
#define ZERO 0
#if ZERO
#elif defined(ZERO) && (ZERO + 1) && -1 > 0u
elif_ok
#endif
