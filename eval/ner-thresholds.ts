/**
 * Regression floors for `newsgraph eval ner`, per gold file name: F1 per type, a few points under
 * what the committed model measured (see models/MODEL_CARD.md). Raise them when the model improves.
 */
export const NER_THRESHOLDS: Record<string, Record<string, number>> = {};
