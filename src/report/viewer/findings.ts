/**
 * Finding links of the HTML report (src/report/findings-html.ts): a click highlights the finding's
 * evidence — `data-members` (member indices) and `data-ties` ("a-b" index pairs) — in the drawing, a
 * second click clears it. Test hook: `#network-section[data-highlighted]` = members highlighted.
 */
export type Highlight = (members: Set<number>, ties: Set<string>) => void;

export function wireFindings(highlight: Highlight): void {
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('a.finding-link'));
  const section = document.getElementById('network-section');
  for (const link of links) {
    link.addEventListener('click', (e) => {
      const active = link.classList.contains('active');
      links.forEach((l) => l.classList.remove('active'));
      const members = new Set<number>();
      const ties = new Set<string>();
      if (!active) {
        link.classList.add('active');
        for (const x of (link.dataset.members ?? '').split(' ')) if (x !== '') members.add(Number(x));
        for (const t of (link.dataset.ties ?? '').split(' ')) {
          if (t === '') continue;
          const [a, b] = t.split('-');
          ties.add(`${a}-${b}`);
          ties.add(`${b}-${a}`);
          members.add(Number(a));
          members.add(Number(b));
        }
      } else {
        e.preventDefault();
      }
      if (section) section.dataset.highlighted = String(members.size);
      highlight(members, ties);
    });
  }
}
