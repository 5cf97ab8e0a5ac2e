export * from './InterfaceText';
export * from './LoadState';
export * from './editViewPath';
export * from './requests';
export * from './translations';
export * from './useContentLocale';
export * from './usePluginSettings';
export * from './useRemoteData';
