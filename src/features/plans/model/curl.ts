import { JSON_CONTENT_TYPE } from '@/lib/contract';
import { endpointPath } from '@/lib/contract';

/**
 * The same request as a curl command, for someone calling the API directly. The token, app key
 * and operator id are placeholders: the console never holds them (the proxy adds them).
 */
export const EXAMPLE_DOMAIN = 'service.besclouds.com';

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

export function buildCurl(bodyText: string): string {
  return [
    `curl -X POST ${quote(`https://${EXAMPLE_DOMAIN}${endpointPath('addQualityTask')}`)}`,
    `  -H ${quote(`Content-Type: ${JSON_CONTENT_TYPE}`)}`,
    `  -H ${quote('Authorization: Bearer <AccessToken>')}`,
    `  -H ${quote('x-app-key: <app key>')}`,
    `  -H ${quote('x-UserId: <operator id>')}`,
    `  --data-raw ${quote(bodyText)}`,
  ].join(' \\\n');
}
