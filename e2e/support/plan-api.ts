import type { APIRequestContext } from '@playwright/test';
import { callApi } from './api';

interface ListedPlan {
  qiqtId: string;
  qiqtName: string;
}

/** The first 100 plans as the simulator lists them (newest first), read the way a script would. */
async function listPlans(request: APIRequestContext): Promise<ListedPlan[]> {
  const answer = await callApi(request, 'queryQualityTask', { page: 1, rows: 100 });
  return (answer.list as ListedPlan[] | undefined) ?? [];
}

/** The names of the listed plans. */
export async function planNames(request: APIRequestContext): Promise<string[]> {
  return (await listPlans(request)).map((plan) => plan.qiqtName);
}

/** The listed plans called `name`. */
export async function planNamed(request: APIRequestContext, name: string): Promise<ListedPlan[]> {
  return (await listPlans(request)).filter((plan) => plan.qiqtName === name);
}
