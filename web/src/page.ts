/** What a page gets from the router and gives back. */
export interface PageContext {
  /** Decoded path parameters (`id`, `name`). */
  params: Record<string, string>;
  query: URLSearchParams;
  hash: string;
  /** Go to another page of the UI (pushes history). */
  navigate(url: string): void;
}

export interface PageView {
  title: string;
  node: Node;
  /** Called once the node is in the document (to draw canvases, scroll to a hash). */
  mounted?: () => void;
}

export type Page = (ctx: PageContext) => Promise<PageView>;
