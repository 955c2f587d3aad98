// In-page half of the app driver: finds buttons by accessible name (aria-label, aria-labelledby or text) and
// region, the way a role query would, but in the page's own world. Playwright locators run in a separate
// utility world whose caches grow with every query (about 0.3 KB each, measured), which would show up in
// the heap figures as a leak the app does not have; page.evaluate / waitForFunction in the main world and
// page.mouse clicks (real, trusted input events) leave the heap flat.
//
// Installed by an init script before any app code, as window.__benchDriver. Self-contained: it is sent to
// the page as source text.

export interface ButtonQuery {
  /** Exact accessible names accepted (any of them). */
  names?: string[];
  /** Accessible-name prefix. */
  prefix?: string;
  /** Only buttons inside the region (section) with this accessible name. */
  region?: string;
  /** Which of the matching buttons (default: the first). */
  index?: number;
}

export interface PageDriver {
  /** Accessible names of the enabled, visible buttons matching the query. */
  names: (query: ButtonQuery) => string[];
  /** Scrolls the matching button into view; its centre, if nothing covers it there, else null. */
  point: (query: ButtonQuery) => { x: number; y: number } | null;
}

export type DriverWindow = Window & { __benchDriver?: PageDriver };

export function installPageDriver(): void {
  const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return normalize(label);
    const ids = element.getAttribute('aria-labelledby');
    if (ids)
      return normalize(
        ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    return normalize(element.textContent ?? '');
  };
  const matching = (query: ButtonQuery): HTMLButtonElement[] => {
    let scope: ParentNode = document;
    if (query.region !== undefined) {
      const region = [...document.querySelectorAll('section, [role="region"]')].find(
        (element) => nameOf(element) === query.region,
      );
      if (!region) return [];
      scope = region;
    }
    return [...scope.querySelectorAll('button')].filter((button) => {
      if (button.disabled || button.getClientRects().length === 0) return false;
      const name = nameOf(button);
      if (query.names && !query.names.includes(name)) return false;
      return query.prefix === undefined || name.startsWith(query.prefix);
    });
  };
  const driver: PageDriver = {
    names: (query) => matching(query).map(nameOf),
    point: (query) => {
      const button = matching(query)[query.index ?? 0];
      if (!button) return null;
      let rect = button.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > window.innerHeight) {
        button.scrollIntoView({ block: 'center' });
        rect = button.getBoundingClientRect();
      }
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const hit = document.elementFromPoint(x, y);
      return hit && button.contains(hit) ? { x, y } : null;
    },
  };
  (window as DriverWindow).__benchDriver = driver;
}
