/*
 * Pragmas gcc does not know (-Wunknown-pragmas, in -Wall): reported at the line, without a
 * column, as the parser reaches them; and #pragma message's note, which -w does not silence.
 */
#pragma region helpers
#pragma pack(push, 4)
struct packed { char c; int i; };
#pragma pack(pop)
#pragma GCC visibility push(default)
#pragma GCC visibility pop
#pragma GCC diagnostic push
#pragma GCC diagnostic pop
#pragma GCC optimize("O0")
#pragma GCC frobnicate
#pragma STDC FP_CONTRACT ON
#pragma STDC FENV_ACCESS OFF
#pragma message "building the helpers"
#pragma message ("with " "parentheses")
#pragma weak helper
#pragma redefine_extname old_name new_name
#pragma endregion
#pragma ms_struct on
#define LOOP_HINT _Pragma("loop_hint always")

int helper(int n);

int sum(int n) {
  int s = 0;
#pragma omp parallel for reduction(+:s)
  for (int i = 0; i < n; i++) {
    LOOP_HINT
    s += i;
#pragma unroll
  }
  {
#pragma inner block
    s++;
  }
#pragma message "in sum"
  return s;
#pragma at_the_end
}

#pragma
#pragma 42 is a number
#pragma "a string"
int last;
