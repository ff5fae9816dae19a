/*
 * The hooks -finstrument-functions calls at every function's entry and exit. A program
 * that traces calls defines its own (marked no_instrument_function); these do nothing,
 * so that a program compiled with the option links without them, as with glibc.
 */

__attribute__((weak, no_instrument_function)) void __cyg_profile_func_enter(void *this_fn, void *call_site)
{
    (void)this_fn;
    (void)call_site;
}

__attribute__((weak, no_instrument_function)) void __cyg_profile_func_exit(void *this_fn, void *call_site)
{
    (void)this_fn;
    (void)call_site;
}
