// How the room names what it shows: places on the map, their colours, signed differences, and the
// sentences of its import report.
import { regionName } from '../../content/world';
import { quoted, shortened } from '../../text/shortened';
import { ENDED, type FlowPlace } from '../../room/flow';
import type { Meters, RoomRun } from '../../room/room-run';
import type { AlreadyIn, LeftOut } from '../../room/room';
import { counted } from '../../text/counted';
import { whole } from '../labels';

/** Okabe–Ito hues, one per place; the tables beside the charts carry the same numbers. */
const PLACE_COLOURS: Readonly<Record<FlowPlace, string>> = {
  interdell: '#009e73',
  'frontend-range': '#0072b2',
  'backend-range': '#56b4e9',
  'em-coast': '#e69f00',
  'pm-archipelago': '#cc79a7',
  [ENDED]: '#8a8a8a',
};

/** Characters of a run's label the room shows; exports keep the label whole. */
const SHOWN_LABEL_LENGTH = 60;

/** A run's label as the page shows it: whole, or cut short with an ellipsis when long. */
export function shownLabel(run: RoomRun): string {
  return shortened(run.label, SHOWN_LABEL_LENGTH);
}

export function placeName(place: FlowPlace): string {
  return place === ENDED ? 'Run already over' : regionName(place);
}

export function placeColour(place: FlowPlace): string {
  return PLACE_COLOURS[place];
}

/** A difference as a screen reader and a projector read it, `unit` around the number: "+12", "−$3k", "0". */
function signed(n: number, unit: (amount: string) => string = (amount) => amount): string {
  const rounded = Math.round(n);
  return rounded > 0 ? `+${unit(whole(rounded))}` : rounded < 0 ? `−${unit(whole(-rounded))}` : unit('0');
}

/** Pay (thousands of USD a year) as the game writes it: "$240k". */
const dollars = (thousands: string): string => `$${thousands}k`;

/** Three meter differences in one phrase: "satisfaction +4, burnout −2, pay +$30k". */
export function meterDeltas(delta: Meters): string {
  return `satisfaction ${signed(delta.satisfaction)}, burnout ${signed(delta.burnout)}, pay ${signed(delta.compensation, dollars)}`;
}

/** Three meters' values in one phrase: "satisfaction 71, burnout 22, pay $268k". */
export function meterValues(meters: Meters): string {
  return `satisfaction ${whole(meters.satisfaction)}, burnout ${whole(meters.burnout)}, pay ${dollars(whole(meters.compensation))}`;
}

/** The names a report's list shows before it says how many more there are. */
const NAMES_SHOWN = 12;

/** The first few of `names`, and how many more there are: "“Ada”; “Bo”; and 3 more". */
function someNames(names: readonly string[]): string {
  const more = names.length > NAMES_SHOWN ? `; and ${names.length - NAMES_SHOWN} more` : '';
  return `${names.slice(0, NAMES_SHOWN).join('; ')}${more}`;
}

/** What the room says of runs that were already in it: a sentence naming them (the first few, and how many more). */
export function alreadyInWords({ names, unnamed }: AlreadyIn): string {
  const twins = unnamed ? ' Two players who made the very same choices each come in under their own name, as in “Kai: CODE”.' : '';
  return `${counted(names.length, 'run was', 'runs were')} already in the room, so not added again (each run counts once): ${someNames(names)}.${twins}`;
}

/** What the room says of codes it left out as runs the facilitator had removed: a sentence naming them. */
export function leftOutWords(leftOut: readonly LeftOut[]): string {
  const names = leftOut.map((l) => quoted(l.removed.label));
  const them = leftOut.length === 1 ? 'it' : 'them';
  return `${counted(leftOut.length, 'run was', 'runs were')} left out, as removed from the room earlier: ${someNames(names)}. Add ${them} back with the button below if ${leftOut.length === 1 ? 'it counts' : 'they count'} after all.`;
}

/** What the room says of runs added to a session's room that were played on another seed. */
export function otherSeedWords(strays: readonly RoomRun[], sessionSeed: string): string {
  const one = strays.length === 1;
  const who = strays.map((run) => `${shownLabel(run)} played seed ${quoted(run.seed)}`).join('; ');
  return `${who}, not the session's seed ${quoted(sessionSeed)}. ${one ? 'It is' : 'They are'} counted in the debrief: remove ${one ? 'it' : 'them'} in the runs table if ${one ? 'it does' : 'they do'} not belong.`;
}

/** The summary's words on seeds: the session's, and how many runs were played on others. */
export function seedWords(runs: readonly RoomRun[], sessionSeed: string | null): string {
  if (sessionSeed === null) return '';
  const others = runs.filter((run) => run.seed !== sessionSeed).length;
  const session = ` Session seed ${quoted(sessionSeed)}`;
  return others === 0 ? `${session}.` : `${session}; ${counted(others, 'run')} of another seed ${others === 1 ? 'is' : 'are'} counted too.`;
}

/** What the room says of runs numbered apart from a name another run had: which, and what to do. */
export function numberedWords(numbered: readonly string[]): string {
  return `${numbered.length === 1 ? 'A run' : `${numbered.length} runs`} came in under a name another run of the room has, and ${numbered.length === 1 ? 'was' : 'were'} numbered apart: ${numbered.join('; ')}. Rename ${numbered.length === 1 ? 'it' : 'them'} in the runs table if you like.`;
}
