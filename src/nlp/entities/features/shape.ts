/**
 * Word shape with runs collapsed: "Putin" -> "Xx", "U.S." -> "X.X.", "McDonald" -> "XxXx",
 * "2023" -> "d", "COVID-19" -> "X-d". Collapsing keeps the feature space small and general.
 */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/** True when the first character is an upper-case letter. */
export function isCapitalised(w: string): boolean {
  const c = w[0];
  return c !== undefined && c !== c.toLowerCase();
}
