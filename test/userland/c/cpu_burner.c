/*
 * A process for comparing ps's CPU and start-time columns with procps's: it
 * uses argv[1] seconds of CPU time (1 by default), says "ready", and then
 * waits without using more until it is killed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	double seconds = argc > 1 ? atof(argv[1]) : 1;
	volatile unsigned long counter = 0;

	while (cpu_seconds() < seconds)
		counter++;
	printf("ready\n");
	fflush(stdout);
	for (;;)
		pause();
}
