/*
 * <netdb.h>: getaddrinfo, getnameinfo and gethostbyname on a machine with
 * no network but loopback.  A host is a numeric address or a name in
 * /etc/hosts; a service is a port number (there is no /etc/services).
 * Results come in glibc's order: for each address, a stream (TCP), a
 * datagram (UDP) and a raw entry, as the hints allow.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_ADDRS 16
#define ALL_AI_FLAGS (AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL | AI_ADDRCONFIG | AI_NUMERICSERV)

/* One address of a host, of either family. */
struct host_addr {
    int family;
    unsigned char bytes[16];
};

/* What a lookup found: its addresses, and the host's official name. */
struct host_result {
    struct host_addr addr[MAX_ADDRS];
    int count;
    char canon[NI_MAXHOST];
};

static __thread int h_errno_value;

int *__h_errno_location(void)
{
    return &h_errno_value;
}

static int addr_len(int family)
{
    return family == AF_INET ? 4 : 16;
}

/* The next /etc/hosts line as its address and names (a comment or a bad address: no names). */
static int hosts_line(char *line, struct host_addr *addr, char **names, int max)
{
    char *hash = strchr(line, '#'), *tok, *save;
    int n = 0;

    if (hash)
        *hash = '\0';
    tok = strtok_r(line, " \t\n", &save);
    if (!tok)
        return 0;
    if (inet_pton(AF_INET, tok, addr->bytes) == 1)
        addr->family = AF_INET;
    else if (inet_pton(AF_INET6, tok, addr->bytes) == 1)
        addr->family = AF_INET6;
    else
        return 0;
    while (n < max && (tok = strtok_r(0, " \t\n", &save)))
        names[n++] = tok;
    return n;
}

/*
 * Search /etc/hosts: with a name, every address of a line naming it (of
 * the family wanted, AF_UNSPEC: any); with an address, the line's official
 * name.  Returns how many lines matched.
 */
static int hosts_search(const char *name, const struct host_addr *want, int family, struct host_result *r)
{
    FILE *f = fopen("/etc/hosts", "re");
    char line[512], *names[32];
    struct host_addr addr;
    int matched = 0;

    r->count = 0;
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f) && r->count < MAX_ADDRS) {
        int n = hosts_line(line, &addr, names, 32), hit = 0;

        if (want)
            hit = n > 0 && addr.family == want->family && !memcmp(addr.bytes, want->bytes, addr_len(addr.family));
        for (int i = 0; name && i < n && !hit; i++)
            hit = !strcasecmp(names[i], name) && (family == AF_UNSPEC || family == addr.family);
        if (!hit)
            continue;
        if (!matched++)
            snprintf(r->canon, sizeof r->canon, "%s", names[0]);
        r->addr[r->count++] = addr;
    }
    fclose(f);
    return matched;
}

/* A numeric host: a.b.c.d (inet_aton's forms, as glibc) or IPv6 text. */
static int numeric_host(const char *node, struct host_addr *a)
{
    if (inet_aton(node, (struct in_addr *)a->bytes)) {
        a->family = AF_INET;
        return 1;
    }
    if (inet_pton(AF_INET6, node, a->bytes) == 1) {
        a->family = AF_INET6;
        return 1;
    }
    return 0;
}

/*
 * No host: the wildcard address for a server (AI_PASSIVE), IPv4's first; loopback for a
 * client, IPv6's first (glibc's orders).
 */
static void no_host(int family, int passive, struct host_result *r)
{
    static const int orders[2][2] = { { AF_INET6, AF_INET }, { AF_INET, AF_INET6 } };

    r->count = 0;
    r->canon[0] = '\0';
    for (int i = 0; i < 2; i++) {
        int f = orders[passive != 0][i];
        struct host_addr *a;

        if (family != AF_UNSPEC && family != f)
            continue;
        a = &r->addr[r->count++];
        memset(a, 0, sizeof *a);
        a->family = f;
        if (f == AF_INET6)
            a->bytes[15] = !passive;
        else
            *(in_addr_t *)a->bytes = htonl(passive ? INADDR_ANY : INADDR_LOOPBACK);
    }
}

