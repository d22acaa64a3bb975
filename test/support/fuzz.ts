// A seeded generator of postMessage payloads for the fuzz tests: well-formed Yoti events and
// hostile ones (prototype-pollution keys, huge strings, wrong types, near-miss event types).

/** mulberry32: a small, fast, seeded PRNG, so a failing run can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Generated {
  message: unknown;
  /** Whether the element should map it to a yoti-event (a well-formed, non-outcome event). */
  mapsToEvent: boolean;
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const HOSTILE: ReadonlyArray<(next: () => number) => unknown> = [
  () => null,
  () => undefined,
  (next) => Math.floor(next() * 1e9),
  () => 'SUCCESS',
  () => ['SUCCESS'],
  () => ({}),
  () => ({ eventType: 42 }),
  () => ({ eventType: null }),
  () => ({ eventType: 'success' }),
  () => ({ eventType: ' SUCCESS' }),
  () => ({ eventType: 'SUCCESS\u0000' }),
  () => ({ eventType: '<script>alert(1)</script>' }),
  () => ({ eventType: 'X'.repeat(65) }),
  () => ({ eventType: 'ERROR' }),
  () => ({ eventType: 'ERROR', eventCode: 'abc' }),
  () => ({ eventType: 'ERROR', eventCode: 1.5 }),
  () => ({ eventType: 'ERROR', eventCode: -3 }),
  () => ({ eventType: 'ERROR', eventCode: { valueOf: 1000 } }),
  () => ({ eventType: 'INIT_SESSION', sessionID: 'x', sessionToken: 'y' }),
  () => ({ eventType: 'BIG', blob: 'x'.repeat(20_000) }),
  () => JSON.parse('{"__proto__": {"polluted": true}, "eventType": 7}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  () => new Date(),
  () => new Uint8Array(16),
  () => new Map([['eventType', 'SUCCESS']]),
];

/** A well-formed event that is not an outcome: it maps to yoti-event and leaves the flow running. */
const OTHER_EVENTS = ['DOCUMENT_SELECTED', 'CAPTURE_STARTED', 'STEP_CHANGED', 'A1', 'LIVENESS_PROGRESS'];

export function generate(count: number, seed: number, { outcomes }: { outcomes: boolean }): Generated[] {
  const next = random(seed);
  const list: Generated[] = [];
  for (let i = 0; i < count; i += 1) {
    const roll = next();
    if (roll < 0.5) {
      list.push({ message: pick(next, HOSTILE)(next), mapsToEvent: false });
    } else if (roll < 0.8 || !outcomes) {
      const data = { eventType: pick(next, OTHER_EVENTS), step: Math.floor(next() * 10), note: 'ok' };
      list.push({ message: data, mapsToEvent: true });
    } else {
      const outcome = pick(next, [
        { eventType: 'SUCCESS' },
        { eventType: 'ERROR', eventCode: 1000 },
        { eventType: 'ERROR', eventCode: '4000' },
        { eventType: 'STARTED' },
      ]);
      list.push({ message: outcome, mapsToEvent: false });
    }
  }
  return list;
}
