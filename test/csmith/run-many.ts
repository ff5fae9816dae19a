/** The long csmith run: `npx tsx test/csmith/run-many.ts [first seed] [count]`; reports the streak. */
import { differential } from './differential.js';

const first = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 100);
let passed = 0;
let inconclusive = 0;
let streak = 0;
let streakBroken = false;
for (let seed = first; seed < first + count; seed++) {
  let ok: boolean;
  let detail = '';
  try {
    const r = await differential(seed);
    if (r.inconclusive) {
      inconclusive++;
      console.log(`seed ${seed}: skipped (gcc's build does not finish in time)`);
      continue;
    }
    ok = r.gcc === r.ours;
    if (!ok) detail = `gcc: ${r.gcc.trim()} | ours: ${r.ours.trim()}`;
  } catch (e) {
    ok = false;
    detail = (e as Error).message.split('\n').slice(0, 3).join(' / ');
  }
  if (ok) passed++;
  if (ok && !streakBroken) streak++;
  if (!ok) streakBroken = true;
  console.log(`seed ${seed}: ${ok ? 'ok' : `FAIL ${detail}`}`);
}
console.log(`${passed} passed, ${count - passed - inconclusive} failed, ${inconclusive} skipped; ${streak} seeds in a row from ${first}`);
