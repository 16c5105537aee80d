/** The popup's views, addressed by the URL hash so a link (or the in-page panel) can open one. */
export type Route =
  | { view: 'deadlines' }
  | { view: 'vacancy'; reference: string }
  | { view: 'compare' }
  | { view: 'essay'; reference?: string }
  /** `pending`: a selected notice waits for its reference (utils/capture/pending-notice.ts). */
  | { view: 'add'; pending?: true }
  /** `profile`: opened from "Fill in my profile", which it is taken to. */
  | { view: 'settings'; profile?: true };

export function parseRoute(hash: string): Route {
  const [view, reference] = hash.replace(/^#\/?/, '').split('/');
  switch (view) {
    case 'vacancy':
      return reference ? { view: 'vacancy', reference: decodeURIComponent(reference) } : { view: 'deadlines' };
    case 'add':
      return reference === 'pending' ? { view, pending: true } : { view };
    case 'compare':
      return { view };
    case 'settings':
      return reference === 'profile' ? { view, profile: true } : { view };
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
    case 'add':
      return route.pending ? '#/add/pending' : '#/add';
    case 'settings':
      return route.profile ? '#/settings/profile' : '#/settings';
    default:
      return `#/${route.view}`;
  }
}
