/** The speed-rules feature: list, editor (update) and creation of CCSQM speed rules. */
export { NewSpeedRulePage } from './components/new-speed-rule-page';
export { SpeedRuleEditPage } from './components/speed-rule-edit-page';
export { SpeedRulesListPage } from './components/speed-rules-list-page';
