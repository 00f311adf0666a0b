import { describe, expect, it } from 'vitest';
import { type Fetcher, loadCollection } from './load';

const respond =
  (status: number, body: () => unknown): Fetcher =>
  async () => ({ ok: status < 400, status, json: async () => body() });

const good = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'a', properties: {}, geometry: { type: 'Point', coordinates: [106.7, 21.8] } },
  ],
};

describe('loadCollection', () => {
  it('returns the checked collection', async () => {
    const r = await loadCollection(
      'x.geojson',
      respond(200, () => good),
    );
    expect(r.ok && r.data.features.length).toBe(1);
  });

  it('turns a missing file, a network error and broken JSON into reasons, never a throw', async () => {
    expect(
      await loadCollection(
        'x',
        respond(404, () => good),
      ),
    ).toEqual({ ok: false, problems: ['HTTP 404'] });
    const offline: Fetcher = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await loadCollection('x', offline)).toEqual({ ok: false, problems: ['Failed to fetch'] });
    const broken = await loadCollection(
      'x',
      respond(200, () => {
        throw new SyntaxError('Unexpected token < in JSON');
      }),
    );
    expect(broken).toEqual({ ok: false, problems: ['Unexpected token < in JSON'] });
  });
});
