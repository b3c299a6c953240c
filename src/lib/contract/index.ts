import './error-map';
/** The CCSQM wire contract: one module, used by the client, the forms, the preview and the simulator. */
export * from './describe-issues';
export * from './endpoints';
export * from './fields';
export * from './lenient';
export * from './lossless-json';
export * from './plan';
export * from './result';
export * from './sentence';
export * from './speed-rule';
export * from './token';
