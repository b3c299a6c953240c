export { TwoColumnFields } from './two-column-fields';
