import { get } from '../api.js';
import { h } from '../dom.js';
import { plural } from '../format.js';
import type { Page } from '../page.js';
import { storyCard } from '../story/story-card.js';
import type { StorySummary } from '../types.js';

/** Every story, largest first, with report and independent-source counts. */
export const storiesPage: Page = async () => {
  const first = await get<StorySummary[]>('/api/stories', { limit: 50 });
  const list = h('ul', { class: 'cards stories' }, first.data.map((s) => storyCard(s, 'h2')));
  let next = first.next;
  const more = h('button', { type: 'button', class: 'more', hidden: !next }, 'Load more');
  more.addEventListener('click', async () => {
    if (!next) return;
    more.disabled = true;
    const page = await get<StorySummary[]>('/api/stories', { limit: 50, cursor: next });
    list.append(...page.data.map((s) => storyCard(s, 'h2')));
    next = page.next;
    more.disabled = false;
    more.hidden = !next;
  });
  const node = h('div', { class: 'stories-page' },
    h('h1', { tabindex: '-1' }, 'Stories'),
    h('p', { class: 'lede' }, 'Reports about the same happening, grouped. A reprinted wire story is counted as a report but not as another source, and a report crediting a news agency counts the agency as its origin.'),
    first.data.length === 0 ? h('p', { class: 'empty' }, 'No stories yet: reports are grouped into stories when they are linked (`newsgraph ingest` does it, or `newsgraph link`).') : list,
    more,
    first.data.length ? h('p', { class: 'meta' }, plural(first.data.length, 'story', 'stories'), next ? ' shown so far' : '') : null,
  );
  return { title: 'Stories', node };
};
