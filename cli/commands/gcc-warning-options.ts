/**
 * Every warning option gcc 12 knows, for any language, so that the driver answers as gcc
 * does: an option gcc has (implemented by tcc-lite or not, or one of another language's,
 * which gcc only warns about) is accepted; one it does not have is an error, `-Wbogus` →
 * "unrecognized command-line option". Configure scripts probe flags this way: libsodium's
 * asked for clang's -Wshorten-64-to-32 and must be told no, as by gcc.
 *
 * The names are without "-W"; one that takes a value ends with "=" (`format=` for
 * -Wformat=2), or with "-" for the old spelling `-Wlarger-than-N`. Regenerate
 * (test/cli/warning-options.test.ts compares with the gcc here):
 *   gcc -Q --help=warnings | grep '^  -W' | awk '{print $1}' | sed 's/^-W//; s/[<[].*$//; s/=.*$/=/' | sort -u
 */
const NAMES = `
  NSObject-attribute abi abi-tag abi= absolute-value address address-of-packed-member
  aggregate-return aggressive-loop-optimizations aliasing align-commons aligned-new= all
  alloc-size-larger-than= alloc-zero alloca alloca-larger-than= ampersand analyzer-double-fclose
  analyzer-double-free analyzer-exposure-through-output-file analyzer-file-leak
  analyzer-free-of-non-heap analyzer-malloc-leak analyzer-mismatching-deallocation
  analyzer-null-argument analyzer-null-dereference analyzer-possible-null-argument
  analyzer-possible-null-dereference analyzer-shift-count-negative analyzer-shift-count-overflow
  analyzer-stale-setjmp-buffer analyzer-tainted-allocation-size analyzer-tainted-array-index
  analyzer-tainted-divisor analyzer-tainted-offset analyzer-tainted-size analyzer-too-complex
  analyzer-unsafe-call-within-signal-handler analyzer-use-after-free
  analyzer-use-of-pointer-in-stale-stack-frame analyzer-use-of-uninitialized-value
  analyzer-write-to-const analyzer-write-to-string-literal arith-conversion array-bounds
  array-bounds= array-compare array-parameter array-parameter= array-temporaries
  assign-intercept attribute-alias attribute-alias= attribute-warning attributes
  bad-function-cast bidi-chars bidi-chars= bool-compare bool-operation
  builtin-declaration-mismatch builtin-macro-redefined c++-compat c++0x-compat c++11-compat
  c++11-extensions c++14-compat c++14-extensions c++17-compat c++17-extensions c++1z-compat
  c++20-compat c++20-extensions c++23-extensions c++2a-compat c-binding-type c11-c2x-compat
  c90-c99-compat c99-c11-compat cannot-profile cast-align cast-align= cast-function-type
  cast-qual cast-result catch-value catch-value= char-subscripts character-truncation chkp
  class-conversion class-memaccess clobbered comma-subscript comment comments compare-reals
  conditionally-supported conversion conversion-extra conversion-null
  coverage-invalid-line-number coverage-mismatch cpp ctad-maybe-unsupported ctor-dtor-privacy
  dangling-else dangling-pointer dangling-pointer= date-time declaration-after-statement
  delete-incomplete delete-non-virtual-dtor deprecated deprecated-copy deprecated-copy-dtor
  deprecated-declarations deprecated-enum-enum-conversion deprecated-enum-float-conversion
  designated-init disabled-optimization discarded-array-qualifiers discarded-qualifiers
  div-by-zero do-subscript double-promotion duplicate-decl-specifier duplicated-branches
  duplicated-cond effc++ empty-body endif-labels enum-compare enum-conversion
  error-implicit-function-declaration exceptions expansion-to-defined extra extra-semi
  float-conversion float-equal format format-contains-nul format-diag format-extra-args
  format-nonliteral format-overflow format-overflow= format-security format-signedness
  format-truncation format-truncation= format-y2k format-zero-length format= frame-address
  frame-larger-than= free-nonheap-object function-elimination hsa if-not-aligned
  ignored-attributes ignored-qualifiers implicit implicit-fallthrough implicit-fallthrough=
  implicit-function-declaration implicit-int implicit-interface implicit-procedure
  inaccessible-base incompatible-pointer-types infinite-recursion inherited-variadic-ctor
  init-list-lifetime init-self inline int-conversion int-in-bool-context int-to-pointer-cast
  integer-division interference-size intrinsic-shadow intrinsics-std invalid-imported-macros
  invalid-memory-model invalid-offsetof invalid-pch jump-misses-init larger-than- larger-than=
  line-truncation literal-suffix logical-not-parentheses logical-op long-long lto-type-mismatch
  main maybe-uninitialized memset-elt-size memset-transposed-args misleading-indentation
  mismatched-dealloc mismatched-new-delete mismatched-tags missing-attributes missing-braces
  missing-declarations missing-field-initializers missing-format-attribute missing-include-dirs
  missing-noreturn missing-parameter-type missing-profile missing-prototypes missing-requires
  missing-template-keyword multichar multiple-inheritance multistatement-macros namespaces
  narrowing nested-externs no-alloc-size-larger-than no-alloca-larger-than no-frame-larger-than
  no-larger-than no-stack-usage no-vla-larger-than noexcept noexcept-type non-template-friend
  non-virtual-dtor nonnull nonnull-compare normalized normalized= null-dereference
  objc-root-class odr old-style-cast old-style-declaration old-style-definition
  openacc-parallelism openmp-simd overflow overlength-strings overloaded-virtual override-init
  override-init-side-effects overwrite-recursive packed packed-bitfield-compat
  packed-not-aligned padded parentheses pedantic pessimizing-move placement-new placement-new=
  pmf-conversions pointer-arith pointer-compare pointer-sign pointer-to-int-cast pragmas
  prio-ctor-dtor property-assign-default protocol psabi range-loop-construct real-q-constant
  realloc-lhs realloc-lhs-all redundant-decls redundant-move redundant-tags register reorder
  restrict return-local-addr return-type scalar-storage-order selector sequence-point shadow
  shadow-compatible-local shadow-ivar shadow-local shadow= shift-count-negative
  shift-count-overflow shift-negative-value shift-overflow shift-overflow= sign-compare
  sign-conversion sign-promo sized-deallocation sizeof-array-argument sizeof-array-div
  sizeof-pointer-div sizeof-pointer-memaccess stack-protector stack-usage= strict-aliasing
  strict-aliasing= strict-null-sentinel strict-overflow strict-overflow= strict-prototypes
  strict-selector-match string-compare stringop-overflow stringop-overflow= stringop-overread
  stringop-truncation subobject-linkage suggest-attribute= suggest-final-methods
  suggest-final-types suggest-override surprising switch switch-bool switch-default switch-enum
  switch-outside-range switch-unreachable sync-nand synth system-headers tabs target-lifetime
  tautological-compare templates terminate traditional traditional-conversion trampolines
  trigraphs trivial-auto-var-init tsan type-limits undeclared-selector undef undefined-do-loop
  underflow uninitialized unknown-pragmas unreachable-code unsafe-loop-optimizations
  unsuffixed-float-constants unused unused-but-set-parameter unused-but-set-variable
  unused-const-variable unused-const-variable= unused-dummy-argument unused-function
  unused-label unused-local-typedefs unused-macros unused-parameter unused-result unused-value
  unused-variable use-after-free use-after-free= use-without-only useless-cast varargs
  variadic-macros vector-operation-performance vexing-parse virtual-inheritance
  virtual-move-assign vla vla-larger-than= vla-parameter volatile volatile-register-var
  write-strings zero-as-null-pointer-constant zero-length-bounds zerotrip
`;

