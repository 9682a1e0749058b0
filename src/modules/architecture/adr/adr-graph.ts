/**
 * `adr generate graph`: the relations between records, as adr-tools' Graphviz dot (byte
 * for byte) or as a Mermaid flowchart. Records are chained in order by dotted edges; each
 * forward relation (a label not ending in " by") is an edge to its target.
 */
import type { StatusLink } from './adr-status-section.js';

export interface GraphNode {
  /** The record number as adr-tools derives it from the file name. */
  readonly number: number;
  readonly label: string;
  /** File name without `.md`. */
  readonly stem: string;
  readonly links: readonly StatusLink[];
}

export interface GraphOptions {
  readonly linkPrefix?: string;
  readonly linkExtension?: string;
}

function forward(links: readonly StatusLink[]): StatusLink[] {
  return links.filter((link) => !/ by$/.test(link.label));
}

export function renderDot(nodes: readonly GraphNode[], options: GraphOptions = {}): string {
  const prefix = options.linkPrefix ?? '';
  const extension = options.linkExtension ?? '.html';
  const lines = ['digraph {', '  node [shape=plaintext];', '  subgraph {'];
  for (const node of nodes) {
    lines.push(`    _${node.number} [label="${dotEscape(node.label)}"; URL="${prefix}${node.stem}${extension}"];`);
    // adr-tools chains every record to its predecessor by number, present or not.
    if (node.number > 1) lines.push(`    _${node.number - 1} -> _${node.number} [style="dotted", weight=1];`);
  }
  lines.push('  }');
  for (const node of nodes) {
    for (const link of forward(node.links)) {
      lines.push(`  _${node.number} -> _${link.target} [label="${dotEscape(link.label)}", weight=0]`);
    }
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function renderMermaid(nodes: readonly GraphNode[], options: GraphOptions = {}): string {
  const prefix = options.linkPrefix ?? '';
  const extension = options.linkExtension ?? '.html';
  const lines = ['flowchart TD'];
  let previous: GraphNode | undefined;
  for (const node of nodes) {
    lines.push(`  adr${node.number}["${mermaidEscape(node.label)}"]`);
    lines.push(`  click adr${node.number} href "${mermaidEscape(prefix + node.stem + extension)}"`);
    // Unlike dot, Mermaid would invent a node for a missing predecessor: chain present records.
    if (previous) lines.push(`  adr${previous.number} -.-> adr${node.number}`);
    previous = node;
  }
  for (const node of nodes) {
    for (const link of forward(node.links)) {
      lines.push(`  adr${node.number} -->|"${mermaidEscape(link.label)}"| adr${link.target}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function dotEscape(text: string): string {
  return text.replace(/["\\]/g, (c) => `\\${c}`);
}

function mermaidEscape(text: string): string {
  return text.replace(/"/g, '#quot;');
}