/* An IPv4 address as the IPv6 address ::ffff:a.b.c.d (AI_V4MAPPED). */
static void map_v4(struct host_addr *a)
{
    unsigned char v4[4];

    memcpy(v4, a->bytes, 4);
    memset(a->bytes, 0, 10);
    a->bytes[10] = a->bytes[11] = 0xff;
    memcpy(a->bytes + 12, v4, 4);
    a->family = AF_INET6;
}

/*
 * AF_INET6 with AI_V4MAPPED: a name's IPv4 addresses, mapped, when it has no IPv6 ones
 * (with AI_ALL, after its IPv6 ones).
 */
static int resolve_mapped(const char *node, int flags, struct host_result *r)
{
    struct host_result v4;
    int found6 = hosts_search(node, 0, AF_INET6, r);

    if (found6 && !(flags & AI_ALL))
        return 0;
    if (!hosts_search(node, 0, AF_INET, &v4))
        return found6 ? 0 : EAI_NONAME;
    if (!found6)
        snprintf(r->canon, sizeof r->canon, "%s", v4.canon);
    for (int i = 0; i < v4.count && r->count < MAX_ADDRS; i++) {
        r->addr[r->count] = v4.addr[i];
        map_v4(&r->addr[r->count++]);
    }
    return 0;
}

/* The addresses of node, or an EAI_ error. */
static int resolve_host(const char *node, int family, int flags, struct host_result *r)
{
    int mapped = family == AF_INET6 && (flags & AI_V4MAPPED);

    if (!node) {
        no_host(family, flags & AI_PASSIVE, r);
        return 0;
    }
    if (numeric_host(node, &r->addr[0])) {
        if (mapped && r->addr[0].family == AF_INET)
            map_v4(&r->addr[0]);
        if (family != AF_UNSPEC && family != r->addr[0].family)
            return EAI_ADDRFAMILY;
        r->count = 1;
        snprintf(r->canon, sizeof r->canon, "%s", node);
        return 0;
    }
    if (flags & AI_NUMERICHOST)
        return EAI_NONAME;
    if (mapped)
        return resolve_mapped(node, flags, r);
    return hosts_search(node, 0, family, r) ? 0 : EAI_NONAME;
}

static int resolve_service(const char *service, int flags, int socktype, in_port_t *port)
{
    char *end;
    unsigned long n;

    *port = 0;
    if (!service)
        return 0;
    n = strtoul(service, &end, 10);
    if (*service == '\0' || *end != '\0' || !isdigit((unsigned char)*service)) {
        struct servent *s = flags & AI_NUMERICSERV ? NULL : getservbyname(service, socktype == SOCK_DGRAM ? "udp" : socktype == SOCK_STREAM ? "tcp" : NULL);

        if (!s)
            return flags & AI_NUMERICSERV ? EAI_NONAME : EAI_SERVICE;
        *port = (in_port_t)s->s_port;
        return 0;
    }
    if (socktype == SOCK_RAW)
        return EAI_SERVICE;	/* raw sockets have no ports */
    *port = htons((in_port_t)n);
    return 0;
}

/* One result: the entry, its address and its canonical name in one allocation, as freeaddrinfo expects. */
static struct addrinfo *make_entry(const struct host_addr *a, in_port_t port, int socktype, int protocol, const char *canon)
{
    size_t clen = canon ? strlen(canon) + 1 : 0;
    struct addrinfo *ai = calloc(1, sizeof *ai + sizeof(struct sockaddr_in6) + clen);

