import { ApiFailure } from './api.js';
import { h } from './dom.js';
import type { Page, PageContext } from './page.js';
import { entityPage } from './pages/entity.js';
import { graphPage } from './pages/graph.js';
import { homePage } from './pages/home.js';
import { reportPage } from './pages/report.js';
import { searchPage } from './pages/search.js';
import { storiesPage } from './pages/stories.js';
import { storyPage } from './pages/story.js';
import { timelinePage } from './pages/timeline.js';

const ROUTES: [RegExp, Page, string[]][] = [
  [/^\/$/, homePage, []],
  [/^\/search$/, searchPage, []],
  [/^\/reports\/([^/]+)$/, reportPage, ['id']],
  [/^\/entities\/([^/]+)$/, entityPage, ['name']],
  [/^\/stories$/, storiesPage, []],
  [/^\/stories\/([^/]+)$/, storyPage, ['id']],
  [/^\/graph$/, graphPage, []],
  [/^\/timeline$/, timelinePage, []],
];

const main = document.getElementById('main') as HTMLElement;
let renderSeq = 0;

function problem(title: string, message: string): HTMLElement {
  return h('div', { class: 'problem' }, h('h1', { tabindex: '-1' }, title), h('p', {}, message), h('p', {}, h('a', { href: '/' }, 'Back to the start')));
}

/** Render the page for the current location. Stale renders (the user moved on) are dropped. */
async function render(focus: boolean): Promise<void> {
  const seq = ++renderSeq;
  const { pathname, search, hash } = window.location;
  main.setAttribute('aria-busy', 'true');
  main.classList.add('loading');
  let view: { title: string; node: Node; mounted?: () => void };
  const route = ROUTES.find(([re]) => re.test(pathname));
  try {
    if (!route) throw new ApiFailure(404, 'not-found', 'There is no page at this address.');
    const m = route[0].exec(pathname)!;
    const params: Record<string, string> = {};
    route[2].forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
    const ctx: PageContext = { params, query: new URLSearchParams(search), hash, navigate };
    view = await route[1](ctx);
  } catch (e) {
    const f = e instanceof ApiFailure ? e : new ApiFailure(0, 'client', (e as Error).message);
    view = { title: 'Problem', node: f.status === 404 ? problem('Not found', f.message) : problem('Something went wrong', `${f.code}: ${f.message}`) };
  }
  if (seq !== renderSeq) return;
  document.title = view.title === 'newsgraph' ? 'newsgraph' : `${view.title} · newsgraph`;
  main.replaceChildren(view.node);
  main.removeAttribute('aria-busy');
  main.classList.remove('loading');
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.site-nav a')) {
    const here = a.pathname === pathname;
    a.classList.toggle('on', here);
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const q = new URLSearchParams(search).get('q');
  const headerBox = document.getElementById('q') as HTMLInputElement | null;
  if (headerBox) headerBox.value = pathname === '/search' ? q ?? '' : '';
  view.mounted?.();
  if (focus && !hash) {
    (main.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}

/** Go to a UI address without reloading the page. */
function navigate(url: string): void {
  history.pushState(null, '', url);
  void render(true);
}

// Same-origin links and GET forms are handled here, so moving around never reloads scripts.
document.addEventListener('click', (ev) => {
  if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const a = (ev.target as Element).closest('a');
  if (!a || a.target || a.hasAttribute('download') || a.origin !== window.location.origin || a.pathname.startsWith('/api/')) return;
  ev.preventDefault();
  if (a.pathname === window.location.pathname && a.search === window.location.search && a.hash) {
    history.pushState(null, '', a.href);
    void render(false);
    return;
  }
  navigate(a.pathname + a.search + a.hash);
});
document.addEventListener('submit', (ev) => {
  const form = ev.target as HTMLFormElement;
  if (ev.defaultPrevented || form.method.toLowerCase() !== 'get') return;
  ev.preventDefault();
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) params.set(k, v.trim());
  navigate(`${new URL(form.action).pathname}?${params}`);
});
window.addEventListener('popstate', () => void render(false));

void render(false);
