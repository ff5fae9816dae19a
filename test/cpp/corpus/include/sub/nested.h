int nested_before;
#include "../once.h"
#include "e.h"
int nested_after;
