/* Returns that do not fit the function's type: warned by default, named by -Wall. */
int count(int n)
{
	if (n < 0)
		return;
	return n + 1;
}

void show(int n)
{
	if (n)
		return n * 2;
	return (void)0;
}

static long twice(long x) { if (x > 100) return; return 2 * x; }

int main(void)
{
	show(count(3));
	return (int)twice(4);
}
