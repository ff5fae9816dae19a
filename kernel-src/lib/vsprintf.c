/*
 * vsprintf.c - printf-style formatting for printk and friends.
 *
 * Supported: %d %i %u %x %X %o %c %s %p %pS %ps %pF %pf %pB %%, the l/ll/z/h length modifiers,
 * a field width (or *), a precision for strings, and the flags '-' (left
 * justify), '0' (zero pad), '+', ' ' and '#'.
 */
#include <linux/kallsyms.h>
#include <linux/kernel.h>
#include <linux/string.h>

struct printf_buf {
	char *buf;
	size_t size;	/* capacity including the final NUL */
	size_t len;	/* characters produced so far (may exceed size) */
};

static void put_char(struct printf_buf *out, char c)
{
	if (out->len + 1 < out->size)
		out->buf[out->len] = c;
	out->len++;
}

/* n bytes at once: what fits is copied, all of it is counted. */
static void put_run(struct printf_buf *out, const char *s, size_t n)
{
	size_t room = out->len + 1 < out->size ? out->size - 1 - out->len : 0;

	memcpy(out->buf + out->len, s, n < room ? n : room);
	out->len += n;
}

static void put_padding(struct printf_buf *out, char c, int count)
{
	while (count-- > 0)
		put_char(out, c);
}

struct printf_spec {
	int left, zero, plus, space, alt;
	int width;
	int precision;	/* -1: none */
};

static void put_string(struct printf_buf *out, const char *s, struct printf_spec *spec)
{
	int len;

	if (!s)
		s = "(null)";
	len = (int)strnlen(s, spec->precision < 0 ? (size_t)-1 : (size_t)spec->precision);
	if (!spec->left)
		put_padding(out, ' ', spec->width - len);
	put_run(out, s, (size_t)len);
	if (spec->left)
		put_padding(out, ' ', spec->width - len);
}

static void put_number(struct printf_buf *out, unsigned long long num, int negative,
		       unsigned int base, int upper, struct printf_spec *spec)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	int n = 0, len;
	char sign = 0;
	const char *prefix = "";

	if (negative)
		sign = '-';
	else if (spec->plus)
		sign = '+';
	else if (spec->space)
		sign = ' ';
	if (spec->alt && base == 16 && num)
		prefix = upper ? "0X" : "0x";
	else if (spec->alt && base == 8 && num)
		prefix = "0";

	do {
		tmp[n++] = digits[num % base];
		num /= base;
	} while (num);

	len = n + (sign ? 1 : 0) + (int)strlen(prefix);
	if (!spec->left && !spec->zero)
		put_padding(out, ' ', spec->width - len);
	if (sign)
		put_char(out, sign);
	while (*prefix)
		put_char(out, *prefix++);
	if (!spec->left && spec->zero)
		put_padding(out, '0', spec->width - len);
	while (n)
		put_char(out, tmp[--n]);
	if (spec->left)
		put_padding(out, ' ', spec->width - len);
}

/* %pS/%pF/%pB: "name+0xoff/0xsize"; %ps/%pf: the bare name (Linux's pointer extensions). */
static void put_symbol(struct printf_buf *out, unsigned long address, char kind,
		       struct printf_spec *spec)
{
	char sym[KSYM_SYMBOL_LEN];

	if (kind == 's' || kind == 'f')
		sprint_symbol_no_offset(sym, address);
	else
		sprint_symbol(sym, address);
	put_string(out, sym, spec);
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct printf_buf out = { buf, size, 0 };

