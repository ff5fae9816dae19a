/* Declarations of C library functions typed in instead of including the header: gcc compares them with its built-in ones. */
int strlen(const char *s);
void *malloc(int n);
char *strcpy(char *dst, char *src);
int printf(char *format, ...);
int puts(const unsigned char *s);
int putchar(char c);
long labs(long x);
void free(char *p);
int toupper(unsigned c);
int abs();
double sqrt(float x);
struct stream;
int fputs(const char *s, struct stream *f);
int vprintf(const char *format, char *args);
int memcmp(void *a, void *b, unsigned long n);
static int exp(int x) { return x; }

/* Global variables named after library functions. */
int index;
double y1 = 2;
static int round;
extern int log;

int main(void)
{
  extern int rindex;
  extern char *strchr(const char *, char);
  int floor = 3;
  return floor + exp(1) + index + (int)y1 + round + log + rindex;
}
