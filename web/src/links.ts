/** URLs of the UI's pages; every part taken from data is URI-encoded. */

type Query = Record<string, string | null | undefined>;

function withQuery(path: string, q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}

export const reportUrl = (id: string, annotation?: string) => `/reports/${encodeURIComponent(id)}${annotation ? `#${encodeURIComponent(annotation)}` : ''}`;
export const entityUrl = (name: string) => `/entities/${encodeURIComponent(name)}`;
export const searchUrl = (q: Query) => withQuery('/search', q);
export const graphUrl = (q: Query = {}) => withQuery('/graph', q);
export const timelineUrl = (q: Query = {}) => withQuery('/timeline', q);
export const storiesUrl = () => '/stories';
export const storyUrl = (id: string) => `/stories/${encodeURIComponent(id)}`;
/** The exact characters `start`..`end` of a report, highlighted on its page. */
export const reportSpanUrl = (id: string, start: number, end: number) => `/reports/${encodeURIComponent(id)}#chars=${start}-${end}`;
