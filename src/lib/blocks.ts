/** Strapi blocks (the rich-text editor's JSON) as plain text, one line per block. */
type Node = { type?: string; text?: string; children?: Node[] };

export function blocksToText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return typeof blocks === 'string' ? blocks : '';
  const textOf = (node: Node): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''));
  return (blocks as Node[]).map(textOf).join('\n');
}
