/** Which files of a folder the Terraform reader takes as siblings (hosts list them; the core reads no files). */

/** Other `.tf` files (variables, locals, resources of the same module) and the tfvars Terraform loads by itself. */
export function isTerraformSibling(name: string): boolean {
  return /\.tf(\.json)?$/i.test(name) || /^terraform\.tfvars(\.json)?$/i.test(name) || /\.auto\.tfvars(\.json)?$/i.test(name);
}
