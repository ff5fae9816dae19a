/*
 * Network services by name and port, from /etc/services as glibc reads it: a line is
 * "name port/protocol aliases...", '#' starts a comment. getaddrinfo and getnameinfo
 * (netdb.c) use the same lookup for service names.
 */
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ALIASES 16

/* The last answer, until the next call (as glibc's). */
static struct {
    struct servent ent;
    char line[512];
    char *aliases[MAX_ALIASES + 1];
} servbuf;

/* Splits servbuf.line into the entry; 0 for a comment, a blank or a malformed line. */
static int parse_line(void)
{
    char *hash = strchr(servbuf.line, '#'), *save, *name, *port, *slash, *end, *alias;
    unsigned long number;
    int n = 0;

    if (hash)
        *hash = '\0';
    name = strtok_r(servbuf.line, " \t\n", &save);
    port = name ? strtok_r(NULL, " \t\n", &save) : NULL;
    slash = port ? strchr(port, '/') : NULL;
    if (!slash)
        return 0;
    *slash = '\0';
    number = strtoul(port, &end, 10);
    if (*port == '\0' || *end != '\0' || number > 65535)
        return 0;
    while (n < MAX_ALIASES && (alias = strtok_r(NULL, " \t\n", &save)))
        servbuf.aliases[n++] = alias;
    servbuf.aliases[n] = NULL;
    servbuf.ent = (struct servent){ name, servbuf.aliases, (int)htons((unsigned short)number), slash + 1 };
    return 1;
}

static int names(const struct servent *s, const char *name)
{
    if (strcmp(s->s_name, name) == 0)
        return 1;
    for (char **a = s->s_aliases; *a; a++)
        if (strcmp(*a, name) == 0)
            return 1;
    return 0;
}

/* The first entry of /etc/services with this name (or alias) or this port (network order), of proto (NULL: any). */
static struct servent *search(const char *name, int port, const char *proto)
{
    FILE *f = fopen("/etc/services", "re");
    struct servent *found = NULL;

    if (!f)
        return NULL;
    while (!found && fgets(servbuf.line, sizeof servbuf.line, f)) {
        if (!parse_line() || (proto && strcmp(servbuf.ent.s_proto, proto) != 0))
            continue;
        if (name ? names(&servbuf.ent, name) : servbuf.ent.s_port == port)
            found = &servbuf.ent;
    }
    fclose(f);
    return found;
}

struct servent *getservbyname(const char *name, const char *proto)
{
    return search(name, 0, proto);
}

struct servent *getservbyport(int port, const char *proto)
{
    return search(NULL, port, proto);
}
