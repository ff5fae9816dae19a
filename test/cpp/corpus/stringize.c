#define s(x) #x
#define xs(x) s(x)
s("abc")
s('a')
s("a\"b\\c")
s('\'')
s(  a   +   b  )
s(a
  b)
s(/* c */ a /* d */ b /* e */)
s(L"wide" u8"x" U'c')
s(@ \ `)
s(())
s((,))
s(x ## y)
s(#)
xs(__LINE__)
s(a\
b)
#define EMPTY
xs(a EMPTY b)
xs(EMPTY a EMPTY)
s(-1 - -1)
s(a+++b)
