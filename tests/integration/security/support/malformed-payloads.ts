import fc from 'fast-check';

/**
 * Payloads a hostile or buggy renderer could send. Values are those Electron's structured clone
 * can carry (BigInt, Date, Map, Set, typed arrays, null-prototype objects, sparse arrays, cycles)
 * as well as everything JSON can (the browser preview).
 */

const HUGE = 'x'.repeat(1_000_000);
/** A megabyte-long key: a refusal may name only a short prefix of it. */
export const HUGE_KEY = 'k'.repeat(1_000_000);
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

const nastyLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, -1, 0, 1e308),
  fc.constantFrom(HUGE, HUGE.slice(0, 100_001), '', ' ', '\0', '\u202e', '../../../etc/passwd', "'; DROP TABLE incident; --", 'x\u0000y'),
  fc.constantFrom(null, undefined, true, false),
  // Dates and times at and past the ends of the calendar, and in forms that sort wrongly as text.
  fc.constantFrom('9999-12-31', '0000-01-01', '2101-01-01', '1899-12-31', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '2026-11-24T10:00:05+0100', '2026-11-24T10:00:05.5'),
  // Passphrases long enough to pass the length rule, with a control character or half a surrogate pair.
  fc.constantFrom('correct horse\0battery staple', 'correct horse\tbattery staple', 'correct horse battery staple\n', 'correct horse \ud83dbattery'),
  fc.bigInt(),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.date({ noInvalidDate: false }),
  fc.constant(new Map([['title', 'x']])),
  fc.constant(new Set(['x'])),
  fc.constant(new Uint8Array([1, 2, 3])),
  fc.constant(Object.create(null) as object),
);

/** An object whose own keys include prototype names, as JSON.parse would produce them. */
const prototypeKeys: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...PROTO_KEYS), nastyLeaf)
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value === undefined ? null : value, jsonSafe)}}`) as unknown);

const deepNesting: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean()).map(([depth, asArray]) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
});

const cyclic: fc.Arbitrary<unknown> = fc.constant(null).map(() => {
  const value: Record<string, unknown> = { title: 'loop' };
  value['self'] = value;
  return value;
});

const anything: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withSparseArray: true,
  withBoxedValues: true,
});

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(nastyLeaf, prototypeKeys, deepNesting, cyclic, anything);

/** A valid-looking payload spoiled one way: a field replaced, an extra key, a key dropped, or wrapped. */
export function spoiled(example: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(example);
  const replaceField =
    keys.length > 0
      ? fc.tuple(fc.constantFrom(...keys), nastyValue).map(([key, value]) => ({ ...example, [key]: value }))
      : fc.constant(example);
  const extraKey = fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS, 'sneaky', '', HUGE_KEY), fc.string()), nastyValue).map(([key, value]) => {
    const copy: Record<string, unknown> = { ...example };
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
  const dropKey =
    keys.length > 0
      ? fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(example).filter(([k]) => k !== key)))
      : fc.constant(undefined);
  const wrapped = fc.constantFrom([example], { payload: example }, JSON.stringify(example));
  return fc.oneof(replaceField, extraKey, dropKey, wrapped, nastyValue);
}

function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}
