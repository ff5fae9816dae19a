#ifndef _FEATURES_H
#define _FEATURES_H

/*
 * Feature-test macros, as glibc's <features.h> (programs include it for
 * __GLIBC_PREREQ and __THROW): we are glibc-compatible, not glibc, so
 * __GLIBC__ stays undefined and the prerequisite test is false.
 */
#define __GLIBC_PREREQ(major, minor) 0
#include <sys/cdefs.h>

#endif
