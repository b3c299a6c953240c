import { expect, type APIRequestContext } from '@playwright/test';
import { endpointPath, type EndpointName } from '../../src/lib/contract/index.ts';

/**
 * Calls the API the way a script would (through the console server, to the simulator): expects an
 * HTTP success and returns the parsed answer, whatever its resultCode.
 */
export async function callApi(request: APIRequestContext, endpoint: EndpointName, data: unknown) {
  const response = await request.post(endpointPath(endpoint), { data });
  expect(response.ok()).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}
