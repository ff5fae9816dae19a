/*
 * Symbol visibility (pic.test.ts): from attributes, #pragma GCC visibility (which also
 * marks extern declarations) and -fvisibility= (which marks only definitions).
 */
#pragma GCC visibility push(hidden)
int hidden_data = 1;
extern int hidden_extern;
extern int hidden_extern_unused;
int hidden_function(void) { return hidden_data + hidden_extern; }
void hidden_declared(void);
#pragma GCC visibility push(protected)
int protected_data = 3;
#pragma GCC visibility pop
#pragma GCC visibility pop

int plain_data = 2;
extern int plain_extern;
__attribute__((visibility("default"))) int explicitly_default = 4;
__attribute__((visibility("internal"))) int explicitly_internal = 5;
static int file_data = 5;

int *plain_extern_address(void) { hidden_declared(); return &plain_extern; }
int *plain_data_address(void) { return &plain_data; }
int *file_data_address(void) { return &file_data; }
int *internal_address(void) { return &explicitly_internal; }
int alias_target(void) { return 1; }
int alias(void) __attribute__((alias("alias_target")));
