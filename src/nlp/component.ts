import type { AnyLayer, Doc } from '../model/doc.js';
import type { LayerName } from '../model/annotations.js';

/**
 * A pipeline stage. It declares the layers it reads and writes; the pipeline checks the order
 * when it is built. Loading (models, lexicons) happens before; `process` is synchronous.
 */
export interface Component {
  id: string;
  requires: AnyLayer[];
  assigns: LayerName[];
  process(doc: Doc): void;
}
