import { beforeEach, describe, expect, it } from 'vitest';
import { buildDatasetModel } from '../../src/domain/datasetModel';
import { createDerivedModel } from '../../src/domain/derivedModel';
import * as filters from '../../src/session/commands/filters';
import * as map from '../../src/session/commands/map';
import * as selection from '../../src/session/commands/selection';
import * as story from '../../src/session/commands/story';
import * as time from '../../src/session/commands/time';
import { INITIAL_SESSION, type SessionState } from '../../src/session/state';
import { resolveUrl } from '../../src/session/url/resolve';
import { parseUrl } from '../../src/session/url/table';
import { InboundMessageSchema } from '../../src/views/embed/inboundMessage';
import { fixtureDataset } from '../fixtures';

const commands = { ...selection, ...story, ...time, ...filters, ...map };
const model = buildDatasetModel(fixtureDataset);
const derived = createDerivedModel(model);
const fresh = (): SessionState => ({ ...INITIAL_SESSION });
const mpp = model.index.byId.get('mpp');

/** The parts of the state a reader sees change when an event is selected. */
const seen = (s: Partial<SessionState>) => ({
  selectedEventId: s.selectedEventId,
  selectedPlaceId: s.selectedPlaceId,
  playhead: s.playhead,
  view: s.view,
  framing: s.mapRequest && { ...s.mapRequest, seq: 0 },
});

describe('commands: one way to select an event', () => {
  let base: SessionState;
  beforeEach(() => {
    base = { ...fresh(), view: [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)] };
  });

  it('moves the playhead to the event, pans the view to show it and asks the map to reveal its places', () => {
    const patch = commands.selectEvent(model, base, 'mpp');
    expect(patch.selectedEventId).toBe('mpp');
    expect(patch.playhead).toBe(mpp?.t0);
    expect(patch.view?.[0]).toBeLessThanOrEqual(mpp?.t0 ?? 0);
    expect(patch.view?.[1]).toBeGreaterThan(mpp?.t0 ?? 0);
    // A reveal, not a fit: the map moves only if the places are off-screen.
    expect(patch.mapRequest).toMatchObject({ kind: 'reveal', placeIds: ['san-ysidro-poe'] });
    expect(patch.camera).toBeNull();
  });

  it('gives the same state from a mark click, a deep link and a host message', () => {
    base = fresh();
    const click = { ...base, ...commands.selectEvent(model, base, 'mpp') };
    const { patch: link } = resolveUrl(model, base, parseUrl('?event=mpp'), '?event=mpp');
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
    const { patch } = resolveUrl(model, base, parseUrl(search), search);
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

describe('commands: one home for what a filter change implies', () => {
  it('closes the card of an event the filters hide, and drops its tooltip', () => {
    const s = { ...fresh(), selectedEventId: 'mpp', hoveredEventId: 'mpp' };
    const patch = commands.toggleFacet(derived, s, 'categories', 'violence');
    expect(patch.selectedEventId).toBeNull();
    expect(patch.hoveredEventId).toBeNull();
    expect(patch.filters?.categories).toEqual(['violence']);
  });

  it('keeps the card of an event the filters still show', () => {
    const s = { ...fresh(), selectedEventId: 'mpp' };
    const patch = commands.toggleFacet(derived, s, 'categories', 'policy');
    expect(patch).not.toHaveProperty('selectedEventId');
  });

  it('gives the card and the step command the same neighbours, even for a hidden event', () => {
    // A link can open an event the filters hide: Previous / Next are the nearest shown events.
    const s = {
      ...fresh(),
      selectedEventId: 'tweet',
      filters: { ...fresh().filters, categories: ['policy' as const] },
    };
    const n = commands.selectionNeighbours(model, derived, s);
    expect(n.position).toBe(-1);
    expect(n.previous?.id).toBe('memo');
    expect(n.next?.id).toBe('mpp');
    expect(commands.stepSelection(model, derived, s, 1).selectedEventId).toBe('mpp');
    expect(commands.stepSelection(model, derived, s, -1).selectedEventId).toBe('memo');
  });
});

describe('commands: the map moves only to show what is off-screen', () => {
  it('asks the map to reveal a selected site, never to refit it, and a chip’s sites alike', () => {
    const s = fresh();
    const place = commands.selectPlace(model, s, 'tijuana');
    expect(place.mapRequest).toMatchObject({ kind: 'reveal', placeIds: ['tijuana'] });
    const chip = commands.showPlaces(s, ['chiapas', 'tijuana']);
    expect(chip.mapRequest).toMatchObject({ kind: 'reveal', placeIds: ['chiapas', 'tijuana'] });
    expect(chip).not.toHaveProperty('selectedPlaceId');
    expect(commands.showPlaces(s, [])).toEqual({});
    // A story step still frames its places.
    expect(commands.frameHome(s).mapRequest?.kind).toBe('home');
  });
});

describe('commands: filtered events beyond the view', () => {
  it('shows every filtered event and lands the playhead on the nearest one', () => {
    // Obama: the 2009–2013 span and the 2014 programme lie before a 2018 view.
    const s = {
      ...fresh(),
      view: [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)] as const,
      settledView: [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)] as const,
      playhead: Date.UTC(2018, 5, 1),
      filters: { ...fresh().filters, us: ['obama'] },
    };
    const shown = derived.filtered(s.filters).byStart;
    const patch = commands.showFiltered(model, derived, s);
    const view = patch.view ?? s.view;
    for (const e of shown) expect(e.t1 > view[0] && e.t0 < view[1]).toBe(true);
    expect(patch.settledView).toEqual(view);
    // Nothing of Obama's was near mid-2018: the playhead moves onto the nearest event.
    expect(shown.map((e) => e.t0)).toContain(patch.playhead);
    expect(derived.playheadEvents(s.filters, patch.playhead ?? 0).at.length).toBeGreaterThan(0);
  });

  it('leaves a playhead that already has filtered events near it', () => {
    const t = mpp?.t0 ?? 0;
    const s = { ...fresh(), playhead: t, filters: { ...fresh().filters, us: ['trump'] } };
    expect(commands.showFiltered(model, derived, s)).not.toHaveProperty('playhead');
  });
});
