/* comment before the guard */
#if !defined(B_H)
#define B_H
#define B_VALUE 2
int b_decl; const char *b_file = __FILE__;
#endif
