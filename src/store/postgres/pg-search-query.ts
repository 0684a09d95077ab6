import { StoreError } from '../store.js';

/**
 * The search syntax users type (the same as the SQLite store's FTS5 subset): bare words must
 * all appear; "a phrase" in double quotes; AND, OR, NOT (upper case) with FTS5's precedence
 * (NOT binds tighter than AND, AND tighter than OR); parentheses; `word*` for a prefix.
 * It is parsed here and rebuilt as a `to_tsquery` string whose lexemes are only letters and
 * digits, so nothing a user types can reach tsquery's own syntax.
 */
type Tok =
  | { t: 'word'; pieces: string[]; prefix: boolean }
  | { t: 'phrase'; pieces: string[] }
  | { t: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { t: '(' } | { t: ')' };

const PIECE = /[\p{L}\p{N}\p{M}]+/gu;

function bad(query: string, why: string): StoreError {
  return new StoreError('search/bad-query', `cannot parse the query ${JSON.stringify(query)} (${why}); put phrases in double quotes, and use AND, OR, NOT between words`);
}

function lex(query: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s+|"([^"]*)("?)|\(|\)|[^\s"()]+/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(query)) !== null) {
    const s = m[0];
    if (/^\s/.test(s)) continue;
    if (s.startsWith('"')) {
      if (m[2] !== '"') throw bad(query, 'a double quote is not closed');
      out.push({ t: 'phrase', pieces: m[1].match(PIECE) ?? [] });
    } else if (s === '(' || s === ')') out.push({ t: s });
    else if (s === 'AND' || s === 'OR' || s === 'NOT') out.push({ t: 'op', op: s });
    else {
      const prefix = s.endsWith('*');
      out.push({ t: 'word', pieces: s.match(PIECE) ?? [], prefix });
    }
  }
  return out;
}

const quote = (p: string) => `'${p.toLowerCase()}'`;

/** Parse a user query into a tsquery expression string; throws StoreError `search/bad-query`. */
export function toTsQuery(query: string): string {
  const toks = lex(query);
  if (toks.length === 0) throw new StoreError('search/bad-query', 'the search query is empty');
  let i = 0;
  const peek = () => toks[i];
  const isOp = (op: string) => { const k = peek(); return k !== undefined && k.t === 'op' && k.op === op; };

  // Each parser returns null for a term with no searchable letters (e.g. "—"), which drops out.
  const primary = (): string | null => {
    const k = toks[i++];
    if (!k) throw bad(query, 'it ends where a word was expected');
    if (k.t === '(') {
      const e = orExpr();
      if (peek()?.t !== ')') throw bad(query, 'a parenthesis is not closed');
      i++;
      // Compound expressions come back parenthesised already.
      return e;
    }
    if (k.t === 'word' || k.t === 'phrase') {
      if (k.pieces.length === 0) return null;
      const last = k.pieces.length - 1;
      const parts = k.pieces.map((p, j) => quote(p) + (k.t === 'word' && k.prefix && j === last ? ':*' : ''));
      return parts.length > 1 ? `(${parts.join(' <-> ')})` : parts[0];
    }
    throw bad(query, k.t === ')' ? 'a parenthesis closes nothing' : `${k.op} needs a word on each side`);
  };
  const notExpr = (): string | null => {
    if (isOp('NOT')) {
      i++;
      const e = primary();
      return e === null ? null : `!${e}`;
    }
    let left = primary();
    while (isOp('NOT')) {
      i++;
      const right = primary();
      if (right !== null) left = left === null ? null : `${left} & !${right}`;
    }
    return left;
  };
  const andExpr = (): string | null => {
    const parts: string[] = [];
    const push = (e: string | null) => { if (e !== null) parts.push(e); };
    push(notExpr());
    for (;;) {
      const k = peek();
      if (!k || k.t === ')' || (k.t === 'op' && k.op === 'OR')) break;
      if (k.t === 'op' && k.op === 'AND') i++;
      push(notExpr());
    }
    return parts.length === 0 ? null : parts.length === 1 ? parts[0] : `(${parts.join(' & ')})`;
  };
  function orExpr(): string | null {
    const parts: string[] = [];
    const e = andExpr();
    if (e !== null) parts.push(e);
    while (isOp('OR')) {
      i++;
      const r = andExpr();
      if (r !== null) parts.push(r);
    }
    return parts.length === 0 ? null : parts.length === 1 ? parts[0] : `(${parts.join(' | ')})`;
  }

  const out = orExpr();
  if (i < toks.length) throw bad(query, 'a parenthesis closes nothing');
  if (out === null) throw bad(query, 'it has no words to search for');
  return out;
}
