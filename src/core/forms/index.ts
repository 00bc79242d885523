/**
 * The registered forms, in the order they are tried on a file: the first that accepts and reads
 * it wins. Adding a form is one folder (src/core/forms/<form>/, see README.md) and one line here.
 */
import type { FormKind } from '../model';
import { cdkForm } from './cdk';
import { cloudFormationForm } from './cloudformation';
import type { Form } from './form';
import { shellForm } from './shell';
import { terraformForm } from './terraform';

export type { Form, FormDiagramOptions, FormHover, FormHoverOptions, ReadContext } from './form';

let registered: Form[] | undefined;
/** Forms added at run time (registerForm) before the list was first asked for. */
const added: Form[] = [];

/**
 * Every form. The list is made on first use, not at module load, so a form's own modules may
 * import the shared centre (names, fixes) that imports this list without a half-loaded form in it.
 */
export function forms(): readonly Form[] {
  registered ??= dedupe([
    cloudFormationForm,
    cdkForm,
    shellForm,
    terraformForm,
    ...added,
  ]);
  return registered;
}

/** The form of a kind. */
export function formOf(kind: FormKind): Form | undefined {
  return forms().find((f) => f.kind === kind);
}

/** Adds a form after the registered ones (a form outside this list, e.g. readers.ts's registerReader); one per kind. */
export function registerForm(form: Form): void {
  if (registered) registered = dedupe([...registered, form]);
  else added.push(form);
}

function dedupe(list: Form[]): Form[] {
  return list.filter((f, i) => list.findIndex((g) => g.kind === f.kind) === i);
}
