/** Every match of a global regex in `text`, with offsets. Rules share this so none forgets the `g` flag. */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  return [...text.matchAll(new RegExp(re.source, flags))] as RegExpExecArray[];
}
