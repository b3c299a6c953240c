export { upstreamQueryOptions, useUpstream, type UpstreamInfo } from './api/get-upstream';
export { UpstreamBadge } from './components/upstream-badge';
export { UpstreamDetails } from './components/upstream-details';