    if (!ai)
        return 0;
    ai->ai_family = a->family;
    ai->ai_socktype = socktype;
    ai->ai_protocol = protocol;
    ai->ai_addr = (struct sockaddr *)(ai + 1);
    if (a->family == AF_INET) {
        struct sockaddr_in *sin = (struct sockaddr_in *)ai->ai_addr;
        sin->sin_family = AF_INET;
        sin->sin_port = port;
        memcpy(&sin->sin_addr, a->bytes, 4);
        ai->ai_addrlen = sizeof *sin;
    } else {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ai->ai_addr;
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = port;
        memcpy(&sin6->sin6_addr, a->bytes, 16);
        ai->ai_addrlen = sizeof *sin6;
    }
    if (canon)
        ai->ai_canonname = memcpy((char *)ai->ai_addr + sizeof(struct sockaddr_in6), canon, clen);
    return ai;
}

/* The socket types an address is offered for, with their protocols. */
static const struct {
    int socktype, protocol;
} socket_kinds[] = {
    { SOCK_STREAM, IPPROTO_TCP },
    { SOCK_DGRAM, IPPROTO_UDP },
    { SOCK_RAW, 0 },
};

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res)
{
    struct addrinfo none = { .ai_flags = AI_V4MAPPED | AI_ADDRCONFIG };
    const struct addrinfo *h = hints ? hints : &none;
    struct addrinfo *head = 0, **tail = &head;
    struct host_result r;
    in_port_t port;
    int err;

    if (h->ai_flags & ~ALL_AI_FLAGS || ((h->ai_flags & AI_CANONNAME) && !node))
        return EAI_BADFLAGS;
    if (!node && !service)
        return EAI_NONAME;
    if (h->ai_family != AF_UNSPEC && h->ai_family != AF_INET && h->ai_family != AF_INET6)
        return EAI_FAMILY;
    if (h->ai_socktype != 0 && h->ai_socktype != SOCK_STREAM && h->ai_socktype != SOCK_DGRAM && h->ai_socktype != SOCK_RAW)
        return EAI_SOCKTYPE;
    err = resolve_service(service, h->ai_flags, h->ai_socktype, &port);
    if (!err)
        err = resolve_host(node, h->ai_family, h->ai_flags, &r);
    if (err)
        return err;
    for (int i = 0; i < r.count; i++) {
        for (size_t k = 0; k < sizeof socket_kinds / sizeof socket_kinds[0]; k++) {
            if (h->ai_socktype && h->ai_socktype != socket_kinds[k].socktype)
                continue;
            if (h->ai_protocol && h->ai_protocol != socket_kinds[k].protocol)
                continue;
            *tail = make_entry(&r.addr[i], port, socket_kinds[k].socktype,
                               h->ai_protocol ? h->ai_protocol : socket_kinds[k].protocol,
                               !head && (h->ai_flags & AI_CANONNAME) ? r.canon : 0);
            if (!*tail) {
                freeaddrinfo(head);
                return EAI_MEMORY;
            }
            tail = &(*tail)->ai_next;
        }
    }
    if (!head)
        return EAI_SOCKTYPE;
    *res = head;
    return 0;
}

void freeaddrinfo(struct addrinfo *res)
{
    while (res) {
        struct addrinfo *next = res->ai_next;
        free(res);
        res = next;
    }
}

const char *gai_strerror(int errcode)
{
    switch (errcode) {
    case EAI_BADFLAGS: return "Bad value for ai_flags";
    case EAI_NONAME: return "Name or service not known";
    case EAI_AGAIN: return "Temporary failure in name resolution";
    case EAI_FAIL: return "Non-recoverable failure in name resolution";
    case EAI_NODATA: return "No address associated with hostname";
    case EAI_FAMILY: return "ai_family not supported";
    case EAI_SOCKTYPE: return "ai_socktype not supported";
    case EAI_SERVICE: return "Servname not supported for ai_socktype";
    case EAI_ADDRFAMILY: return "Address family for hostname not supported";
    case EAI_MEMORY: return "Memory allocation failure";
    case EAI_SYSTEM: return "System error";
    default: return "Unknown error";	/* EAI_OVERFLOW too: glibc's table lacks it */
    }
}

