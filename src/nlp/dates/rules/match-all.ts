/** The global twin of each rule regex, built once: a rule runs on every sentence of every report. */
const globals = new WeakMap<RegExp, RegExp>();

/** Every match of `re` in `text`, with offsets, as `text.matchAll` gives them. Rules share this so none forgets the `g` flag. */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  let g = globals.get(re);
  if (!g) {
    g = re.flags.includes('g') ? new RegExp(re.source, re.flags) : new RegExp(re.source, `${re.flags}g`);
    globals.set(re, g);
  }
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place; matchAll steps past it.
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}
