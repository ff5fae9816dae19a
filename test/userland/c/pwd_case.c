/* The user and group databases (the host's /etc/passwd and /etc/group) against glibc. */
#include <pwd.h>
#include <grp.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>

int main(void)
{
    struct passwd *pw, entry, *result;
    struct group *gr, gentry, *gresult;
    char small[8], big[4096];
    int users = 0, groups = 0, r, i;

    pw = getpwuid(0);
    printf("uid 0: %s dir %s shell %s gid %u\n", pw->pw_name, pw->pw_dir, pw->pw_shell, pw->pw_gid);
    pw = getpwnam("root");
    printf("root: uid %u\n", pw->pw_uid);
    printf("unknown user: %s\n", getpwnam("no-such-user-here") == NULL ? "NULL" : "found");
    printf("unknown uid: %s\n", getpwuid(4000000000u) == NULL ? "NULL" : "found");
    gr = getgrgid(0);
    printf("gid 0: %s\n", gr->gr_name);
    for (i = 0; gr->gr_mem[i] != NULL; i++)
        ;
    printf("gid 0 members: %d\n", i);
    gr = getgrnam("root");
    printf("group root: gid %u\n", gr->gr_gid);

    r = getpwuid_r(0, &entry, small, sizeof(small), &result);
    printf("small buffer: %s, result %s\n", r == ERANGE ? "ERANGE" : "other", result == NULL ? "NULL" : "set");
    r = getpwnam_r("root", &entry, big, sizeof(big), &result);
    printf("getpwnam_r: %d %s %s\n", r, result == &entry ? "entry" : "?", entry.pw_name);
    r = getpwnam_r("no-such-user-here", &entry, big, sizeof(big), &result);
    printf("getpwnam_r missing: %d %s\n", r, result == NULL ? "NULL" : "set");
    r = getgrgid_r(0, &gentry, big, sizeof(big), &gresult);
    printf("getgrgid_r: %d %s\n", r, gresult != NULL ? gresult->gr_name : "NULL");

    setpwent();
    while ((pw = getpwent()) != NULL)
        users++;
    endpwent();
    setgrent();
    while ((gr = getgrent()) != NULL)
        groups++;
    endgrent();
    printf("entries: %d users, %d groups\n", users, groups);
    setpwent();
    pw = getpwent();
    printf("first user again: %s\n", pw != NULL ? pw->pw_name : "NULL");
    endpwent();
    return 0;
}
