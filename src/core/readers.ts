/**
 * The reader registry as it was before src/core/forms: a Reader is a form with only `kind`,
 * `accepts` and `read`. Kept for readers written against it; a new form implements
 * src/core/forms/form.ts and is listed in src/core/forms/index.ts instead.
 */
import { forms, registerForm, type Form } from './forms';

export type Reader = Pick<Form, 'kind' | 'accepts' | 'read'> & Partial<Form>;

/** Adds a reader as a form (after the registered ones), with `#` comments unless it says otherwise. */
export function registerReader(r: Reader): void {
  registerForm({ title: r.kind, comment: '#', ...r });
}

/** Every form, as readers. */
export function allReaders(): readonly Reader[] {
  return forms();
}
