import { handleImportRequest, type WorkerMessage } from './import-protocol';
import { parseImport } from './parse-file';

/** The little of a dedicated worker's global scope used here (the project's types are the page's). */
type WorkerScope = {
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (event) => {
  void handleImportRequest(
    event.data,
    (message, transfer) => scope.postMessage(message, transfer ?? []),
    parseImport,
  );
});
scope.postMessage({ type: 'ready' });
