int first;



int after_three_blank;









int after_nine_blank;
#define MULTI(a, b) a + b
int m = MULTI(1,
              2);
int next_line;
/* a comment
   spanning
   lines */ int after_comment;
#if 0
skipped
skipped
skipped
skipped
skipped
skipped
skipped
skipped
skipped
skipped
#endif
int after_skip = __LINE__;
int spliced = 1 + \
  2 + \
  3;
int line_after_splice = __LINE__;
#line 100
int at_100 = __LINE__;
#line 200 "renamed.c"
int at_200 = __LINE__; const char *f = __FILE__;
# 300 "gnu-marker.c"
int at_300 = __LINE__; const char *g = __FILE__;
int counter[] = { __COUNTER__, __COUNTER__, __COUNTER__ };
const char *base = __BASE_FILE__;
