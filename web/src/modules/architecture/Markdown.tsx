import type { ReactNode } from 'react';

/**
 * A small Markdown renderer for ADR bodies: headings, paragraphs, bullet lists, fenced
 * code, `code`, **bold** and [links](url). It builds React elements (never HTML strings),
 * so a record's text cannot inject markup; links are kept only for http(s) and relative URLs.
 */
export function Markdown({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').startsWith('```')) code.push(lines[i++] ?? '');
      i++;
      blocks.push(<pre key={blocks.length}><code>{code.join('\n')}</code></pre>);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min((heading[1] ?? '#').length + 1, 6);
      const Tag = `h${level}` as 'h2';
      blocks.push(<Tag key={blocks.length}>{inline(heading[2] ?? '')}</Tag>);
      i++;
      continue;
    }
    if (/^\s*[*-]\s+/.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^\s*[*-]\s+/.test(lines[i] ?? '')) items.push((lines[i++] ?? '').replace(/^\s*[*-]\s+/, ''));
      blocks.push(<ul key={blocks.length}>{items.map((item, n) => <li key={n}>{inline(item)}</li>)}</ul>);
      continue;
    }
    if (line.trim() === '' || /^<!--.*-->$/.test(line.trim())) {
      i++;
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && !/^(#{1,6}\s|```|\s*[*-]\s)/.test(lines[i] ?? '')) paragraph.push(lines[i++] ?? '');
    blocks.push(<p key={blocks.length}>{inline(paragraph.join(' '))}</p>);
  }
  return <div className="markdown">{blocks}</div>;
}

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\[[^\]]+\]\([^)\s]+\))/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at > last) out.push(text.slice(last, at));
    const token = match[0];
    if (token.startsWith('`')) out.push(<code key={at}>{token.slice(1, -1)}</code>);
    else if (token.startsWith('**')) out.push(<strong key={at}>{token.slice(2, -2)}</strong>);
    else {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      const label = link?.[1] ?? token;
      const href = link?.[2] ?? '';
      // http(s) or a relative URL; anything with another scheme (javascript:, data:) stays text.
      const safe = /^https?:\/\//i.test(href) || !/^[^/?#]*:/.test(href);
      out.push(safe ? <a key={at} href={href}>{label}</a> : label);
    }
    last = at + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
