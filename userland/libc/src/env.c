/*
 * The environment: environ is a NULL-terminated array of "NAME=value" strings.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include "libc.h"

/* Index of NAME in environ, or the count of entries when absent. */
static size_t find_var(const char *name, size_t len, int *found)
{
    size_t i = 0;

    *found = 0;
    if (environ == NULL)
        return 0;
    for (; environ[i] != NULL; i++) {
        if (strncmp(environ[i], name, len) == 0 && environ[i][len] == '=') {
            *found = 1;
            return i;
        }
    }
    return i;
}

char *getenv(const char *name)
{
    size_t len = strlen(name);
    int found;
    size_t i = find_var(name, len, &found);

    return found ? environ[i] + len + 1 : NULL;
}

/*
 * glibc hides the environment from a set-user-ID or set-group-ID program (the kernel's
 * AT_SECURE); differing real and effective ids are that condition here.
 */
char *secure_getenv(const char *name)
{
    if (getuid() != geteuid() || getgid() != getegid())
        return NULL;
    return getenv(name);
}

/* Set when environ is our own malloc'ed copy that we may grow. */
static char **owned_environ;

/* Adds entry after the n entries of environ, in a larger copy; -1 when out of memory. */
static int append_entry(char *entry, size_t n)
{
    char **grown = malloc((n + 2) * sizeof(char *));

    if (grown == NULL)
        return -1;
    if (n > 0)
        memcpy(grown, environ, n * sizeof(char *));
    grown[n] = entry;
    grown[n + 1] = NULL;
    free(owned_environ);
    owned_environ = environ = grown;
    return 0;
}

int setenv(const char *name, const char *value, int overwrite)
{
    size_t len = strlen(name), vlen = strlen(value), i;
    int found;
    char *entry;

    if (len == 0 || strchr(name, '=') != NULL) {
        errno = EINVAL;
        return -1;
    }
    i = find_var(name, len, &found);
    if (found && !overwrite)
        return 0;
    entry = malloc(len + vlen + 2);
    if (entry == NULL)
        return -1;
    memcpy(entry, name, len);
    entry[len] = '=';
    memcpy(entry + len + 1, value, vlen + 1);
    if (found) {
        environ[i] = entry;
        return 0;
    }
    if (append_entry(entry, i) < 0) {
        free(entry);
        return -1;
    }
    return 0;
}

int unsetenv(const char *name)
{
    size_t len = strlen(name), i;
    int found;

    if (len == 0 || strchr(name, '=') != NULL) {
        errno = EINVAL;
        return -1;
    }
    /* Every entry of that name goes: a putenv'ed string changed afterwards can make a second one. */
    i = find_var(name, len, &found);
    if (found) {
        size_t kept = i;

        for (; environ[i] != NULL; i++)
            if (strncmp(environ[i], name, len) != 0 || environ[i][len] != '=')
                environ[kept++] = environ[i];
        environ[kept] = NULL;
    }
    return 0;
}

/* putenv: the string itself becomes part of the environment (not a copy). */
int putenv(char *string)
{
    char *eq = strchr(string, '=');
    size_t len, i;
    int found;

    if (eq == NULL)
        return unsetenv(string);
    len = (size_t)(eq - string);
    i = find_var(string, len, &found);
    if (found) {
        environ[i] = string;
        return 0;
    }
    return append_entry(string, i);
}

/* Empties the environment (what setenv added afterwards starts a new one). */
int clearenv(void)
{
    environ = NULL;
    return 0;
}
