/*
 * System V message queues as an operating-systems course uses them: a producer and a
 * consumer with typed messages and a small queue that makes the producer wait, the
 * ways msgrcv selects a message (0, a type, the lowest type, MSG_EXCEPT), truncation,
 * IPC_NOWAIT, a signal and IPC_RMID under waiters, msgctl and the errors Linux gives.
 * Every queue is removed before the program ends.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/wait.h>
#include <unistd.h>
#include "sysv_ipc_util.h"

struct message {
	long mtype;
	char mtext[64];
};

static int send(int q, long type, const char *text, int flags)
{
	struct message m;

	m.mtype = type;
	strcpy(m.mtext, text);
	return msgsnd(q, &m, strlen(text) + 1, flags);
}

/* Receive and print one message: its type and text, or the error. */
static void receive(int q, const char *how, long type, size_t size, int flags)
{
	struct message m;
	ssize_t n;

	memset(&m, 0, sizeof(m));
	n = msgrcv(q, &m, size, type, flags);
	if (n < 0)
		printf("%s: %s\n", how, errname(errno));
	else
		printf("%s: type %ld, %zd bytes \"%.*s\"\n", how, m.mtype, n, (int)n, m.mtext);
}

static void print_stat(const char *when, int q)
{
	struct msqid_ds ds;

	if (msgctl(q, IPC_STAT, &ds) < 0) {
		printf("%s: IPC_STAT %s\n", when, errname(errno));
		return;
	}
	printf("%s: qnum %lu, cbytes %lu, qbytes %lu, mode %04o, cuid == uid %d, lspid is me %d\n", when,
	       (unsigned long)ds.msg_qnum, (unsigned long)ds.msg_cbytes, (unsigned long)ds.msg_qbytes,
	       (unsigned)ds.msg_perm.mode, ds.msg_perm.cuid == getuid(), ds.msg_lspid == getpid());
}

static unsigned long queued(int q)
{
	struct msqid_ds ds;

	return msgctl(q, IPC_STAT, &ds) < 0 ? 999 : ds.msg_qnum;
}

/*
 * The classic: a producer sends 12 numbered items (type 1) and an end mark (type 2)
 * through a queue that holds only four; the consumer sums them.
 */
static void producer_consumer(void)
{
	int q = msgget(IPC_PRIVATE, 0600);
	struct msqid_ds ds;
	struct message m;
	int i, sum = 0, items = 0;

	print_stat("new queue", q);
	msgctl(q, IPC_STAT, &ds);
	ds.msg_qbytes = 4 * 8;
	msgctl(q, IPC_SET, &ds);
	if (fork() == 0) {
		for (i = 1; i <= 12; i++) {
			char text[8];

			snprintf(text, sizeof(text), "%7d", i * i);	/* 8 bytes with the NUL */
			send(q, 1, text, 0);
		}
		send(q, 2, "", 0);
		_exit(0);
	}
	while (queued(q) != 4)		/* the producer fills the queue and waits */
		usleep(1000);
	print_stat("full queue", q);
	printf("IPC_NOWAIT into the full queue: %s\n", result(send(q, 1, "extra", IPC_NOWAIT)));
	for (;;) {
		ssize_t n = msgrcv(q, &m, sizeof(m.mtext), -2, 0);	/* the lowest type first: items before the end */

		if (n < 0 || m.mtype == 2)
			break;
		sum += atoi(m.mtext);
		items++;
	}
	wait_child("producer");
	printf("consumer got %d items, sum %d, queue now %lu\n", items, sum, queued(q));
	msgctl(q, IPC_RMID, NULL);
}

/* How msgrcv chooses: msgtyp 0, a type, the lowest type up to |msgtyp|, MSG_EXCEPT. */
static void selection(void)
{
	int q = msgget(IPC_PRIVATE, 0600);

	send(q, 3, "three", 0);
	send(q, 1, "one", 0);
	send(q, 2, "two", 0);
	send(q, 1, "one again", 0);
	send(q, 5, "five", 0);
	print_stat("five messages", q);
	receive(q, "type 2", 2, 64, 0);
	receive(q, "type -3 (lowest up to 3)", -3, 64, 0);
	receive(q, "type 0 (first)", 0, 64, 0);
	receive(q, "type 1 with MSG_EXCEPT", 1, 64, MSG_EXCEPT);
	receive(q, "type 4 with IPC_NOWAIT", 4, 64, IPC_NOWAIT);
	receive(q, "3 bytes for \"one again\"", 1, 3, 0);
	printf("still queued: %lu\n", queued(q));
	receive(q, "3 bytes with MSG_NOERROR", 1, 3, MSG_NOERROR);
	receive(q, "empty queue, IPC_NOWAIT", 0, 64, IPC_NOWAIT);
	send(q, 9, "", 0);
	receive(q, "an empty message", 9, 64, 0);
	print_stat("after all that", q);
	msgctl(q, IPC_RMID, NULL);
}

static void on_usr1(int sig)
{
	(void)sig;
}

/* Tell the parent that we are about to wait, and give the wait time to start. */
static void about_to_wait(int fd)
{
	write(fd, "w", 1);
}

static void parent_lets_child_sleep(int fd)
{
	char c;

	read(fd, &c, 1);
	usleep(200 * 1000);
}

