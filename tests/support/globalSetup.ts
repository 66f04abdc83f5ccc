/** Before any test file runs: compile the gazetteer once, if it is out of date, rather than in each worker. */
import { ensureCompiledGazetteer } from '../../cli/gazetteer';

export default function setup(): void {
  ensureCompiledGazetteer();
}
