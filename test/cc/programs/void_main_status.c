/*
 * Only an int main gets C99's implicit "return 0" (5.1.2.2.3). A void main leaves
 * %eax as its last statement left it, so with gcc the exit status is the value of
 * the last call (here 7); LLVM test-suite programs such as chomp.c rely on that.
 */
#include <stdio.h>

int last_value(int x)
{
    return x + 4;
}

void main(void)
{
    printf("void main\n");
    last_value(3);
}
