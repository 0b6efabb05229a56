// Hostile values the fuzzer mixes into every field, parameter and query: injection strings, unicode edge cases, NUL
// bytes, oversized text, numbers that do not fit, values of the wrong type.
import fc from 'fast-check'

/** The marker of injected markup: a page that shows it unescaped would run it. */
export const SCRIPT_MARKERS = ['<script>fz(1)</script>', '<img src=x onerror=fz(2)>', '<svg onload=fz(3)>']

export const hostileStrings: string[] = [
  "' or 1=1 --",
  "'; drop table access.users; --",
  '" or ""="',
  "1'); select pg_sleep(0); --",
  '%',
  '_%_',
  '\\',
  `"><${SCRIPT_MARKERS[1]!.slice(1)}`,
  SCRIPT_MARKERS[0]!,
  `'">${SCRIPT_MARKERS[2]}`,
  'javascript:alert(1)',
  `{{7*7}}${'$'}{7*7}`,
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil\u202c',
  'e\u0301\u0301\u0301\u0301',
  '👩🏽‍🚀🇶🇨',
  '\u200b\u200d\ufeff',
  '\r\n\t',
  ' ',
  '',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '1e309',
  '-1e309',
  '-0',
  'NaN',
  'Infinity',
  '99999999999999999999999999',
  '-9223372036854775809',
  '0x7fffffff',
  '2019-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6f1c1a5e-0000-4000-8000-00000000000g',
  'true',
  'null',
  '[]',
  '{}',
  '__proto__',
  'constructor',
]

/** A string of 100 kB (and a smaller long one), to reach limits on length. */
export const oversized = fc.constantFrom('a'.repeat(100_000), 'é'.repeat(5_000), `${'x'.repeat(300)}@example.com`)

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: oversized },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
)

export const hostileNumber: fc.Arbitrary<number> = fc.constantFrom(
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e308,
  -1e308,
  -0,
  0.5,
  -1,
  2 ** 31,
  Number.MIN_VALUE,
)

/** Any value of a type a field may not expect: a hostile string or number, null, a boolean, an array, an object. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [1, 'a'], { $gt: '' }) },
)

/** A path parameter that names nothing or tries to leave its route. */
export const hostileParam: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.uuid() },
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom('..', '.', '%2e%2e', '....//', 'a/b', '%', '%zz') },
)
