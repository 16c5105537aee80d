import { englishWarning } from '../../test/unit/template-english';
import { describe, expect, it } from 'vitest';
import { findMinExperienceYears } from './experience';
import { letterGradeToG, parseGrade } from './grades';
import { findLanguageProfile, findLanguageRequirement } from './languages';
import { findContract } from './contract';
import { clearanceCode } from './notice-words';
import { parseAmount, parseSalary } from './salary';

describe('parseSalary', () => {
  it.each([
    ['9,253.21 (EUR) Monthly', 9253.21, 'EUR', 'month'],
    ['10,742.69Euro (EUR) Monthly', 10742.69, 'EUR', 'month'],
    [': 5,260.65Euro (EUR) Monthly', 5260.65, 'EUR', 'month'],
    ['9 253,21Euro (EUR) Mensuelle', 9253.21, 'EUR', 'month'],
    ['10 742,69Euro (EUR) Mensuelle', 10742.69, 'EUR', 'month'],
    ['9.253,21 € par mois', 9253.21, 'EUR', 'month'],
    ['6,467.30 Euro (EUR) Monthly', 6467.3, 'EUR', 'month'],
    ['4,380.00 (GBP) Monthly', 4380, 'GBP', 'month'],
    ['98,000 (USD) Yearly', 98000, 'USD', 'year'],
    ['₺98.450,00, tax free Monthly', 98450, 'TRY', 'month'],
    ['BAM 4.350,00, tax free Monthly', 4350, 'BAM', 'month'],
    ['14 512,30 zł mensuel', 14512.3, 'PLN', 'month'],
    ['GEL 7,120.00 per month', 7120, 'GEL', 'month'],
    ['UAH 180 000 per month', 180000, 'UAH', 'month'],
    // "pcm": per calendar month, as British notices write it.
    ['£4,321.00 pcm', 4321, 'GBP', 'month'],
    // "ALL" in capitals is a word, not the Albanian lek.
    ['ALL ALLOWANCES INCLUDED: EUR 5,000 MONTHLY', 5000, 'EUR', 'month'],
    // The amount beside the currency, never a grade's or a step's number printed before it.
    ['(Grade B-4, Step 1) EUR 5,244.12 Monthly', 5244.12, 'EUR', 'month'],
    ['Grade G15, step 1: EUR 6,467.30 per month', 6467.3, 'EUR', 'month'],
    ['The basic monthly salary for a G15 is EUR 6,467.30', 6467.3, 'EUR', 'month'],
    ['EUR 5,260.65 (B-4 step 1) Monthly', 5260.65, 'EUR', 'month'],
    ['EUR 4,877.53, tax free (USD equivalent for information only: USD 5,300) Monthly', 4877.53, 'EUR', 'month'],
  ])('%s', (printed, amount, currency, period) => {
    expect(parseSalary(printed)).toEqual({ salary: { amount, currency, period }, problem: null });
  });

  it.each([
    ['9,253.21 Monthly', 'salary: no currency in "9,253.21 Monthly"'],
    ['9,253.21 (EUR)', 'salary: no pay period (monthly/yearly) in "9,253.21 (EUR)"'],
    ['Competitive', 'salary: no amount in "Competitive"'],
    ['$85,000 - $95,000 / YEAR', 'salary: "$85,000 - $95,000 / YEAR" is a range, not one amount'],
    // Only a grade's and a step's numbers: no amount.
    ['Grade B-4, Step 1, EUR Monthly', 'salary: no amount in "Grade B-4, Step 1, EUR Monthly"'],
  ])('never guesses: %s', (printed, problem) => {
    const reading = parseSalary(printed);
    expect(reading.salary).toBeNull();
    expect(reading.problem && englishWarning(reading.problem)).toBe(problem);
  });

  it.each([
    ['9,253.21', 9253.21],
    ['9 253,21', 9253.21],
    ['9253,21', 9253.21],
    ['9.253', 9253],
    ['9,253', 9253],
    ['10742.6', 10742.6],
  ])('parseAmount(%s) = %d', (printed, amount) => {
    expect(parseAmount(printed)).toBe(amount);
  });
});

describe('grades', () => {
  it.each([
    ['NATO Grade G20', ['G20']],
    ['NATO Grade G17-G20', ['G17', 'G20']],
    ['G15/G17', ['G15', 'G17']],
    ['NATO Grade G5/G8', ['G5', 'G8']],
    ['A.6', ['G23']],
    ['A.2 / NATO Grade G15', ['G15']],
    ['B-4/G-10', ['G10']],
    ['A5', ['G22']],
    ['A.2/A.3', ['G15', 'G17']],
    ['L2', ['G16']],
    ['C3', ['G4']],
    // As boards and other templates print them: a dot after G, NATO's "NG", the bare number after the word.
    ['G.15', ['G15']],
    ['NG15', ['G15']],
    ['NATO Grade 15', ['G15']],
    ['Grade: 17', ['G17']],
    ['Unclassified', []],
    ['TEMP', []],
  ])('%s → %j', (printed, grades) => {
    expect(parseGrade(printed)).toEqual({ grade: { label: printed, grades }, problem: null });
  });

  it.each([
    ['NATO Grade G25', 'grade: unknown grade "G25" in "NATO Grade G25"'],
    ['Senior', 'grade: no NATO grade code in "Senior"'],
    ['NATO Grade 25', 'grade: unknown grade "25" in "NATO Grade 25"'],
    // "NG" only as a word of its own: a longer code ending in NG15 is no grade.
    ['SNG15', 'grade: no NATO grade code in "SNG15"'],
  ])('reports %s', (printed, problem) => {
    const reading = parseGrade(printed).problem;
    expect(reading && englishWarning(reading)).toBe(problem);
  });

  it.each([
    ['A.1', 'G11'], ['A.2', 'G15'], ['A.3', 'G17'], ['A.4', 'G20'], ['A5', 'G22'], ['A.6', 'G23'], ['A7', 'G24'],
    ['B1', 'G2'], ['B3', 'G8'], ['B-4', 'G10'], ['B.6', 'G14'],
    ['C1', 'G1'], ['C6', 'G9'], ['L1', 'G13'], ['L5', 'G21'],
    ['a.2', 'G15'], ['A8', null], ['L6', null], ['G15', null], ['X1', null],
  ])('letterGradeToG(%s) = %s', (letter, g) => {
    expect(letterGradeToG(letter)).toBe(g);
  });
});

