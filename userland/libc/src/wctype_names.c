/*
 * wctype/iswctype and wctrans/towctrans: the classes and mappings of
 * <wctype.h> looked up by name ("alpha", "toupper"...). A class descriptor
 * is the table index plus one and a mapping descriptor points into
 * mapping_ids, so 0 (or NULL) stays "no such name", as POSIX wants.
 */
#include <wctype.h>
#include <string.h>

static const struct wide_class {
    const char *name;
    int (*test)(wint_t c);
} wide_classes[] = {
    { "alnum", iswalnum }, { "alpha", iswalpha }, { "blank", iswblank }, { "cntrl", iswcntrl },
    { "digit", iswdigit }, { "graph", iswgraph }, { "lower", iswlower }, { "print", iswprint },
    { "punct", iswpunct }, { "space", iswspace }, { "upper", iswupper }, { "xdigit", iswxdigit },
};

static const struct wide_mapping {
    const char *name;
    wint_t (*map)(wint_t c);
} wide_mappings[] = {
    { "tolower", towlower }, { "toupper", towupper },
};
static const int mapping_ids[sizeof wide_mappings / sizeof wide_mappings[0]];

wctype_t wctype(const char *name)
{
    size_t i;

    for (i = 0; i < sizeof wide_classes / sizeof wide_classes[0]; i++)
        if (strcmp(wide_classes[i].name, name) == 0)
            return i + 1;
    return 0;
}

int iswctype(wint_t c, wctype_t desc)
{
    if (desc == 0 || desc > sizeof wide_classes / sizeof wide_classes[0])
        return 0;
    /* 0 or 1, as glibc (the class functions return ctype bits for ASCII). */
    return wide_classes[desc - 1].test(c) != 0;
}

wctrans_t wctrans(const char *name)
{
    size_t i;

    for (i = 0; i < sizeof wide_mappings / sizeof wide_mappings[0]; i++)
        if (strcmp(wide_mappings[i].name, name) == 0)
            return &mapping_ids[i];
    return NULL;
}

wint_t towctrans(wint_t c, wctrans_t desc)
{
    if (desc == NULL)
        return c;
    return wide_mappings[desc - mapping_ids].map(c);
}
