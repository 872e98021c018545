/**
 * Draws an `EgoLayout` into an SVG element with D3 joins (enter/update/exit), so re-rendering after a
 * data change updates elements in place and keeps keyboard focus on the node that had it.
 * Every attribute is set with `attr` (setAttribute): no inline style, so the strict CSP holds.
 */
import { select } from 'd3';
import { type EgoLayout, type EgoLink, type EgoNode, ME_RADIUS } from './ego-layout';

export interface EgoMapView {
  selectedId: string | undefined;
  meLabel: string;
  /** The accessible name of a node, e.g. "Anna Berger, 3 encounters". */
  describe: (node: EgoNode) => string;
  onSelect: (id: string) => void;
}

export function renderEgoMap(svg: SVGSVGElement, layout: EgoLayout, view: EgoMapView): void {
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);

  const links = root
    .selectAll<SVGGElement, null>('g.ego-links')
    .data([null])
    .join((enter) => enter.append('g').attr('class', 'ego-links'));
  links
    .selectAll<SVGLineElement, EgoLink>('line.ego-link')
    .data(layout.links, (d) => d.id)
    .join('line')
    .attr('class', (d) => (d.id === view.selectedId ? 'ego-link is-selected' : 'ego-link'))
    .attr('data-person-id', (d) => d.id)
    .attr('x1', (d) => d.x1)
    .attr('y1', (d) => d.y1)
    .attr('x2', (d) => d.x2)
    .attr('y2', (d) => d.y2)
    .attr('stroke-width', (d) => d.width);

  const me = root
    .selectAll<SVGGElement, null>('g.ego-me')
    .data([null])
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ego-me');
      g.append('circle').attr('r', ME_RADIUS);
      g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
      return g;
    })
    .attr('transform', `translate(${layout.centre.x},${layout.centre.y})`);
  me.select('text').text(view.meLabel);

  const nodes = root
    .selectAll<SVGGElement, null>('g.ego-nodes')
    .data([null])
    .join((enter) => enter.append('g').attr('class', 'ego-nodes'));
  nodes
    .selectAll<SVGGElement, EgoNode>('g.ego-node')
    .data(layout.nodes, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ego-node').attr('tabindex', 0).attr('role', 'button');
      g.append('title');
      // An invisible box over circle and label, so a click anywhere on a name selects the person.
      g.append('rect').attr('class', 'ego-hit');
      // Shown only for keyboard focus (CSS :focus-visible), so it also shows on a selected node.
      g.append('circle').attr('class', 'ego-focus');
      g.append('circle').attr('class', 'ego-dot');
      g.append('text').attr('class', 'ego-label').attr('aria-hidden', 'true');
      return g;
    })
    .attr('class', (d) => (d.id === view.selectedId ? 'ego-node is-selected' : 'ego-node'))
    .attr('data-person-id', (d) => d.id)
    .attr('data-encounters', (d) => d.encounterCount)
    .attr('aria-label', (d) => view.describe(d))
    .attr('aria-pressed', (d) => String(d.id === view.selectedId))
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .on('click', (_event, d) => view.onSelect(d.id))
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        view.onSelect(d.id);
      }
    })
    .call((g) => g.select('title').text((d) => view.describe(d)))
    .call((g) => g.select('circle.ego-dot').attr('r', (d) => d.radius))
    .call((g) => g.select('circle.ego-focus').attr('r', (d) => d.radius + 5))
    .call((g) =>
      g
        .select<SVGTextElement>('text')
        .attr('x', (d) => d.label.x - d.x)
        .attr('y', (d) => d.label.y - d.y)
        .attr('text-anchor', (d) => d.label.anchor)
        .attr('display', (d) => (d.label.visible ? null : 'none'))
        .text((d) => d.label.text),
    )
    .each(function fitHitArea(d) {
      const text = this.querySelector('text');
      const label = text?.getAttribute('display') === 'none' ? undefined : text?.getBBox();
      const r = Math.max(d.radius + 3, 8);
      const x0 = Math.min(-r, label ? label.x - 3 : -r);
      const y0 = Math.min(-r, label ? label.y - 3 : -r);
      const x1 = Math.max(r, label ? label.x + label.width + 3 : r);
      const y1 = Math.max(r, label ? label.y + label.height + 3 : r);
      const hit = select(this).select('rect.ego-hit');
      hit
        .attr('x', x0)
        .attr('y', y0)
        .attr('width', x1 - x0)
        .attr('height', y1 - y0);
    });
}
