import type { Mention, EntityRecord } from '../../model/annotations.js';
import { finishReport } from '../../ingest/finish-report.js';
import { createDoc } from '../create-doc.js';
import type { Component } from '../component.js';
import { createEntitiesComponent } from './index.js';

let component: Promise<Component> | null = null;

/** Run the entities component (loaded once per test process) over a text; for tests only. */
export async function entitiesOf(text: string, sources: string[] = []): Promise<{ mentions: Mention[]; index: EntityRecord[] }> {
  component ??= createEntitiesComponent();
  const c = await component;
  const doc = createDoc(finishReport({ text, date: '2024-03-02', sources }));
  c.process(doc);
  return { mentions: doc.get('entities'), index: doc.get('entityIndex') };
}

/** The mention whose text is `text` (the n-th one), or undefined. */
export function mentionOf(mentions: Mention[], text: string, n = 0): Mention | undefined {
  return mentions.filter((m) => m.text === text)[n];
}
