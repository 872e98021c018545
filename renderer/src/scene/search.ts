/**
 * Type-ahead search over the people of a scene: accents, case and extra spaces do not matter
 * ("jurgen" finds "Jürgen"); a name that starts with the query ranks before one that only contains
 * it, then deeper people first. Hidden people are found too, marked as hidden by the filters.
 */
import type { Scene, SceneNode } from './types';

export interface SearchHit {
  node: SceneNode;
  /** 0: the name starts with the query, 1: a word of it does, 2: it contains the query elsewhere. */
  rank: number;
}

export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `moreText` gives further searchable text of a person (tags, e-mail…) that the scene does not carry;
 * organisation is searched by default.
 */
export function searchPeople(
  scene: Scene,
  query: string,
  limit = 8,
  moreText: (id: string) => string = () => '',
): SearchHit[] {
  const q = normaliseForSearch(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const node of scene.nodes) {
    const name = normaliseForSearch(node.name);
    const rest = normaliseForSearch(`${node.organisation ?? ''} ${moreText(node.id)}`);
    let rank = -1;
    if (name.startsWith(q)) rank = 0;
    else if (name.split(' ').some((w) => w.startsWith(q))) rank = 1;
    else if (name.includes(q) || rest.includes(q)) rank = 2;
    if (rank >= 0) hits.push({ node, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(b.node.visible) - Number(a.node.visible) ||
      b.node.depth - a.node.depth ||
      a.node.name.localeCompare(b.node.name),
  );
  return hits.slice(0, limit);
}
