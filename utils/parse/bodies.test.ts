import { describe, expect, it } from 'vitest';
import { isBodyName, namedBody } from './notice-words';

/**
 * The NATO body a notice names: the portal's own organisation names
 * (test/fixtures/portal/taleo-jobsearch-2023-rendered.html), letterheads in capitals, and words of
 * prose that only look like a body's short name. Each row's body is read off its text.
 */

describe('namedBody', () => {
  it.each([
    // The portal's organisation list, as written there.
    ['HQ NAEW & C Force Geilenkirchen', 'NATO Airborne Early Warning and Control Force (NAEW&CF)'],
    ['HQ AIRCOM', 'Allied Air Command (AIRCOM)'],
    ['HQ MARCOM', 'Allied Maritime Command (MARCOM)'],
    ['HQ Sarajevo', 'NATO Headquarters Sarajevo (NHQSa)'],
    ['Joint Force Command Brunssum NLD', 'Joint Force Command Brunssum (JFCBS)'],
    ['Joint Force Command Naples', 'Joint Force Command Naples (JFCNP)'],
    ['Land Command HQ', 'Allied Land Command (LANDCOM)'],
    ['Headquarters Supreme Allied Commander Transformation', 'Allied Command Transformation (ACT)'],
    ['NATO STANDARDIZATION OFFICE', 'NATO Standardization Office (NSO)'],
    ['SCIENCE AND TECHNOLOGY ORGANIZATION (STO)', 'NATO Science and Technology Organization (STO)'],
    ['NATO Defense College', 'NATO Defense College (NDC)'],
    // Letterheads in capitals.
    ['ALLIED JOINT FORCE COMMAND NAPLES\nNATO Civilian Vacancy', 'Joint Force Command Naples (JFCNP)'],
    ["AGENCE OTAN DE SOUTIEN ET D'ACQUISITION (NSPA)", 'NATO Support and Procurement Agency (NSPA)'],
    // An umbrella gives way to the body it holds.
    ['SCIENCE AND TECHNOLOGY ORGANIZATION\nCOLLABORATION SUPPORT OFFICE', 'Collaboration Support Office (CSO)'],
  ])('%j → %s', (text, body) => {
    expect(namedBody(text)).toBe(body);
  });

  it.each([
    'We shape the future of the Alliance and act on its behalf.',
    'The incumbent will act as deputy and help shape policy.',
    'Joint force command structures of the nations.',
  ])('names no body in %j', (text) => {
    expect(namedBody(text)).toBeNull();
  });
});

describe('isBodyName: a value that is a body\'s name', () => {
  it.each([
    ['Centre for Maritime Research and Experimentation (CMRE)', true],
    ['HQ AIRCOM', true],
    ['HQ NAEW & C Force Geilenkirchen', true],
    ['Ramstein, Germany', false],
    ['Assistant to HQ AIRCOM', false],
  ])('%j → %s', (value, expected) => {
    expect(isBodyName(value)).toBe(expected);
  });
});
