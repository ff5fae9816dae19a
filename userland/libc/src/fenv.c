/*
 * <fenv.h>: rounding modes and exception flags. Both units are kept in
 * step: SSE (MXCSR) does float and double arithmetic, the x87 long double.
 * MXCSR holds the rounding mode in bits 13-14, the x87 control word in bits
 * 10-11 (the FE_ values); both keep the exception flags in their low bits.
 */
#include <fenv.h>

unsigned __get_mxcsr(void);
void __set_mxcsr(unsigned v);
unsigned __get_x87_control(void);
void __set_x87_control(unsigned v);
unsigned __get_x87_status(void);
void __clear_x87_exceptions(void);

int fegetround(void)
{
    return (int)((__get_mxcsr() >> 3) & 0xc00);
}

int fesetround(int mode)
{
    if ((mode & ~0xc00) != 0)
        return -1;
    __set_mxcsr((__get_mxcsr() & ~0x6000u) | ((unsigned)mode << 3));
    __set_x87_control((__get_x87_control() & ~0xc00u) | (unsigned)mode);
    return 0;
}

int fetestexcept(int excepts)
{
    return (int)((__get_mxcsr() | __get_x87_status()) & (unsigned)excepts & FE_ALL_EXCEPT);
}

int feclearexcept(int excepts)
{
    __set_mxcsr(__get_mxcsr() & ~((unsigned)excepts & FE_ALL_EXCEPT));
    /* The x87 flags can only be cleared all at once. */
    if (__get_x87_status() & (unsigned)excepts & FE_ALL_EXCEPT)
        __clear_x87_exceptions();
    return 0;
}

/* Setting a flag in MXCSR does not trap (the exceptions stay masked). */
int feraiseexcept(int excepts)
{
    __set_mxcsr(__get_mxcsr() | ((unsigned)excepts & FE_ALL_EXCEPT));
    return 0;
}

int fegetexceptflag(fexcept_t *flags, int excepts)
{
    *flags = (fexcept_t)fetestexcept(excepts);
    return 0;
}

int fesetexceptflag(const fexcept_t *flags, int excepts)
{
    feclearexcept(excepts);
    return feraiseexcept(*flags & excepts);
}

int fegetenv(fenv_t *env)
{
    env->__control = (unsigned short)__get_x87_control();
    env->__mxcsr = __get_mxcsr() | (__get_x87_status() & FE_ALL_EXCEPT);
    return 0;
}

int fesetenv(const fenv_t *env)
{
    if (env == FE_DFL_ENV) {
        /* Round to nearest, all exceptions masked, no flags. */
        __set_x87_control(0x37f);
        __set_mxcsr(0x1f80);
    } else {
        __set_x87_control(env->__control);
        __set_mxcsr(env->__mxcsr);
    }
    __clear_x87_exceptions();
    return 0;
}

int feholdexcept(fenv_t *env)
{
    fegetenv(env);
    feclearexcept(FE_ALL_EXCEPT);
    return 0;
}

int feupdateenv(const fenv_t *env)
{
    int raised = fetestexcept(FE_ALL_EXCEPT);

    fesetenv(env);
    return feraiseexcept(raised);
}

/*
 * Trapping: an exception traps (SIGFPE) when its mask bit is clear. The x87 control
 * word keeps the masks in bits 0-5, MXCSR in bits 7-12, in the order of the flags.
 */
int fegetexcept(void)
{
    return (int)(~__get_x87_control() & FE_ALL_EXCEPT);
}

int feenableexcept(int excepts)
{
    int old = fegetexcept();
    unsigned e = (unsigned)excepts & FE_ALL_EXCEPT;

    __set_x87_control(__get_x87_control() & ~e);
    __set_mxcsr(__get_mxcsr() & ~(e << 7));
    return old;
}

int fedisableexcept(int excepts)
{
    int old = fegetexcept();
    unsigned e = (unsigned)excepts & FE_ALL_EXCEPT;

    __set_x87_control(__get_x87_control() | e);
    __set_mxcsr(__get_mxcsr() | (e << 7));
    return old;
}
