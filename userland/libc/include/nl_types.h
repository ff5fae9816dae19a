#ifndef _NL_TYPES_H
#define _NL_TYPES_H

typedef int nl_item;

#endif