describe('language requirements', () => {
  it.each([
    ['possess the following minimum levels of NATO\'s official languages (English/French): V ("Advanced") in one; I ("Beginner") in the other;', 'V', 'I'],
    ['(English/French): V ("Advanced") in one; and II ("Elementary") in the other;', 'V', 'II'],
    ['(English/French): VI ("Proficiency") in one; I ("Beginner") in the other.', 'VI', 'I'],
    ['(English/French): IV ("Upper Intermediate") in one; III ("Intermediate") in the other.', 'IV', 'III'],
    ["avoir au minimum le niveau de compétence V (« avancé ») dans l'une des deux langues officielles de l'OTAN (anglais/français), et le niveau I (« débutant ») dans l'autre", 'V', 'I'],
    ['a minimum of level V in English and level II in French', 'V', 'II'],
  ])('%s', (text, primary, secondary) => {
    expect(findLanguageRequirement(text)).toEqual({ primary, secondary });
  });

  it('gives null when no level is stated', () => {
    expect(findLanguageRequirement('Excellent communication skills in English.')).toBeNull();
  });

  it.each([
    ['English: SLP 3322 (Listening, Speaking, Reading, Writing) in accordance with STANAG 6001.', '3322'],
    ['Language: English - Standardized Language Profile (SLP) 3333', '3333'],
    ['STANAG 6001 profile 3-3-2-2 in English', '3322'],
    ['English 4444 (SLP)', '4444'],
    ['STANAG 6001 Edition 5 applies.', null],
    ['Minimum 3 years of experience in 2025.', null],
  ])('STANAG 6001 profile in %s → %s', (text, profile) => {
    expect(findLanguageProfile(text)).toBe(profile);
  });
});

describe('minimum years of experience', () => {
  it.each([
    ['possess at least 6 years of relevant work experience', 6],
    ["have at least 10 years' experience in political reporting, out of which at least 5 years managing diverse teams", 10],
    ['developed through at least 15 years of professional experience', 15],
    ['Minimum 3 years of experience in procurement within the last 5 years.', 3],
    ['A minimum of five (5) years of experience in logistics.', 5],
    ['Minimum of 2 years experience', 2],
    ['5+ years of experience in software engineering', 5],
    ['at least 8 years in a national administration; at least 4 years in an international organisation', 4],
    ["avoir au moins six années d'expérience professionnelle pertinente", 6],
    ['No experience figure here.', null],
  ])('%s → %s', (text, years) => {
    expect(findMinExperienceYears(text)).toBe(years);
  });
});

describe('clearanceCode: a header clearance value', () => {
  it.each([
    ['NS', 'NS'],
    ['NATO SECRET', 'NS'],
    ['COSMIC TOP SECRET/ATOMAL', 'CTS/A'],
    ['COSMIC TRÈS SECRET', 'CTS'],
    ['NATO CONFIDENTIEL', 'NC'],
    // The level among other words: its code.
    ['Required: NATO SECRET', 'NS'],
    ['NATO SECRET (NS)', 'NS'],
    ['The successful candidate must hold a NATO CONFIDENTIAL clearance', 'NC'],
    // No level named: kept as printed, never guessed.
    ['to be confirmed', 'to be confirmed'],
  ])('%j → %j', (value, code) => {
    expect(clearanceCode(value)).toBe(code);
  });
});

describe('contract terms, in English and French', () => {
  it.each([
    ['Definite duration contract of three years; possibility of renewal for up to three years.', { initialYears: 3, renewableYears: 3, maxYears: null }],
    ['The maximum period of service foreseen in this post is 6 years.', { initialYears: null, renewableYears: null, maxYears: 6 }],
    // 250875's French half, as printed.
    ["Contrat proposé (hors détachement) : contrat d'une durée déterminée de trois ans ; renouvelable pour une période de trois ans maximum.", { initialYears: 3, renewableYears: 3, maxYears: null }],
    ['La durée de service maximale prévue à ce poste est de six ans.', { initialYears: null, renewableYears: null, maxYears: 6 }],
    ["un contrat d'une durée déterminée de trois ans, qui pourra être reconduit pour trois ans.", { initialYears: 3, renewableYears: 3, maxYears: null }],
  ])('%s', (text, terms) => {
    expect(findContract(text)).toEqual(terms);
  });

  it('states none when the text names no term', () => {
    expect(findContract('Contrat : selon le Règlement du personnel civil.')).toBeNull();
  });
});
