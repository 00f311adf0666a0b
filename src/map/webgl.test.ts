import { describe, expect, it } from 'vitest';
import { failureOf, webgl2Missing } from './webgl';

describe('why the map cannot start', () => {
  it("reads MapLibre's GPU error, with the browser's reason when it gave one", () => {
    const gpu = Object.assign(new Error('WebGL2 is required'), {
      name: 'GPUInitializationError',
      statusMessage: 'Web page caused context loss and was blocked',
    });
    expect(failureOf(gpu)).toEqual({
      reason: 'no-webgl',
      detail: 'Web page caused context loss and was blocked',
    });
    expect(
      failureOf(Object.assign(new Error('x'), { name: 'GPUInitializationError', statusMessage: null })),
    ).toEqual({ reason: 'no-webgl', detail: null });
  });

  it('tells any other failure apart', () => {
    expect(failureOf(new Error('style broken'))).toEqual({ reason: 'error', detail: 'style broken' });
    expect(failureOf('odd')).toEqual({ reason: 'error', detail: 'odd' });
  });

  it('knows a browser without WebGL2 at all (Node has none)', () => {
    expect(webgl2Missing()).toBe(true);
  });
});
