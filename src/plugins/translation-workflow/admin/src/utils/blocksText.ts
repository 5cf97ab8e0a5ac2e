/** A node of Strapi's blocks JSON, as far as its text goes. */
interface BlockNode {
  type?: string;
  text?: string;
  children?: BlockNode[];
}

const textOf = (node: BlockNode): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''));

/**
 * The plain text of a blocks field, one string per paragraph: a paragraph, heading, quote, code
 * block or list item makes one (lists are read item by item, nested ones too); images and empty
 * blocks make none. Marks and links are dropped: what a translator compares is the wording.
 */
export function blocksToParagraphs(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return [];
  return (blocks as BlockNode[])
    .flatMap((block) => (block.type === 'list' ? blocksToParagraphs(block.children) : [textOf(block)]))
    .filter((paragraph) => paragraph.trim() !== '');
}
