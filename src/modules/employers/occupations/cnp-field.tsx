import { Field, type FieldProps } from '../../../platform/views/fields.js'

/**
 * The CNP 2021 picker of a form (labour need: one code; candidate profile: several, comma-separated). Placeholder
 * until the occupations feature lands its picker: a plain text field for the 5-digit code(s).
 */
export function CnpField(p: Omit<FieldProps, 'type' | 'autocomplete'> & { multiple?: boolean }) {
  const { multiple: _multiple, ...field } = p
  return <Field {...field} />
}
