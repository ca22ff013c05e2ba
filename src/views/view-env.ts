// What a facilitator view (the room, the strategy lab) is given by the page that boots it: the
// browser's storage and URL, a way to announce changes to screen readers, links back into the game,
// and the two ways out of the page (a file download and the clipboard).
import type { ScenarioResolver } from '../scenario-file/resolve';
import type { KeyValueStore } from '../session/save';

export interface ViewEnv {
  readonly store: KeyValueStore;
  /** The page's query string, e.g. `?view=room&seed=harbour`. */
  readonly search: string;
  /** Says `text` in the page's aria-live region. */
  readonly announce: (text: string) => void;
  /** A URL of the game itself with these query parameters (e.g. `{ code }` replays a run). */
  readonly gameUrl: (params: Readonly<Record<string, string>>) => string;
  /** The game replaying `code`, leading back to this view as it stands when left; `who` names whose run it is, for the replay to say. */
  readonly replayUrl: (code: string, who?: string) => string;
  /** Puts these query parameters in the address bar without a reload, so a reload or a bookmark comes back to them. */
  readonly keepInAddress: (params: Readonly<Record<string, string>>) => void;
  /** The compiled scenario a run code's scenario field names, preset or loaded from a file. */
  readonly scenarios: ScenarioResolver;
  /** Offers `data` to the user as a file named `name`. */
  readonly download: (name: string, data: Blob) => void;
  readonly copy: (text: string) => Promise<boolean>;
}
