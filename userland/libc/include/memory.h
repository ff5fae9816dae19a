/* The old BSD name for <string.h>'s memory functions. */
#include <string.h>
