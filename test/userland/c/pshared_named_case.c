/*
 * POSIX shared memory (shm_open) and named semaphores (sem_open) between
 * processes: a child opens the parent's object by its name and maps it at an
 * address of its own, and the two add to a counter under a process-shared
 * mutex that lives there; a child opens two named semaphores by name and
 * plays ping-pong with its parent; then the errors: O_EXCL on an existing
 * name, opening after unlink, names that name nothing.  Children print
 * nothing; the parent prints what they left in shared memory.  Names carry
 * the pid, so runs side by side on one machine do not meet.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "child_helpers.h"

#define ADDS 2000
#define ROUNDS 4

struct shared {
	pthread_mutex_t lock;
	long counter;
	int child_differs;	/* the child's own mapping is at another address */
	char record[2 * ROUNDS + 1];
};

static char shm_name[64], ping_name[64], pong_name[64];

static void result(const char *what, long r)
{
	if (r < 0)
		printf("%s: -1 %s\n", what, strerror(errno));
	else
		printf("%s: %ld\n", what, r);
}

/* The child's part: open the object by name, map it anew, and add. */
static int child_adds(struct shared *inherited)
{
	int fd = shm_open(shm_name, O_RDWR, 0);
	struct shared *sh;

	if (fd < 0)
		return 1;
	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	if (sh == MAP_FAILED)
		return 2;
	munmap(inherited, sizeof(*inherited));	/* only the new mapping is left */
	sh->child_differs = sh != inherited;
	add_under_mutex(&sh->lock, &sh->counter, ADDS, 400);
	return 0;
}

static struct shared *shared_memory(void)
{
	pthread_mutexattr_t ma;
	struct shared *sh;
	struct stat st;
	int fd;

	fd = shm_open(shm_name, O_RDWR | O_CREAT | O_EXCL, 0600);
	result("shm_open O_CREAT|O_EXCL", fd >= 0 ? 0 : -1);
	result("shm_open O_CREAT|O_EXCL again", shm_open(shm_name, O_RDWR | O_CREAT | O_EXCL, 0600));
	fstat(fd, &st);
	printf("new object: mode %o, size %ld\n", (unsigned)st.st_mode, (long)st.st_size);
	printf("close-on-exec: %d\n", fcntl(fd, F_GETFD) & FD_CLOEXEC);
	result("ftruncate", ftruncate(fd, sizeof(*sh)));
	fstat(fd, &st);
	printf("sized object: size %ld\n", (long)st.st_size);
	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	pthread_mutexattr_init(&ma);
	pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
	pthread_mutex_init(&sh->lock, &ma);
	pthread_mutexattr_destroy(&ma);
	return sh;
}

static void shm_counter(void)
{
	struct shared *sh = shared_memory();

	fflush(stdout);
	if (fork() == 0)
		_exit(child_adds(sh));
	add_under_mutex(&sh->lock, &sh->counter, ADDS, 400);
	wait_child("shm");
	printf("counter after %d adds in each process: %ld; child mapped elsewhere: %d\n",
	       ADDS, sh->counter, sh->child_differs);
	result("shm_unlink", shm_unlink(shm_name));
	result("shm_open after unlink", shm_open(shm_name, O_RDWR, 0));
	result("shm_unlink again", shm_unlink(shm_name));
	printf("still mapped after unlink: %ld\n", sh->counter);
	munmap(sh, sizeof(*sh));
}