/* text into buf of len bytes, or EAI_OVERFLOW. */
static int put_text(char *buf, socklen_t len, const char *text)
{
    if (strlen(text) >= len)
        return EAI_OVERFLOW;
    strcpy(buf, text);
    return 0;
}

int getnameinfo(const struct sockaddr *sa, socklen_t salen, char *host, socklen_t hostlen, char *serv,
                socklen_t servlen, int flags)
{
    struct host_addr a = { 0 };
    struct host_result r;
    in_port_t port;
    char text[INET6_ADDRSTRLEN], num[8];
    int err;

    if (!sa || salen < sizeof(sa_family_t))
        return EAI_FAMILY;
    if (sa->sa_family == AF_INET && salen >= sizeof(struct sockaddr_in)) {
        memcpy(a.bytes, &((const struct sockaddr_in *)sa)->sin_addr, 4);
        port = ((const struct sockaddr_in *)sa)->sin_port;
    } else if (sa->sa_family == AF_INET6 && salen >= sizeof(struct sockaddr_in6)) {
        memcpy(a.bytes, &((const struct sockaddr_in6 *)sa)->sin6_addr, 16);
        port = ((const struct sockaddr_in6 *)sa)->sin6_port;
    } else {
        return EAI_FAMILY;
    }
    a.family = sa->sa_family;
    if (!(host && hostlen) && !(serv && servlen))
        return EAI_NONAME;
    if (host && hostlen) {
        if (!(flags & NI_NUMERICHOST) && hosts_search(0, &a, AF_UNSPEC, &r)) {
            err = put_text(host, hostlen, r.canon);
        } else if (flags & NI_NAMEREQD) {
            return EAI_NONAME;
        } else {
            inet_ntop(a.family, a.bytes, text, sizeof text);
            err = put_text(host, hostlen, text);
        }
        if (err)
            return err;
    }
    if (serv && servlen) {
        struct servent *s = flags & NI_NUMERICSERV ? NULL : getservbyport(port, flags & NI_DGRAM ? "udp" : "tcp");

        if (s)
            return put_text(serv, servlen, s->s_name);
        snprintf(num, sizeof num, "%u", ntohs(port));
        return put_text(serv, servlen, num);
    }
    return 0;
}

/*
 * Lays r's entry out in buf: the address and alias lists, the addresses, the name.
 * ERANGE when buf is too small.
 */
static int host_entry(const struct host_result *r, int family, struct hostent *ent, char *buf, size_t buflen)
{
    size_t len = (size_t)addr_len(family), name_len = strlen(r->canon) + 1;
    size_t skip = -(uintptr_t)buf & (sizeof(char *) - 1);
    size_t need = skip + (size_t)(r->count + 2) * sizeof(char *) + (size_t)r->count * len + name_len;
    char **list, **aliases, *bytes;

    if (need > buflen)
        return ERANGE;
    list = (char **)(buf + skip);
    aliases = list + r->count + 1;
    bytes = (char *)(aliases + 1);
    for (int i = 0; i < r->count; i++) {
        list[i] = bytes + (size_t)i * len;
        memcpy(list[i], r->addr[i].bytes, len);
    }
    list[r->count] = 0;
    aliases[0] = 0;
    memcpy(bytes + (size_t)r->count * len, r->canon, name_len);
    *ent = (struct hostent){ bytes + (size_t)r->count * len, aliases, family, (int)len, list };
    return 0;
}

/* The reentrant functions' ending: *result and *h_errnop set, the return value (an errno value or 0). */
static int host_answer(int status, int herr, struct hostent *ret, struct hostent **result, int *h_errnop)
{
    *result = 0;
    if (status != 0 || herr != NETDB_SUCCESS)
        *h_errnop = herr;
    else
        *result = ret;
    return status;
}

/* The entry, or ERANGE as NETDB_INTERNAL ("see errno"), as glibc. */
static int host_found(const struct host_result *r, int family, struct hostent *ret, char *buf, size_t buflen,
                      struct hostent **result, int *h_errnop)
{
    int status = host_entry(r, family, ret, buf, buflen);

