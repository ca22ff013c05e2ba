// The game version: part of every run code and record. Bump it whenever the same (scenario, seed,
// commands) could play differently, so old codes are refused instead of silently replaying wrong.
export const GAME_VERSION = 8;
