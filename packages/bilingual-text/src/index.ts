export * from './aliases';
export * from './bidi';
export * from './blocks';
export * from './direction';
export * from './localized-fields';
export * from './name-index';
export * from './text-folding';
