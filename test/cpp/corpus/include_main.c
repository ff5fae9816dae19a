#include "a.h"
#include "a.h"
#include <b.h>
#define HDR <c.h>
#include HDR
#define QHDR "sub/d.h"
#include QHDR
#include "once.h"
#include "once.h"
#include "sub/nested.h"
after_includes A_VALUE B_VALUE C_VALUE D_VALUE
#if __has_include("a.h") && __has_include(<b.h>) && !__has_include("nope.h")
has_include_ok
#endif
#include "next.h"
NEXT_VALUE
#include "noguard.h"
#include "noguard.h"
end __INCLUDE_LEVEL__
