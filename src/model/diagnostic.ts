/** Content problems are data, not exceptions: each carries a code and a place. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable machine code, e.g. `input/empty`, `statements/no-speaker`. */
  code: string;
  message: string;
  severity: Severity;
  file?: string;
  /** 1-based line in the input file (JSONL record line, or text line). */
  line?: number;
  /** Character span in the report text, when the problem is in the text. */
  start?: number;
  end?: number;
  /** The component or reader that reported it. */
  source?: string;
}

/** Build a diagnostic without repeating the severity each time. */
export function createDiagnostic(
  severity: Severity,
  code: string,
  message: string,
  place: Omit<Diagnostic, 'code' | 'message' | 'severity'> = {},
): Diagnostic {
  return { code, message, severity, ...place };
}
