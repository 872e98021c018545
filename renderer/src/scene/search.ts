/**
 * Type-ahead search over the people of a scene, with the one matcher of shared/domain/person-match.ts:
 * accents, case, ß/ss, ä/ae and extra spaces do not matter ("jurgen" finds "Jürgen", "grossinger" finds
 * "Größinger"); a name that starts with the query ranks before one that only contains it, then deeper
 * people first. Small typos are forgiven ("Klara" finds "Clara"), ranked after every exact match. Hidden
 * people are found too, marked as hidden by the filters.
 */
import { compareMatches, matchPerson, type NameMatch } from '../../../shared/domain/person-match';
import type { Scene, SceneNode } from './types';

export interface SearchHit {
  node: SceneNode;
  /** Lower is better (see NameMatch.score). */
  rank: number;
  /** Found only by forgiving a typo. */
  fuzzy: boolean;
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
  if (!query.trim()) return [];
  const hits: { node: SceneNode; match: NameMatch }[] = [];
  for (const node of scene.nodes) {
    const match = matchPerson(query, node.name, `${node.organisation ?? ''} ${moreText(node.id)}`);
    if (match) hits.push({ node, match });
  }
  hits.sort(
    (a, b) =>
      compareMatches(a.match, b.match) ||
      Number(b.node.visible) - Number(a.node.visible) ||
      b.node.depth - a.node.depth ||
      a.node.name.localeCompare(b.node.name),
  );
  return hits.slice(0, limit).map(({ node, match }) => ({ node, rank: match.score, fuzzy: match.fuzzy }));
}

/** The people a search highlights on the map: its exact matches, or its typo matches when there are none. */
export function highlightedBy(hits: readonly SearchHit[]): SearchHit[] {
  const exact = hits.filter((h) => !h.fuzzy);
  return exact.length > 0 ? exact : [...hits];
}
