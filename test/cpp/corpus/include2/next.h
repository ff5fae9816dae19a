#define NEXT_VALUE next_second
int next_second;
