/** Presidencies by date; defined beside the schema, which checks the terms with them. */
export { administrationsOverlapping, termBounds, uncoveredSpans } from '../data/terms';