/* The child opens both semaphores by name; the parent posts ping only after a pause. */
static void sem_ping_pong(struct shared *sh)
{
	sem_t *ping = sem_open(ping_name, O_CREAT | O_EXCL, 0600, 0);
	sem_t *pong = sem_open(pong_name, O_CREAT, 0600, 0);
	int i;

	printf("created: %d %d\n", ping != SEM_FAILED, pong != SEM_FAILED);
	fflush(stdout);
	if (fork() == 0) {
		sem_t *my_ping = sem_open(ping_name, 0), *my_pong = sem_open(pong_name, 0);

		for (i = 0; i < ROUNDS; i++) {
			sem_wait(my_ping);
			sh->record[2 * i + 1] = 'c';
			sem_post(my_pong);
		}
		_exit(sem_close(my_ping) != 0 || sem_close(my_pong) != 0);
	}
	for (i = 0; i < ROUNDS; i++) {
		pause_ms(5);		/* the child sleeps in sem_wait meanwhile */
		sh->record[2 * i] = 'p';
		sem_post(ping);
		sem_wait(pong);
	}
	wait_child("sem");
	printf("ping-pong record: %s\n", sh->record);
	sem_close(ping);
	sem_close(pong);
}

static void sem_errors(void)
{
	sem_t *a = sem_open(ping_name, 0), *b = sem_open(ping_name, O_CREAT, 0600, 9);
	char path[128];
	struct stat st;
	int value;

	printf("same name, same sem_t: %d\n", a == b);
	errno = 0;
	printf("O_CREAT|O_EXCL on an existing name: %s\n",
	       sem_open(ping_name, O_CREAT | O_EXCL, 0600, 1) == SEM_FAILED ? strerror(errno) : "opened");
	sem_getvalue(a, &value);
	printf("value: %d\n", value);
	snprintf(path, sizeof(path), "/dev/shm/sem.%s", ping_name + 1);
	result("stat of its file", stat(path, &st));
	printf("its file: mode %o, size %ld\n", (unsigned)st.st_mode, (long)st.st_size);
	result("sem_close", sem_close(a));
	result("sem_close (second open)", sem_close(b));
	result("sem_unlink", sem_unlink(ping_name));
	result("sem_unlink again", sem_unlink(ping_name));
	errno = 0;
	printf("sem_open after unlink: %s\n", sem_open(ping_name, 0) == SEM_FAILED ? strerror(errno) : "opened");
	errno = 0;
	printf("value above SEM_VALUE_MAX: %s\n",
	       sem_open(ping_name, O_CREAT, 0600, 0x80000000u) == SEM_FAILED ? strerror(errno) : "opened");
	result("sem_unlink the other", sem_unlink(pong_name));
	errno = 0;
	printf("sem_open \"a/b\": %s\n", sem_open("a/b", O_CREAT, 0600, 1) == SEM_FAILED ? strerror(errno) : "opened");
}

static void name_errors(void)
{
	char long_name[300];

	result("shm_open \"\"", shm_open("", O_RDWR | O_CREAT, 0600));
	result("shm_open \"/\"", shm_open("/", O_RDWR | O_CREAT, 0600));
	result("shm_open \"/a/b\"", shm_open("/a/b", O_RDWR | O_CREAT, 0600));
	result("shm_open \".\"", shm_open(".", O_RDWR, 0));
	result("shm_unlink \"\"", shm_unlink(""));
	result("shm_unlink \"/a/b\"", shm_unlink("/a/b"));
	long_name[0] = '/';
	memset(long_name + 1, 'n', 258);
	long_name[259] = '\0';
	result("shm_open of a 258-byte name", shm_open(long_name, O_RDWR | O_CREAT, 0600));
	memset(long_name + 1, 'n', 298);
	long_name[299] = '\0';
	result("shm_open of a 298-byte name", shm_open(long_name, O_RDWR | O_CREAT, 0600));
	result("sem_close of no semaphore", sem_close((sem_t *)long_name));
}

int main(void)
{
	struct shared *sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE,
				 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	int pid = (int)getpid();

	snprintf(shm_name, sizeof(shm_name), "/tcc-lite-psync-%d", pid);
	snprintf(ping_name, sizeof(ping_name), "/tcc-lite-ping-%d", pid);
	snprintf(pong_name, sizeof(pong_name), "/tcc-lite-pong-%d", pid);
	shm_counter();
	memset(sh->record, '.', 2 * ROUNDS);
	sem_ping_pong(sh);
	sem_errors();
	name_errors();
	return 0;
}
