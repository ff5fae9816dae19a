/*
 * Terminal attributes beyond tcgetattr/tcsetattr (unistd.c): raw mode, line
 * speeds kept in c_cflag as Linux does, and the line-control ioctls.
 */
#include <termios.h>
#include <errno.h>
#include <sys/ioctl.h>

#define IBSHIFT 16   /* glibc: the input speed follows the output speed */

/* Bytes pass through unchanged: no echo, no line editing, no signals, 8-bit characters. */
void cfmakeraw(struct termios *t)
{
    t->c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    t->c_oflag &= ~(tcflag_t)OPOST;
    t->c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t->c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
    t->c_cflag |= CS8;
    t->c_cc[VMIN] = 1;
    t->c_cc[VTIME] = 0;
}

static int valid_speed(speed_t speed)
{
    return (speed & ~(speed_t)CBAUD) == 0;
}

speed_t cfgetospeed(const struct termios *t)
{
    return t->c_cflag & CBAUD;
}

speed_t cfgetispeed(const struct termios *t)
{
    return t->c_cflag & CBAUD;
}

int cfsetospeed(struct termios *t, speed_t speed)
{
    if (!valid_speed(speed)) {
        errno = EINVAL;
        return -1;
    }
    t->c_ospeed = speed;
    t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
    return 0;
}

/* Input speed 0 means "the same as the output speed". */
int cfsetispeed(struct termios *t, speed_t speed)
{
    if (!valid_speed(speed)) {
        errno = EINVAL;
        return -1;
    }
    t->c_ispeed = speed;
    if (speed == 0) {
        t->c_iflag |= IBSHIFT;
    } else {
        t->c_iflag &= ~(tcflag_t)IBSHIFT;
        t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
    }
    return 0;
}

int cfsetspeed(struct termios *t, speed_t speed)
{
    if (cfsetispeed(t, speed) < 0)
        return -1;
    return cfsetospeed(t, speed);
}

int tcdrain(int fd)
{
    return ioctl(fd, TCSBRK, 1);
}

int tcsendbreak(int fd, int duration)
{
    (void)duration;
    return ioctl(fd, TCSBRK, 0);
}

int tcflow(int fd, int action)
{
    return ioctl(fd, TCXONC, action);
}

int tcflush(int fd, int queue)
{
    return ioctl(fd, TCFLSH, queue);
}

pid_t tcgetpgrp(int fd)
{
    pid_t pgrp;

    return ioctl(fd, TIOCGPGRP, &pgrp) < 0 ? -1 : pgrp;
}

int tcsetpgrp(int fd, pid_t pgrp)
{
    return ioctl(fd, TIOCSPGRP, &pgrp);
}

pid_t tcgetsid(int fd)
{
    pid_t sid;

    return ioctl(fd, TIOCGSID, &sid) < 0 ? -1 : sid;
}
