# This is a GNU as comment, it's dropped
#include <linkage.h>
	# an indented comment
ENTRY(f)	# trailing comment
	movl	$1, %eax	# don't care
	// a C++ comment
	/* a C comment */ ret
# 42 "renamed.S"
	nop
#define X 5
	movl $X, %eax
END(f)
