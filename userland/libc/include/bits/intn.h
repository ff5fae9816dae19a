/* The exact-width signed types, shared by <stdint.h> and <sys/types.h> (as in glibc, either may come first). */
#ifndef __int8_t_defined
#define __int8_t_defined
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
#endif
