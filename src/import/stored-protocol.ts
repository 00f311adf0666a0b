import type { ImportedLayer, StoreFailure, UnreadableRecord } from './imported-store';

/** What reading the stored layers gives: the layers (as bytes), the records that are not, or why not. */
export type StoredResult =
  | { ok: true; layers: ImportedLayer[]; unreadable: UnreadableRecord[] }
  | StoreFailure;

/** Page → stored-layers worker: read every stored layer. */
export type StoredRequest = { type: 'load-stored' };

/** Stored-layers worker → page: which record it is reading, then everything read. */
export type StoredMessage =
  | { type: 'ready' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'loaded'; result: StoredResult };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whether a message from the stored-layers worker is one of ours. */
export function isStoredMessage(v: unknown): v is StoredMessage {
  if (!isRecord(v)) return false;
  if (v.type === 'ready') return true;
  if (v.type === 'progress') return typeof v.done === 'number' && typeof v.total === 'number';
  return (
    v.type === 'loaded' &&
    isRecord(v.result) &&
    typeof v.result.ok === 'boolean' &&
    (!v.result.ok || (Array.isArray(v.result.layers) && Array.isArray(v.result.unreadable)))
  );
}

/** Whether a message to the worker asks it to read the stored layers. */
export const isStoredRequest = (v: unknown): v is StoredRequest => isRecord(v) && v.type === 'load-stored';
