#define PLUS +
#define MINUS -
#define EMPTY
#define ID(x) x
#define CAT(a,b) a##b
+PLUS
-MINUS -EMPTY-
a PLUS+b
x EMPTY y
ID(+)+ ID(-)-
ID(.)5 ID(1)e ID(x)1
<ID(<)=
ID(/)ID(/) not a comment
ID(/)* not a comment */
int *p = &ID(&)x;
a-ID(>)b
CAT(x, 1)CAT(2, y)
x %: %:%: <: :> <% %>
x.1 .1 1.e+5 0x1p-3 1..2 ... . .. 
L"a" u"b" U"c" u8"d" L'x' u'y' U'z'
$dollar a$b
@ ` \ end
