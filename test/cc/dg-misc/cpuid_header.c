/* <cpuid.h>: the vendor string of leaf 0 and SSE2 (which every x86-64 processor has) in leaf 1. */
#include <cpuid.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	unsigned int a, b, c, d, sig;
	char vendor[13];

	unsigned int max = __get_cpuid_max(0, &sig);
	__cpuid(0, a, b, c, d);
	memcpy(vendor, &b, 4);
	memcpy(vendor + 4, &d, 4);
	memcpy(vendor + 8, &c, 4);
	vendor[12] = 0;
	printf("%d %d %d\n", max >= 1, a == max, sig == b);
	printf("%d\n", (int)strlen(vendor));
	if (!__get_cpuid(1, &a, &b, &c, &d))
		return 1;
	printf("sse2 %d\n", (d & bit_SSE2) != 0);
	printf("huge leaf %d\n", __get_cpuid(max + 1, &a, &b, &c, &d));
	printf("leaf 7 %d\n", __get_cpuid_count(7, 0, &a, &b, &c, &d) == (max >= 7));
	return 0;
}
