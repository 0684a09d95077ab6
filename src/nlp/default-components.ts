import type { Component } from './component.js';

/**
 * The standard pipeline, in order. Components are listed here explicitly (never registered as an
 * import side effect); each checks its requirements when the pipeline is built.
 */
export async function loadDefaultComponents(): Promise<Component[]> {
  return [];
}
