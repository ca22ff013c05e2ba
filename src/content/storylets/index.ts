// The shared storylet library, in a fixed order (indices are stable within a game version).
import type { StoryletDef } from '../../engine/schema';
import { coastAndIslandsStorylets } from './coast-and-islands';
import { coastAndIslandsLaterStorylets } from './coast-and-islands-later';
import { longStaysStorylets } from './long-stays';
import { rangesStorylets } from './ranges';
import { valleyStorylets } from './valley';

export const STORYLETS: readonly StoryletDef[] = [...valleyStorylets, ...rangesStorylets, ...coastAndIslandsStorylets, ...coastAndIslandsLaterStorylets, ...longStaysStorylets];