    return host_answer(status, status != 0 ? NETDB_INTERNAL : NETDB_SUCCESS, ret, result, h_errnop);
}

int gethostbyname2_r(const char *name, int af, struct hostent *ret, char *buf, size_t buflen,
                     struct hostent **result, int *h_errnop)
{
    struct host_result r;
    struct host_addr a;

    /* glibc: no address of that family (NO_DATA), and errno's reason. */
    if (af != AF_INET && af != AF_INET6)
        return host_answer(EAFNOSUPPORT, NO_DATA, ret, result, h_errnop);
    if (numeric_host(name, &a)) {
        if (a.family != af)
            return host_answer(0, HOST_NOT_FOUND, ret, result, h_errnop);
        r.addr[0] = a;
        r.count = 1;
        snprintf(r.canon, sizeof r.canon, "%s", name);
    } else if (!hosts_search(name, 0, af, &r)) {
        return host_answer(0, HOST_NOT_FOUND, ret, result, h_errnop);
    }
    return host_found(&r, af, ret, buf, buflen, result, h_errnop);
}

int gethostbyname_r(const char *name, struct hostent *ret, char *buf, size_t buflen, struct hostent **result,
                    int *h_errnop)
{
    return gethostbyname2_r(name, AF_INET, ret, buf, buflen, result, h_errnop);
}

/* The /etc/hosts name of an address; the entry lists just that address, as glibc's. */
int gethostbyaddr_r(const void *addr, socklen_t len, int type, struct hostent *ret, char *buf, size_t buflen,
                    struct hostent **result, int *h_errnop)
{
    struct host_addr want = { type, { 0 } };
    struct host_result r;

    if ((type != AF_INET && type != AF_INET6) || len != (socklen_t)addr_len(type))
        return host_answer(EAFNOSUPPORT, NETDB_INTERNAL, ret, result, h_errnop);
    memcpy(want.bytes, addr, len);
    if (!hosts_search(0, &want, type, &r))
        return host_answer(0, HOST_NOT_FOUND, ret, result, h_errnop);
    r.addr[0] = want;
    r.count = 1;
    return host_found(&r, type, ret, buf, buflen, result, h_errnop);
}

/* gethostbyname's and gethostbyaddr's answer lives here until the next call, as glibc's. */
static struct hostent static_entry;
static char static_buffer[(MAX_ADDRS + 2) * sizeof(char *) + MAX_ADDRS * 16 + NI_MAXHOST] __attribute__((aligned(8)));

/* The classic functions' ending: the entry, or NULL with h_errno (and errno) set. */
static struct hostent *static_answer(int status, struct hostent *result, int herr)
{
    if (status != 0) {
        errno = status;
        h_errno = herr;
        return 0;
    }
    if (result == 0)
        h_errno = herr;
    return result;
}

struct hostent *gethostbyname2(const char *name, int af)
{
    struct hostent *result;
    int herr, status = gethostbyname2_r(name, af, &static_entry, static_buffer, sizeof static_buffer, &result, &herr);

    return static_answer(status, result, herr);
}

struct hostent *gethostbyname(const char *name)
{
    return gethostbyname2(name, AF_INET);
}

struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type)
{
    struct hostent *result;
    int herr, status = gethostbyaddr_r(addr, len, type, &static_entry, static_buffer, sizeof static_buffer, &result, &herr);

    return static_answer(status, result, herr);
}

const char *hstrerror(int err)
{
    switch (err) {
    case HOST_NOT_FOUND: return "Unknown host";
    case TRY_AGAIN: return "Host name lookup failure";
    case NO_RECOVERY: return "Unknown server error";
    case NO_DATA: return "No address associated with name";
    default: return "Unknown resolver error";
    }
}

void herror(const char *s)
{
    fprintf(stderr, "%s%s%s\n", s && *s ? s : "", s && *s ? ": " : "", hstrerror(h_errno));
}
