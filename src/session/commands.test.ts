import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../tests/fixtures';
import { buildDatasetModel } from '../domain/datasetModel';
import { createDerivedModel } from '../domain/derivedModel';
import { InboundMessageSchema } from '../views/embed/messages';
import * as commands from './commands';
import { resolveUrl } from './resolveUrl';
import { createFronteraStore, type StoreData } from './store';
import { parseUrlState } from './url';

const model = buildDatasetModel(fixtureDataset);
const derived = createDerivedModel(model);
const fresh = (): StoreData => createFronteraStore().getState();
const mpp = model.index.byId.get('mpp');

/** The parts of the state a reader sees change when an event is selected. */
const seen = (s: Partial<StoreData>) => ({
  selectedEventId: s.selectedEventId,
  selectedPlaceId: s.selectedPlaceId,
  playhead: s.playhead,
  view: s.view,
  framing: s.mapRequest && { ...s.mapRequest, seq: 0 },
});

describe('commands: one way to select an event', () => {
  let base: StoreData;
  beforeEach(() => {
    base = { ...fresh(), view: [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)] };
  });

  it('moves the playhead to the event, pans the view to show it and frames its places', () => {
    const patch = commands.selectEvent(model, base, 'mpp');
    expect(patch.selectedEventId).toBe('mpp');
    expect(patch.playhead).toBe(mpp?.t0);
    expect(patch.view?.[0]).toBeLessThanOrEqual(mpp?.t0 ?? 0);
    expect(patch.view?.[1]).toBeGreaterThan(mpp?.t0 ?? 0);
    expect(patch.mapRequest).toMatchObject({ kind: 'fit', placeIds: ['san-ysidro-poe'] });
    expect(patch.camera).toBeNull();
  });

  it('gives the same state from a mark click, a deep link and a host message', () => {
    base = fresh();
    const click = { ...base, ...commands.selectEvent(model, base, 'mpp') };
    const { patch: link } = resolveUrl(model, base, parseUrlState('?event=mpp'), '?event=mpp');
    const fromLink = { ...base, ...link };
    const message = InboundMessageSchema.parse({ type: 'frontera:select-event', id: 'mpp' });
    const bridged = {
      ...base,
      ...commands.selectEvent(
        model,
        base,
        message.type === 'frontera:select-event' ? message.id : '',
      ),
    };
    for (const other of [fromLink, bridged]) expect(seen(other)).toEqual(seen(click));
  });

  it('keeps a link’s own playhead when it names one', () => {
    const search = '?event=mpp&t=2019-03-01';
    const { patch } = resolveUrl(model, base, parseUrlState(search), search);
    expect(patch.selectedEventId).toBe('mpp');
    expect(patch.playhead).toBe(Date.UTC(2019, 2, 1));
  });

  it('keeps the selected site only when the event happened there', () => {
    const atSite = { ...base, ...commands.selectPlace(model, base, 'san-ysidro-poe') };
    expect(commands.selectEvent(model, atSite, 'mpp').selectedPlaceId).toBeUndefined();
    expect(commands.selectEvent(model, atSite, 'memo').selectedPlaceId).toBeNull();
  });

  it('ignores unknown ids', () => {
    expect(commands.selectEvent(model, base, 'nope')).toEqual({});
    expect(commands.selectPlace(model, base, 'atlantis')).toEqual({});
  });
});

describe('commands: dates, context and stories', () => {
  it('clamps a date to the extent and never pans while the reader drags', () => {
    const s = fresh();
    expect(commands.goToDate(model, s, Date.UTC(3000, 0, 1)).playhead).toBe(model.extent[1]);
    expect(commands.goToDate(model, s, Number.NaN)).toEqual({});
    const dragging = { ...s, scrubbing: true };
    expect(commands.goToDate(model, dragging, Date.UTC(2010, 0, 1))).toEqual({
      playhead: Date.UTC(2010, 0, 1),
    });
  });

  it('walks Previous / Next within the selected site, else within the filtered events', () => {
    const s = fresh();
    const atSite = { ...s, ...commands.selectPlace(model, s, 'san-ysidro-poe') };
    const first = { ...atSite, ...commands.stepSelection(model, derived, atSite, 1) };
    expect(first.selectedEventId).toBe('tear-gas');
    const second = { ...first, ...commands.stepSelection(model, derived, first, 1) };
    expect(second.selectedEventId).toBe('mpp');
    expect(second.selectedPlaceId).toBe('san-ysidro-poe');
    expect(commands.stepSelection(model, derived, second, 1)).toEqual({});
    const all = { ...s, selectedEventId: 'tear-gas' };
    expect(commands.stepSelection(model, derived, all, 1).selectedEventId).toBe('tweet');
  });

  it('clamps a story step into the narrative and drops an unknown story', () => {
    const s = fresh();
    expect(commands.storyStep(model, s, 'nope', 0)).toEqual({ story: null });
  });

  it('frames a story step’s places with their surroundings, and keeps a step’s own camera', () => {
    const view = { start: '2018-10-01', end: '2019-04-30' };
    const storyModel = buildDatasetModel({
      ...fixtureDataset,
      narratives: [
        {
          id: 'story',
          title: 'A story',
          description: 'Two steps.',
          steps: [
            { title: 'Rules', caption: 'Our words.', view, event: 'mpp' },
            {
              title: 'Close',
              caption: 'Close in.',
              view,
              camera: { lon: -117, lat: 32.5, zoom: 8 },
            },
          ],
        },
      ],
    });
    const s = fresh();
    expect(commands.storyStep(storyModel, s, 'story', 0).mapRequest).toMatchObject({
      kind: 'fit',
      placeIds: ['san-ysidro-poe'],
      maxZoom: commands.STORY_MAX_ZOOM,
    });
    expect(commands.STORY_MAX_ZOOM).toBeLessThanOrEqual(5);
    expect(commands.storyStep(storyModel, s, 'story', 1).mapRequest).toMatchObject({
      kind: 'camera',
      camera: { zoom: 8 },
    });
  });
});
