#ifndef A_H
#define A_H
#define A_VALUE 1
int a_decl;
int a_line = __LINE__;
#endif
