/** Map framing: requests the map engine carries out, and the camera the reader left. */
import type { Camera, MapRequest, Patch, SessionState } from '../state';

type RequestBody =
  | { kind: 'fit' | 'reveal'; placeIds: readonly string[]; maxZoom?: number }
  | { kind: 'camera'; camera: Camera }
  | { kind: 'home' };

/**
 * A map request, and the camera the URL should hold meanwhile: a framing drops the camera the
 * reader left (so a reload frames the selection again), an explicit camera is that camera.
 */
export function mapRequest(
  s: SessionState,
  body: RequestBody,
): Pick<Patch, 'mapRequest' | 'camera'> {
  const seq = (s.mapRequest?.seq ?? 0) + 1;
  const next: MapRequest = { ...body, seq };
  return { mapRequest: next, camera: body.kind === 'camera' ? body.camera : null };
}

/** Back to the map's home view. */
export const frameHome = (s: SessionState): Patch => mapRequest(s, { kind: 'home' });

/** Bring places into view without selecting them (an edge chip for several distant sites). */
export const showPlaces = (s: SessionState, placeIds: readonly string[]): Patch =>
  placeIds.length ? mapRequest(s, { kind: 'reveal', placeIds }) : {};

/** Show a camera a link or a story step names. */
export const showCamera = (s: SessionState, camera: Camera): Patch =>
  mapRequest(s, { kind: 'camera', camera });

/** The reader moved the map by hand: remember where it ended, for the URL. */
export const reportCamera = (_: SessionState, camera: Camera): Patch => ({ camera });
