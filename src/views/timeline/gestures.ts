/**
 * The timeline's gestures: d3-zoom (wheel, pinch, pan) and d3-brush (the window strip), with the
 * d3-transition and d3-drag they bring. Loaded just after the first frame, not in it.
 */
export { brushX } from 'd3-brush';
export { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
