// What the text area and the files chosen at once bring into the room, taken together: the scenario
// files first (the runs in the others may need them), then the codes, CSVs and saved rooms; with each
// problem naming its file when there are several. A scenario file is usually the answer to codes
// refused for want of it, so the codes still in the text area are tried again after the files.
import type { Problem } from '../../room/candidate';
import { keptLines } from '../../room/codes-text';
import { importText, NONE_ALREADY_IN, type AlreadyIn, type LeftOut, type Room } from '../../room/room';
import type { RoomRun } from '../../room/room-run';
import { loadScenarioFile } from '../../scenario-file/choices';
import { looksLikeScenarioFile } from '../../scenario-file/parse';
import type { KeyValueStore } from '../../session/save';
import type { ViewEnv } from '../view-env';
import type { Source } from './import-form';

export interface SourcesImported {
  readonly room: Room;
  readonly added: readonly RoomRun[];
  readonly problems: readonly Problem[];
  /** What became of the scenario files loaded, a sentence each. */
  readonly said: readonly string[];
  /** What the text area should hold now (the lines refused, which its problems are numbered by); null to leave it as it is. */
  readonly keep: string | null;
  /** How the report names where it all came from: a file's name, "the codes" or "the N files". */
  readonly described: string;
  /** The runs found already in the room, from every source. */
  readonly alreadyIn: AlreadyIn;
  /** The runs numbered apart from another run's name as they came in, from every source (see Imported). */
  readonly numbered: readonly string[];
  /** The codes left out as runs the facilitator had removed, from every source (see Imported). */
  readonly leftOut: readonly LeftOut[];
}

function together(a: AlreadyIn, b: AlreadyIn): AlreadyIn {
  return { names: [...a.names, ...b.names], unnamed: a.unnamed || b.unnamed };
}

/** The runs left out by two imports, each removed run once. */
function bothLeftOut(a: readonly LeftOut[], b: readonly LeftOut[]): LeftOut[] {
  return [...a, ...b.filter((l) => !a.some((seen) => seen.removed === l.removed))];
}

/** Loads a scenario file into this browser, so that the runs played with it can come in: what to say of it, or its problems. */
function loadScenario(store: KeyValueStore, text: string, fileName: string): { said: string } | { problems: readonly string[] } {
  const loaded = loadScenarioFile(store, text);
  if (!loaded.ok) return { problems: loaded.problems.map((p) => `the scenario file could not be loaded: ${p}`) };
  const { choice, isPreset } = loaded.value;
  return {
    said: isPreset
      ? `${fileName} is the scenario “${choice.name}” as the game ships it: its runs can be added as they are.`
      : `Loaded the scenario “${choice.name}” from ${fileName}: the runs played with it can be added now.`,
  };
}

/** How the report names the codes left in the text area when they are tried again after a scenario file. */
export const LEFT_IN_THE_BOX = 'the codes still in the box';

/** `leftover` is what the text area still holds: tried again once a scenario file chosen with the files has loaded. */
export function importSources(room: Room, sources: readonly Source[], env: Pick<ViewEnv, 'store' | 'scenarios'>, leftover = ''): SourcesImported {
  // Each file is read as JSON once to tell a scenario file (a saved room may be megabytes long).
  const sorted = sources.map((source) => ({ source, scenarioFile: source.name !== '' && 'text' in source && looksLikeScenarioFile(source.text) }));
  const ordered = [...sorted.filter((s) => s.scenarioFile), ...sorted.filter((s) => !s.scenarioFile)];
  const problems: Problem[] = [];
  const said: string[] = [];
  const added: RoomRun[] = [];
  let alreadyIn = NONE_ALREADY_IN;
  const numbered: string[] = [];
  let leftOut: readonly LeftOut[] = [];
  let keep: string | null = null;
  for (const { source, scenarioFile } of ordered) {
    const from = (p: Problem): Problem => (ordered.length === 1 ? p : { ...p, where: p.where === null ? source.name : `${source.name}, ${p.where}` });
    if (!('text' in source)) {
      problems.push(from({ where: null, message: source.unread }));
      continue;
    }
    if (scenarioFile) {
      const loaded = loadScenario(env.store, source.text, source.name);
      if ('said' in loaded) said.push(loaded.said);
      else problems.push(...loaded.problems.map((message) => from({ where: null, message })));
      continue;
    }
    const result = importText(room, source.text, env.scenarios, source.name);
    room = result.room;
    added.push(...result.added);
    alreadyIn = together(alreadyIn, result.alreadyIn);
    numbered.push(...result.numbered);
    leftOut = bothLeftOut(leftOut, result.leftOut);
    if (source.name !== '') {
      problems.push(...result.problems.map(from));
      continue;
    }
    const box = keptLines(source.text, result.problems);
    problems.push(...box.problems.map(from));
    keep = box.text;
  }
  const described = ordered.length === 1 ? ordered[0]?.source.name || 'the codes' : `the ${ordered.length} files`;
  if (said.length > 0 && keep === null && leftover.trim() !== '') {
    const retried = importText(room, leftover, env.scenarios);
    const box = keptLines(leftover, retried.problems);
    const inTheBox = (p: Problem): Problem => ({ ...p, where: p.where === null ? LEFT_IN_THE_BOX : `${LEFT_IN_THE_BOX}, ${p.where}` });
    // Scenario files alone brought no runs of their own: what came in came from the box.
    const alone = ordered.every((s) => s.scenarioFile);
    return {
      room: retried.room,
      added: [...added, ...retried.added],
      problems: [...problems, ...box.problems.map(inTheBox)],
      said,
      keep: box.text,
      described: alone ? LEFT_IN_THE_BOX : `${described} and ${LEFT_IN_THE_BOX}`,
      alreadyIn: together(alreadyIn, retried.alreadyIn),
      numbered: [...numbered, ...retried.numbered],
      leftOut: bothLeftOut(leftOut, retried.leftOut),
    };
  }
  return { room, added, problems, said, keep, described, alreadyIn, numbered, leftOut };
}
