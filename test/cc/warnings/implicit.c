/* Library functions called without their header, and a function nobody declared. */
int main(void)
{
    char *copy = malloc(8);
    int n = strlen("ab") + abs(-1) + atoi("3") + toupper('a');

    printf("%d\n", n);
    puts("done");
    free(copy);
    return isdigit('1') + helper(2);
}

int helper(int x)
{
    return x;
}

/* K&R definitions whose parameters no declaration types: each defaults to int. */
int twice(x) { return 2 * x; }
int sum(int, int);
int sum(a, b) { return a + b; }
