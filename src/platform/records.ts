/**
 * The fields whose new value differs from the stored one: a replacement that changes nothing writes nothing, and an
 * audit event lists only what changed (field names, never values: no personal data in the journal).
 */
export function changedFields(keys: readonly string[], next: object, current: object): string[] {
  const a = next as Record<string, unknown>
  const b = current as Record<string, unknown>
  return keys.filter((k) => (a[k] ?? null) !== (b[k] ?? null))
}
