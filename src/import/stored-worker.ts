import { loadImportedLayers } from './imported-store';
import { transferOf } from './layer-data';
import { isStoredRequest, type StoredMessage } from './stored-protocol';

/** The little of a dedicated worker's global scope used here (the project's types are the page's). */
type WorkerScope = {
  postMessage(message: StoredMessage, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (event) => {
  if (!isStoredRequest(event.data)) return;
  void loadImportedLayers(undefined, (done, total) =>
    scope.postMessage({ type: 'progress', done, total }),
  ).then((result) =>
    scope.postMessage(
      { type: 'loaded', result },
      result.ok ? result.layers.flatMap((l) => transferOf(l.data)) : [],
    ),
  );
});
scope.postMessage({ type: 'ready' });
