/* Malformed #pragma GCC visibility lines: gcc's -Wpragmas warnings, and what each still does. */
#pragma GCC visibility push(foo)
int a;
#pragma GCC visibility pop
#pragma GCC visibility pop
#pragma GCC visibility
#pragma GCC visibility push(hidden
int b;
#pragma GCC visibility push(protected)
int c;
#pragma GCC visibility push(default) x
#pragma GCC visibility pop y
#pragma GCC visibility push(1)
#pragma GCC visibility push
#pragma GCC visibility push(foo
int d;
