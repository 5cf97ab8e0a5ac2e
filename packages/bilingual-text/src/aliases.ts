/** Aliases are edited as one spelling per line; commas and semicolons also separate them. */
export function parseAliases(aliases: string | null | undefined): string[] {
  if (!aliases) return [];
  return aliases
    .split(/[\n;,،]/)
    .map((alias) => alias.trim())
    .filter(Boolean);
}
