// The engine's public face: what the session, the CLI and the tests use.
export { createRun, step, applyInPlace, refusal, IllegalCommandError } from './run';
export { legalMoves, isLegalMove } from './moves';
export { replay } from './replay';
export { encodeRunCode, decodeRunCode, careerStartOf, seedProblem, MAX_SEED_LENGTH, type RunCodeParts, type Decoded, type CareerStart } from './run-code';
export { runRecord, runCodeOf, recordHash, type RunRecord } from './record';
export { debrief, describeEffect, titleInQuotes, unlistedCheckIns, type Debrief, type DebriefLine } from './debrief';
export { botCommand } from './bots';
export { simulateCareer } from './simulate';
export { answerCheckIn, CHECK_IN_KEYS } from './check-in';
export { compileScenario, regionName, type CompiledScenario, type Library } from './compile';
export { GAME_VERSION } from './version';
export { sameCommand, type Command, type RunState, type MoveChoice, type CheckIn, type TurnRecord } from './state';
export type { EngineEvent } from './events';
export type { PromotionNeed } from './role-rules';
export * from './ids';
