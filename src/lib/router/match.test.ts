import { describe, expect, it } from 'vitest';
import { matchPath, matchRoutes, type RouteObject } from './match';

describe('matchPath', () => {
  it('matches static segments whatever their case and a trailing slash', () => {
    expect(matchPath('/plans', '/plans')).toEqual({});
    expect(matchPath('/plans', '/Plans/')).toEqual({});
    expect(matchPath('/plans', '/plan')).toBeNull();
    expect(matchPath('/plans', '/plans/new')).toBeNull();
  });

  it('reads :params, decoded', () => {
    expect(matchPath('/speed-rules/:id', '/speed-rules/954637368599307266')).toEqual({
      id: '954637368599307266',
    });
    expect(matchPath('/speed-rules/:id', '/speed-rules/a%20b')).toEqual({ id: 'a b' });
    // A malformed escape is kept as typed rather than throwing.
    expect(matchPath('/speed-rules/:id', '/speed-rules/%E0%A4%A')).toEqual({ id: '%E0%A4%A' });
    expect(matchPath('/speed-rules/:id', '/speed-rules')).toBeNull();
  });

  it('with end: false, also matches the paths below, on segment boundaries only', () => {
    expect(matchPath('/plans', '/plans/new', false)).toEqual({});
    expect(matchPath('/plans', '/plans', false)).toEqual({});
    expect(matchPath('/plans', '/plansx', false)).toBeNull();
    expect(matchPath('/speed-rules', '/plans', false)).toBeNull();
  });

  it('lets * take the rest of the path, or nothing', () => {
    expect(matchPath('/*', '/no/such/page')).toEqual({ '*': 'no/such/page' });
    expect(matchPath('/*', '/')).toEqual({ '*': '' });
    expect(matchPath('/files/*', '/files/a/b')).toEqual({ '*': 'a/b' });
  });
});

const element = (name: string) => name;
const layout: RouteObject = { path: '/', element: element('layout') };
const group: RouteObject = { errorElement: element('error') };
const index: RouteObject = { index: true, element: element('redirect') };
const plans: RouteObject = { path: '/plans', element: element('plans') };
const newPlan: RouteObject = { path: '/plans/new', element: element('new plan') };
const rule: RouteObject = { path: '/speed-rules/:id', element: element('rule') };
const newRule: RouteObject = { path: '/speed-rules/new', element: element('new rule') };
const notFound: RouteObject = { path: '*', element: element('not found') };
layout.children = [group];
// The not-found route comes first on purpose: order does not decide, specificity does.
group.children = [notFound, index, plans, rule, newPlan, newRule];
const table = [layout];

const routesOf = (pathname: string) => matchRoutes(table, pathname).map((match) => match.route);

describe('matchRoutes', () => {
  it('returns the chain from the layout to the page, through routes without a path', () => {
    expect(routesOf('/plans')).toEqual([layout, group, plans]);
    expect(routesOf('/plans/new')).toEqual([layout, group, newPlan]);
  });

  it('matches the index route at its parent’s path', () => {
    expect(routesOf('/')).toEqual([layout, group, index]);
  });

  it('prefers static segments to params, and params to *', () => {
    expect(routesOf('/speed-rules/new')).toEqual([layout, group, newRule]);
    expect(routesOf('/speed-rules/42')).toEqual([layout, group, rule]);
    expect(routesOf('/speed-rules/42/more')).toEqual([layout, group, notFound]);
    expect(routesOf('/no/such/page')).toEqual([layout, group, notFound]);
  });

  it('gives every match of the chain the params of the path', () => {
    const matches = matchRoutes(table, '/speed-rules/42');
    expect(matches.map((match) => match.params)).toEqual([
      { id: '42' },
      { id: '42' },
      { id: '42' },
    ]);
  });

  it('resolves relative child paths against the parent and keeps table order on ties', () => {
    const first: RouteObject = { path: ':id' };
    const second: RouteObject = { path: ':name' };
    const parent: RouteObject = { path: '/speed-rules', children: [first, second] };
    expect(matchRoutes([parent], '/speed-rules/7').map((match) => match.route)).toEqual([
      parent,
      first,
    ]);
    // A parent with a path matches its own path, with an empty outlet.
    expect(matchRoutes([parent], '/speed-rules').map((match) => match.route)).toEqual([parent]);
  });

  it('returns nothing when no route matches', () => {
    expect(matchRoutes([{ path: '/plans' }], '/speed-rules')).toEqual([]);
  });
});
