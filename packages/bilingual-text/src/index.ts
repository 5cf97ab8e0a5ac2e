export * from './aliases';
export * from './bidi';
export * from './blocks';
export * from './direction';
export * from './name-index';
export * from './text-folding';
