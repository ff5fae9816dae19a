/* A function declared with a transparent union parameter may be redeclared (and defined)
   with the type of one of the union's members: gcc takes the two as compatible. */
#include <stdio.h>
struct addr { int port; };
typedef union { const struct addr *a; const int *i; } any_addr __attribute__((transparent_union));
int port_of(any_addr x);
int early(void) { struct addr s = { 80 }; return port_of(&s); }
int port_of(const struct addr *a) { return a->port; }
int main(void) { struct addr t = { 443 }; printf("%d %d\n", early(), port_of(&t)); return 0; }
