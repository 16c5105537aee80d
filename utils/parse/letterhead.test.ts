import { describe, expect, it } from 'vitest';
import { isPlaceLine, letterheadPlace } from './notice-words';

describe('letterheadPlace: the duty station printed with the body’s name', () => {
  it.each([
    ['Allied Air Command (AIRCOM), Ramstein, Germany\nVacancy Number: AIRCOM 03/26', 'Ramstein, Germany'],
    ['Supreme Headquarters Allied Powers Europe (SHAPE), Mons, Belgium', 'Mons, Belgium'],
    ['NATO Joint Warfare Centre, Stavanger, Norway', 'Stavanger, Norway'],
    ['JOINT WARFARE CENTRE\nStavanger, Norway\n\nVacancy Number: JWC-24-07', 'Stavanger, Norway'],
    ['NSPA - NATO Support and Procurement Agency\nCapellen, Luxembourg', 'Capellen, Luxembourg'],
    ['Headquarters Supreme Allied Commander Transformation (HQ SACT), Norfolk, VA', 'Norfolk, VA'],
    ['NATO Science and Technology Organization\nCentre for Maritime Research and Experimentation (CMRE)\nLa Spezia, Italy', 'La Spezia, Italy'],
    // Two bodies on one line, as a selection that lost its line breaks has them.
    ['NATO Science and Technology Organization Centre for Maritime Research and Experimentation (CMRE) La Spezia, Italy', 'La Spezia, Italy'],
    // A place only with the body's name: a town in prose, or after other lines, is none.
    ['Vacancy Number: 260101\nMons, Belgium', null],
    ['NATO International Staff\nOfficer (Cyber Policy)\nBrussels, Belgium', null],
    ['The post is in Mons, Belgium.', null],
    ['NATO International Staff', null],
    ['Allied Joint Force Command Brunssum\nVacancy ref.: JFCBS 01/26', null],
  ])('%j → %j', (opening, place) => {
    expect(letterheadPlace(opening)).toBe(place);
  });
});

describe('isPlaceLine: a town and its country', () => {
  it.each([
    ['Capellen, Luxembourg', true],
    ['Norfolk, Virginia, United States', true],
    ['Brunssum, The Netherlands', true],
    ['Bruxelles, Belgique', true],
    ['Kyiv, Ukraine', true],
    ['Officer, Defence Policy', false],
    ['Head, Plans and Policy Section', false],
    ['Belgium', false],
    ['Mons, Belgium, 1 March 2026', false],
  ])('%j → %s', (line, expected) => {
    expect(isPlaceLine(line)).toBe(expected);
  });
});
