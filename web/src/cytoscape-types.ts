/** The small part of cytoscape's API the graph page uses (the library is loaded as an ES module). */
export interface CyElement {
  data(key: string): unknown;
  id(): string;
  isNode(): boolean;
}
export interface CyCore {
  on(event: string, selector: string, handler: (ev: { target: CyElement }) => void): void;
  on(event: string, handler: (ev: { target: unknown }) => void): void;
  destroy(): void;
  fit(eles?: unknown, padding?: number): void;
  resize(): void;
}
export type CytoscapeFactory = (options: Record<string, unknown>) => CyCore;

/** Load cytoscape from the server's /vendor/ path (no CDN). */
export async function loadCytoscape(): Promise<CytoscapeFactory> {
  const url = '/vendor/cytoscape.mjs';
  const mod = (await import(url)) as { default: CytoscapeFactory };
  return mod.default;
}
