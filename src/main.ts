// Boots the game: reads the URL, starts a session, mounts the view.
import { defaultScenario, scenarioById } from './content';
import { MAX_SEED_LENGTH, seedProblem } from './engine';
import { Session, randomSeed } from './session/session';
import { mountTextRun } from './ui/text-run';

const params = new URLSearchParams(window.location.search);
const content = scenarioById(params.get('scenario') ?? 'default') ?? defaultScenario();
const typed = Array.from((params.get('seed') ?? '').trim()).slice(0, MAX_SEED_LENGTH).join('');
const seed = seedProblem(typed) === null ? typed : randomSeed();
const root = document.getElementById('app');
if (root) mountTextRun(root, new Session(content, seed));
