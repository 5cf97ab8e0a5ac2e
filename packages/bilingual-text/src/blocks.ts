/** Strapi blocks: the rich-text editor's JSON. */
type Node = {
  type?: string;
  text?: string;
  children?: Node[];
  level?: number;
  format?: 'ordered' | 'unordered';
  url?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};

const textOf = (node: Node): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''));

/** The blocks as plain text, one line per block. */
export function blocksToText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return typeof blocks === 'string' ? blocks : '';
  return (blocks as Node[]).map(textOf).join('\n');
}

/**
 * The plain text of a blocks field, one string per paragraph: a paragraph, heading, quote, code
 * block or list item makes one (lists are read item by item, nested ones too); images and empty
 * blocks make none. Marks and links are dropped: what a translator compares is the wording.
 */
export function blocksToParagraphs(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return [];
  return (blocks as Node[])
    .flatMap((block) => (block.type === 'list' ? blocksToParagraphs(block.children) : [textOf(block)]))
    .filter((paragraph) => paragraph.trim() !== '');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

const MARKS: [keyof Node, string][] = [
  ['code', 'code'],
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
];

function inlineHtml(node: Node): string {
  if (typeof node.text === 'string') {
    return MARKS.reduce((html, [mark, tag]) => (node[mark] ? `<${tag}>${html}</${tag}>` : html), escapeHtml(node.text));
  }
  const inner = (node.children ?? []).map(inlineHtml).join('');
  if (node.type === 'link' && node.url && /^(https?:|mailto:)/i.test(node.url)) return `<a href="${escapeHtml(node.url)}">${inner}</a>`;
  return inner;
}

function blockHtml(node: Node): string {
  const inner = () => (node.children ?? []).map(node.type === 'list' ? blockHtml : inlineHtml).join('');
  switch (node.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, node.level ?? 2));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'list': {
      const tag = node.format === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${inner()}</${tag}>`;
    }
    case 'list-item':
      return `<li>${inner()}</li>`;
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'code':
      return `<pre><code>${inner()}</code></pre>`;
    case 'image':
      return '';
    default:
      return `<p>${inner()}</p>`;
  }
}

/**
 * The blocks as HTML for feed readers: text escaped, links only to web and mail addresses (a
 * `javascript:` link in an article must not become one in a reader), images left out.
 */
export function blocksToHtml(blocks: unknown): string {
  if (!Array.isArray(blocks)) return typeof blocks === 'string' ? `<p>${escapeHtml(blocks)}</p>` : '';
  return (blocks as Node[]).map(blockHtml).join('\n');
}