const GCC_WARNING_OPTIONS: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n !== ''));

/** gcc's error for a -W option (not -Wa, -Wl, -Wp, handled before) it would refuse, or undefined. */
export function unknownWarningOption(flag: string): string | undefined {
  // -Wno-NAME of any name is accepted silently (gcc says something only beside other diagnostics).
  if (flag.startsWith('-Wno-') && !flag.startsWith('-Wno-error=')) return undefined;
  const error = /^-W(?:no-)?error=(.*)$/.exec(flag);
  if (error !== null) return knows(error[1]) ? undefined : `'${flag}': no option '-W${error[1]}'`;
  if (flag === '-W' || flag === '-Werror' || flag === '-Wfatal-errors' || knows(flag.slice(2))) return undefined;
  return `unrecognized command-line option '${flag}'`;
}

function knows(name: string): boolean {
  const eq = name.indexOf('=');
  if (GCC_WARNING_OPTIONS.has(eq < 0 ? name : name.slice(0, eq + 1))) return true;
  const number = /^(.*-)\d+$/.exec(name);
  return number !== null && GCC_WARNING_OPTIONS.has(number[1]);
}

/** The names, for the test that compares them with gcc's. */
export function gccWarningOptionNames(): readonly string[] {
  return [...GCC_WARNING_OPTIONS];
}
