export { JsonPreview, type JsonPreviewProps } from './json-preview';
export { tokenizeJson, type JsonToken, type JsonTokenKind } from './highlight-json';
