/* Shared by abi_lib.c and abi_main.c: every SysV classification case. */
struct i2 { int a, b; };                 /* INTEGER */
struct i3 { long a, b, c; };             /* MEMORY (> 16 bytes) */
struct f2 { float a, b; };               /* SSE */
struct f3 { float a, b, c; };            /* SSE, SSE */
struct d2 { double a, b; };              /* SSE, SSE */
struct dl { double d; long l; };         /* SSE, INTEGER */
struct li { long l; int i; };            /* INTEGER, INTEGER */
struct ci { char c; int i; };            /* INTEGER */
struct c3 { char c[3]; };                /* INTEGER, 3 bytes */
struct fi { float f; int i; };           /* INTEGER (mixed in one eightbyte) */
struct pk { char c; int i; } __attribute__((packed));
struct i2 lib_i2(struct i2 x, int k);
struct i3 lib_i3(struct i3 x, long k);
struct f2 lib_f2(struct f2 x);
struct f3 lib_f3(struct f3 x, float k);
struct d2 lib_d2(struct d2 x, struct d2 y);
struct dl lib_dl(struct dl x);
struct li lib_li(struct li x);
struct ci lib_ci(struct ci x);
struct c3 lib_c3(struct c3 x);
struct fi lib_fi(struct fi x);
struct pk lib_pk(struct pk x);
double lib_many(int a, double b, struct dl c, long d, struct d2 e, float f, struct i3 g, int h, int i, int j, double k);
long lib_vsum(int n, ...);
double lib_vdsum(int n, ...);
char lib_char(char c);
unsigned short lib_ushort(unsigned short s);
_Bool lib_bool(int x);
long double lib_ld(int a, long double b, double c, long double d, struct dl e, long double f);
struct ldh { char c; long double v; };
struct ldh lib_ldh(struct ldh x, long double k);
/* _Complex and __int128 travel like two-part structs: SSE,SSE / packed SSE / INTEGER,INTEGER. */
_Complex double lib_cd(_Complex double a, _Complex float b, double k);
_Complex float lib_cf(_Complex float a, float k);
_Complex long double lib_cld(_Complex long double a, long double k, _Complex long double b);
__int128 lib_i128(__int128 a, long b, unsigned __int128 c);
__int128 lib_i128_stack(long a, long b, long c, long d, long e, __int128 f, int g, __int128 h);
