#define D_VALUE 4
#include "e.h"
int d_after_e;
