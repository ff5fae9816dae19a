#define C_VALUE 3
int c_decl; int level = __INCLUDE_LEVEL__;
