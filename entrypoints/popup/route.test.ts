import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './route';

describe('popup routes', () => {
  it.each<[string, Route]>([
    ['', { view: 'deadlines' }],
    ['#/', { view: 'deadlines' }],
    ['#/vacancy/251836', { view: 'vacancy', reference: '251836' }],
    ['#/vacancy', { view: 'deadlines' }],
    ['#/compare', { view: 'compare' }],
    ['#/essay/250443', { view: 'essay', reference: '250443' }],
    ['#/essay', { view: 'essay' }],
    ['#/add', { view: 'add' }],
    ['#/add/pending', { view: 'add', pending: true }],
    ['#/settings', { view: 'settings' }],
    ['#/settings/profile', { view: 'settings', profile: true }],
    ['#/nonsense', { view: 'deadlines' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    if (hash.length > 2 && route.view !== 'deadlines') expect(routeHash(route)).toBe(hash);
  });
});
