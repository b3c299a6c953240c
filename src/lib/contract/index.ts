import './error-map.ts';
/** The CCSQM wire contract: one module, used by the client, the forms, the preview and the simulator. */
export * from './describe-issues.ts';
export * from './endpoints.ts';
export * from './fields.ts';
export * from './lenient.ts';
export * from './lossless-json.ts';
export * from './plan.ts';
export * from './result.ts';
export * from './sentence.ts';
export * from './speed-rule.ts';
export * from './token.ts';
