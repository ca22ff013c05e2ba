// Boots the game: reads the URL, starts a session, mounts the view.
import { defaultScenario, scenarioById } from './content';
import { Session, randomSeed } from './session/session';
import { mountTextRun } from './ui/text-run';

const params = new URLSearchParams(window.location.search);
const content = scenarioById(params.get('scenario') ?? 'default') ?? defaultScenario();
const seed = (params.get('seed') ?? '').trim().slice(0, 64) || randomSeed();
const root = document.getElementById('app');
if (root) mountTextRun(root, new Session(content, seed));
