// Links to a custom scenario: ?scenario=<id>~<hash> and run codes made in one pass the link reader,
// which leaves it to the loaded scenarios to say whether this browser has that scenario.
import { describe, expect, it } from 'vitest';
import { encodeRunCode, GAME_VERSION } from '../../src/engine/index';
import { readLaunch } from '../../src/session/launch';

const PRESETS = ['default', 'startup'];
const today = (): string => 'daily-1';

describe('a link to a custom scenario', () => {
  it('starts a run in it', () => {
    expect(readLaunch('?seed=w&scenario=onboarding~0a1b2c3d', PRESETS, today).launch).toEqual({ kind: 'new', seed: 'w', scenario: 'onboarding~0a1b2c3d', daily: false });
  });

  it('replays a run code made in it', () => {
    const code = encodeRunCode({ version: GAME_VERSION, scenario: 'onboarding~0a1b2c3d', seed: 'w', commands: [] });
    expect(readLaunch(`?code=${code}`, PRESETS, today).launch).toEqual({ kind: 'replay', code });
  });

  it.each(['onboarding', 'onboarding~XYZ', 'onboarding~0a1b2c3d~0a1b2c3d'])('refuses %j, which is neither a preset nor a custom field', (scenario) => {
    expect(readLaunch(`?seed=w&scenario=${encodeURIComponent(scenario)}`, PRESETS, today).problems).toEqual([
      `This link asks for scenario "${scenario}", which this game does not have. Scenarios: default, startup. Its seed is filled in below.`,
    ]);
  });
});