	for (; *fmt; fmt++) {
		struct printf_spec spec = { 0, 0, 0, 0, 0, 0, -1 };
		int lng = 0, is_signed = 0;
		unsigned int base = 10;
		unsigned long long num;

		if (*fmt != '%') {	/* a run of plain text, copied in one go */
			const char *run = fmt;

			while (fmt[1] && fmt[1] != '%')
				fmt++;
			put_run(&out, run, (size_t)(fmt - run + 1));
			continue;
		}
		for (;;) {
			fmt++;
			if (*fmt == '-') spec.left = 1;
			else if (*fmt == '0') spec.zero = 1;
			else if (*fmt == '+') spec.plus = 1;
			else if (*fmt == ' ') spec.space = 1;
			else if (*fmt == '#') spec.alt = 1;
			else break;
		}
		if (*fmt == '*') {
			spec.width = va_arg(args, int);
			if (spec.width < 0) {
				spec.left = 1;
				spec.width = -spec.width;
			}
			fmt++;
		}
		while (*fmt >= '0' && *fmt <= '9')
			spec.width = spec.width * 10 + (*fmt++ - '0');
		if (*fmt == '.') {
			fmt++;
			spec.precision = 0;
			if (*fmt == '*') {
				spec.precision = va_arg(args, int);
				fmt++;
			}
			while (*fmt >= '0' && *fmt <= '9')
				spec.precision = spec.precision * 10 + (*fmt++ - '0');
		}
		while (*fmt == 'l' || *fmt == 'z' || *fmt == 'h' || *fmt == 'L') {
			if (*fmt != 'h')
				lng++;
			fmt++;
		}

		switch (*fmt) {
		case 'c':
			put_padding(&out, ' ', spec.left ? 0 : spec.width - 1);
			put_char(&out, (char)va_arg(args, int));
			put_padding(&out, ' ', spec.left ? spec.width - 1 : 0);
			continue;
		case 's':
			put_string(&out, va_arg(args, const char *), &spec);
			continue;
		case 'p':
			if (fmt[1] == 'S' || fmt[1] == 's' || fmt[1] == 'F' || fmt[1] == 'f' || fmt[1] == 'B') {
				put_symbol(&out, (unsigned long)va_arg(args, void *), *++fmt, &spec);
				continue;
			}
			spec.zero = 1;
			if (!spec.width)
				spec.width = 16;
			put_number(&out, (unsigned long)va_arg(args, void *), 0, 16, 0, &spec);
			continue;
		case '%':
			put_char(&out, '%');
			continue;
		case 'd':
		case 'i':
			is_signed = 1;
			break;
		case 'u':
			break;
		case 'x':
			base = 16;
			break;
		case 'X':
			base = 16;
			break;
		case 'o':
			base = 8;
			break;
		default:
			/* Unknown conversion: print it as is. */
			put_char(&out, '%');
			if (!*fmt)
				goto done;
			put_char(&out, *fmt);
			continue;
		}

		if (lng)
			num = va_arg(args, unsigned long);
		else
			num = va_arg(args, unsigned int);
		if (is_signed) {
			long long v = lng ? (long long)(long)num : (long long)(int)num;
			put_number(&out, v < 0 ? -(unsigned long long)v : (unsigned long long)v,
				   v < 0, 10, 0, &spec);
		} else {
			put_number(&out, num, 0, base, *fmt == 'X', &spec);
		}
	}
done:
	if (size)
		buf[out.len < size ? out.len : size - 1] = '\0';
	return (int)out.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, (size_t)1 << 30, fmt, args);
	va_end(args);
	return n;
}

unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	unsigned long result = 0;

	if (!base) {
		base = 10;
		if (cp[0] == '0') {
			base = 8;
			if (cp[1] == 'x' || cp[1] == 'X') {
				base = 16;
				cp += 2;
			}
		}
	}
	for (;; cp++) {
		unsigned int d;

		if (*cp >= '0' && *cp <= '9')
			d = *cp - '0';
		else if (*cp >= 'a' && *cp <= 'f')
			d = *cp - 'a' + 10;
		else if (*cp >= 'A' && *cp <= 'F')
			d = *cp - 'A' + 10;
		else
			break;
		if (d >= base)
			break;
		result = result * base + d;
	}
	if (endp)
		*endp = (char *)cp;
	return result;
}

long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -(long)simple_strtoul(cp + 1, endp, base);
	return (long)simple_strtoul(cp, endp, base);
}
