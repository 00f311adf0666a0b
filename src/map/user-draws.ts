import type { Map as MlMap } from 'maplibre-gl';
import type { ArchivePick } from '../state/archive-actions';
import { type UserDraw, userOfKind } from '../state/map-draws';
import type { ArchiveLayers } from './archive-layers';
import type { WhenReady } from './style-ready';
import type { UserLayers } from './user-layers';

/**
 * The user's own layers of every kind on one map, from the one description (`MapDraws.user`): the
 * main map and the divider's map each keep one, so both draw the same kinds. Each kind's map code
 * does the drawing; the archives' (with the pmtiles protocol) loads with the first archive.
 */
export class UserDrawLayers {
  private archives: Promise<ArchiveLayers> | null = null;

  constructor(
    private readonly map: MlMap,
    private readonly whenReady: WhenReady,
    private readonly imported: UserLayers,
    /** Told of a click on an archive's feature; the divider's map takes no clicks. */
    private readonly onArchivePick?: (pick: ArchivePick) => void,
  ) {}

  /** Makes the map show exactly these layers, bottom to top. */
  apply(user: readonly UserDraw[]): void {
    const imported = userOfKind({ user }, 'imported');
    this.whenReady(() => this.imported.apply(imported));
    const archives = userOfKind({ user }, 'archive');
    if (archives.length === 0 && !this.archives) return;
    this.archives ??= import('./archive-layers').then(
      (m) => new m.ArchiveLayers(this.map, this.onArchivePick),
    );
    void this.archives.then((layers) => this.whenReady(() => layers.apply(archives)));
  }

  /** Before the map is removed: lets go of what the map held beyond itself (archives' readers). */
  destroy(): void {
    void this.archives?.then((layers) => layers.release());
  }
}
