import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { type CommandContext, dbLocation } from '../command.js';

/** Open the command's store, run `fn`, and always close it. */
export async function withStore<T>(ctx: CommandContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbLocation(ctx));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
