import type { Writable } from 'node:stream';

/** Where an export writes text. `write` resolves when more may be written (back-pressure). */
export interface TextSink {
  write(chunk: string): Promise<void>;
}

/** A sink over a Node stream (a file or stdout) that waits for 'drain' when the buffer is full. */
export function createStreamSink(stream: Writable): TextSink {
  return {
    write(chunk) {
      if (stream.write(chunk)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const done = (e?: Error) => {
          stream.off('drain', done);
          stream.off('error', done);
          if (e) reject(e);
          else resolve();
        };
        stream.once('drain', done);
        stream.once('error', done);
      });
    },
  };
}

/** A sink that keeps everything in memory (tests, small exports). */
export function createStringSink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return {
    async write(chunk) {
      parts.push(chunk);
    },
    text: () => parts.join(''),
  };
}