/* Waits ended by a receiver too small for the message, a signal, and IPC_RMID. */
static void waiters(void)
{
	int q = msgget(IPC_PRIVATE, 0600), fds[2];
	struct sigaction sa;
	struct msqid_ds ds;
	pid_t pid;

	pipe(fds);
	if (fork() == 0) {
		about_to_wait(fds[1]);
		receive(q, "waiting with a 4-byte buffer", 0, 4, 0);
		_exit(0);
	}
	parent_lets_child_sleep(fds[0]);
	send(q, 7, "too long", 0);
	wait_child("small receiver");
	printf("the message stayed: %lu\n", queued(q));
	receive(q, "then", 0, 64, 0);

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_RESTART;	/* msgrcv is not restarted after a handler */
	sigaction(SIGUSR1, &sa, NULL);
	if ((pid = fork()) == 0) {
		about_to_wait(fds[1]);
		receive(q, "msgrcv under a signal", 0, 64, 0);
		_exit(0);
	}
	parent_lets_child_sleep(fds[0]);
	kill(pid, SIGUSR1);
	wait_child("signal");

	if (fork() == 0) {
		about_to_wait(fds[1]);
		receive(q, "msgrcv when the queue is removed", 0, 64, 0);
		_exit(0);
	}
	parent_lets_child_sleep(fds[0]);
	msgctl(q, IPC_RMID, NULL);
	wait_child("removed under a receiver");

	q = msgget(IPC_PRIVATE, 0600);
	msgctl(q, IPC_STAT, &ds);
	ds.msg_qbytes = 8;
	msgctl(q, IPC_SET, &ds);
	send(q, 1, "1234567", 0);
	if (fork() == 0) {
		about_to_wait(fds[1]);
		printf("msgsnd into a full queue when it is removed: %s\n", result(send(q, 1, "x", 0)));
		_exit(0);
	}
	parent_lets_child_sleep(fds[0]);
	msgctl(q, IPC_RMID, NULL);
	wait_child("removed under a sender");
	printf("msgsnd to the removed id: %s\n", result(send(q, 1, "x", 0)));
	close(fds[0]);
	close(fds[1]);
}

/* What ipcs does: MSG_INFO gives the highest slot in use, MSG_STAT reads a slot and returns its id. */
static void find_by_slot(int id)
{
	struct msginfo info;
	struct msqid_ds ds;
	int maxid = msgctl(0, MSG_INFO, (struct msqid_ds *)&info), slot, found = 0;

	for (slot = 0; slot <= maxid; slot++)
		if (msgctl(slot, MSG_STAT, &ds) == id)
			found = ds.msg_qbytes == 10000;
	printf("MSG_INFO counts queues: %d, messages %d, MSG_STAT finds this one: %d\n", info.msgpool >= 1,
	       info.msgmap >= 1, found);
}

/* Keys, msgctl, and the argument checks. */
static void control(void)
{
	key_t key = 0x3d000000 | (getpid() & 0xffffff);
	int q = msgget(key, IPC_CREAT | IPC_EXCL | 0640);
	static struct {
		long mtype;
		char mtext[8193];
	} big = { 1, "" };
	struct msqid_ds ds;
	struct msginfo info;

	printf("create with a key: %s\n", result(q));
	printf("same key: %s\n", msgget(key, 0) == q ? "same id" : "other");
	printf("IPC_CREAT | IPC_EXCL: %s\n", result(msgget(key, IPC_CREAT | IPC_EXCL | 0600)));
	printf("unknown key: %s\n", result(msgget(key + 1, 0)));
	printf("type 0: %s, ", result(send(q, 0, "x", 0)));
	printf("type -1: %s, ", result(send(q, -1, "x", 0)));
	printf("8193 bytes: %s, ", result(msgsnd(q, &big, sizeof(big.mtext), 0)));
	printf("bad pointer: %s\n", result(msgsnd(q, NULL, 1, 0)));
	printf("8192 bytes: %s\n", result(msgsnd(q, &big, 8192, IPC_NOWAIT)));
	print_stat("after 8192 bytes", q);
	printf("negative size: %s\n", result(msgrcv(q, &big, (size_t)-1, 0, 0)));

	msgctl(q, IPC_STAT, &ds);
	ds.msg_perm.mode = 0604;
	ds.msg_qbytes = 10000;
	printf("IPC_SET: %s; ", result(msgctl(q, IPC_SET, &ds)));
	print_stat("after IPC_SET", q);
	find_by_slot(q);
	printf("bad command: %s, ", result(msgctl(q, 12345, &ds)));
	printf("negative id: %s\n", result(msgctl(-1, IPC_STAT, &ds)));
	printf("IPC_INFO: %s, ", msgctl(0, IPC_INFO, (struct msqid_ds *)&info) >= 0 ? "ok" : errname(errno));
	printf("msgmax %d, msgmnb %d\n", info.msgmax, info.msgmnb);
	printf("IPC_RMID: %s, ", result(msgctl(q, IPC_RMID, NULL)));
	printf("again: %s, ", result(msgctl(q, IPC_RMID, NULL)));
	printf("the key is gone: %s\n", result(msgget(key, 0)));
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	producer_consumer();
	selection();
	waiters();
	control();
	return 0;
}
