/* A statement indented as if an unbraced if, else, for or while guarded it (-Wmisleading-indentation, in -Wall). */
void a(void);
void b(void);
int x, y, i;

/* Apple's "goto fail" */
int verify(int err) {
  if (err)
    goto fail;
    goto fail;
  return 0;
fail:
  return err;
}

void warned(void) {
  if (x)
    a();
    b();
  while (x--)
    a();
    b();
  for (i = 0; i < 3; i++)
    a();
    b();
  if (x)
    a();
  else
    a();
    b();
  if (x) a(); b();
  if (x)
    a(); b();
  if (x);
    a();
  while (x);
  {
    a();
  }
	if (x)
		a();
	 	b();
  if (x)
    /* nothing */;
    a();
}

void not_warned(void) {
  if (x)
    a();
  b();
  if (x)
  a();
  b();
  if (x) {
    a();
  }
    b();
  if (x)
    a();
  else
    b();
  x++; if (x) a(); b();
  if (x)
    a();
#if 1
    b();
#endif
  for (;;);
  a();
  if (x)
    a();
  }
void tail(void) {
}

/* From one macro expansion: guard, body and next statement are all at the call (no warning, as gcc). */
#define GET_OR_FAIL(c) if (n > 100) return 1; c = n;
int from_macro(int n)
{
    int k;
    GET_OR_FAIL(k); n++;
    return k + n;
}
