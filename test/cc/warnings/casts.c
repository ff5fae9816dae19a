/* Casts between a pointer and an integer of another size: gcc warns by default. */
typedef unsigned long uintptr_t;
enum colour { RED };
int to_int(char *p) { return (int)p; }
long to_long(char *p) { return (long)p; }
short to_short(char *p) { return (short)p; }
_Bool to_bool(char *p) { return (_Bool)p; }
unsigned char to_byte(char *p) { int v = (unsigned char)p; return v; }
enum colour to_enum(char *p) { return (enum colour)p; }
unsigned via_uintptr(void *p) { return (unsigned)(uintptr_t)p; }
int from_function(void (*fp)(void)) { return (int)fp; }
int from_array(void) { static char a[4]; return (int)a; }
char *from_int(int i) { return (char *)i; }
char *from_long(long i) { return (char *)i; }
char *from_constant(void) { return (char *)1; }
char *from_short(short s) { return (char *)s; }
char *from_unsigned(unsigned u) { return (void *)u; }
char *from_sum(int i) { return (char *)(i + 1); }
char *from_char(char c) { return (char *)c; }
char *from_enum(enum colour c) { return (char *)c; }
