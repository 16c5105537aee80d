/** The popup's views, addressed by the URL hash so a link (or the in-page panel) can open one. */
export type Route =
  | { view: 'deadlines' }
  | { view: 'vacancy'; reference: string }
  | { view: 'compare' }
  | { view: 'essay'; reference?: string }
  | { view: 'add' }
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const [view, reference] = hash.replace(/^#\/?/, '').split('/');
  switch (view) {
    case 'vacancy':
      return reference ? { view: 'vacancy', reference: decodeURIComponent(reference) } : { view: 'deadlines' };
    case 'compare':
    case 'add':
    case 'settings':
      return { view };
    case 'essay':
      return reference ? { view, reference: decodeURIComponent(reference) } : { view };
    default:
      return { view: 'deadlines' };
  }
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'vacancy':
      return `#/vacancy/${encodeURIComponent(route.reference)}`;
    case 'essay':
      return route.reference ? `#/essay/${encodeURIComponent(route.reference)}` : '#/essay';
    default:
      return `#/${route.view}`;
  }
}
