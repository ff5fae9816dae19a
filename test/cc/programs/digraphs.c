/* The six digraphs (C99 6.4.6p3) behave as the tokens they stand for, and `#` keeps their spelling. */
#include <stdio.h>
#include <string.h>

%:define PASTE(a, b) a %:%: b
%:define SPELL(x) %:x

struct point <% int x, y; %>;

int main(void)
<%
	int table<:3:> = <% 1, 2, 3 %>;
	struct point p = <% .x = 4, .y = 5 %>;
	int PASTE(tot, al) = table<:2:> + p.y;
	int fields<: 2 :>;

	fields<:0:> = p.x;
	fields<:1:> = 0 ? 1 :2;	/* a conditional's ':' followed by a digit, not ':>' */
	printf("%d %d %d\n", total, fields<:0:>, fields<:1:>);
	printf("%s %d\n", SPELL(<::><%%>%:%:), (int)strlen(SPELL(<:)));
	return 0;
%>
