/* The engine's public surface: pure TypeScript, usable from Node, the session layer and tests. */
export * from './acts';
export * from './call-types';
export * from './competencies/catalogue';
export * from './scenario/types';
export * from './scenario/problem';
export * from './scenario/load-scenario';
export * from './scenario/load-library';
export * from './compiler/compile-scenario';
export * from './procedures/finding';
export * from './procedures/procedure-machines';
export * from './call/call-state';
export * from './scoring/score-call';
export * from './debrief/build-debrief';
export * from './analysis/enumerate-paths';
