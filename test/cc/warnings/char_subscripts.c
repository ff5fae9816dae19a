/* A plain char as an array index may be negative (gcc -Wall's -Wchar-subscripts). */
int count[256];
int letter(char c) { return count[c]; }
int through_pointer(const char *s) { return count[*s]; }
int counted(char c) { count[c]++; return 0; }
int cast_first(char c) { return count[(unsigned char)c]; }
int signed_char(signed char c) { return count[c + 128]; }
int unsigned_char(unsigned char c) { return count[c]; }
int index_first(char c) { return c[count]; }
int pointer_base(char *s, char c) { return s[c]; }
