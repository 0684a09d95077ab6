import { readFileSync } from 'node:fs';
import { packagePath } from '../../model/paths.js';
import { decodeModel, type NerModel } from './tagger/model-file.js';

/** Path of the shipped tagger model. */
export const MODEL_FILE = packagePath('models', 'ner.bin');

/** Read and decode the shipped model (or another file). */
export function loadNerModel(file = MODEL_FILE): NerModel {
  return decodeModel(readFileSync(file));
}
