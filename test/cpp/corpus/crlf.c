#define A 1
int x = A;
#if A
int y;
#endif
int z = \
 2;
