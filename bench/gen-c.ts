/**
 * Generates a large, ordinary C file for compile-throughput benchmarks: functions with
 * locals, loops, a switch, structs, pointers and calls — the shape of real code, no
 * headers needed. Deterministic for a given size.
 */
export function generateC(targetLines: number): string {
  const out: string[] = [
    'struct point { int x; int y; long weight; };',
    'struct list { struct list *next; struct point p; };',
    'int printf(const char *fmt, ...);',
    'static int table[64];',
    '',
  ];
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let f = 0;
  while (out.length < targetLines) {
    const prev = f > 0 ? `f${f - 1}` : '';
    out.push(
      `static long f${f}(struct list *l, int n, const char *s)`,
      '{',
      '  long acc = 0;',
      '  int i, j;',
      '  struct point tmp;',
      `  tmp.x = n * ${rand(100)}; tmp.y = n - ${rand(50)}; tmp.weight = tmp.x + tmp.y;`,
      '  for (i = 0; i < n; i++) {',
      `    switch ((i + ${rand(7)}) % 6) {`,
      '    case 0: acc += i * 3; break;',
      `    case 1: acc -= table[i & 63] + ${rand(1000)}; break;`,
      '    case 2: acc ^= (long)i << 3; break;',
      '    case 3: if (s && s[i & 7]) acc += s[i & 7]; break;',
      '    case 4: table[(i * 7) & 63] = (int)acc; break;',
      '    default: acc = acc * 31 + tmp.weight; break;',
      '    }',
      '  }',
      '  for (j = 0; l && j < 4; j++, l = l->next)',
      '    acc += l->p.x * l->p.y + l->p.weight;',
      `  if (acc > ${rand(100000)}) acc = acc / 3 + tmp.x;`,
      prev ? `  return acc + (n > 0 ? ${prev}(l, n - 1, s) : 0);` : '  return acc;',
      '}',
      '',
    );
    f++;
  }
  out.push(
    'int main(void)',
    '{',
    '  struct list a, b;',
    '  a.next = &b; b.next = 0;',
    '  a.p.x = 1; a.p.y = 2; a.p.weight = 3;',
    '  b.p.x = 4; b.p.y = 5; b.p.weight = 6;',
    `  printf("%ld\\n", f${f - 1}(&a, 3, "abcdefgh"));`,
    '  return 0;',
    '}',
  );
  return out.join('\n') + '\n';
}
