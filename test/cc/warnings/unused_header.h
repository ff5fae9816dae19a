/* Included by unused.c: gcc -Wall warns of an unused static const only in the main file. */
static const int unused_const_in_header = 1;
static int unused_variable_in_header;
