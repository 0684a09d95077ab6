import type { Component } from './component.js';
import { createDatesComponent } from './dates/index.js';
import { createEntitiesComponent } from './entities/index.js';
import { createEventsComponent } from './events/index.js';
import { createStatementsComponent } from './statements/index.js';
import { createUnknownsComponent } from './unknowns/index.js';

/**
 * The standard pipeline, in order. Components are listed here explicitly (never registered as an
 * import side effect); each checks its requirements when the pipeline is built.
 */
export async function loadDefaultComponents(): Promise<Component[]> {
  return Promise.all([
    createEntitiesComponent(),
    createStatementsComponent(),
    createUnknownsComponent(),
    createDatesComponent(),
    createEventsComponent(),
  ]);
}
