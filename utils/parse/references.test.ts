import { describe, expect, it } from 'vitest';
import { statedReferences } from './notice-words';

/**
 * References as the labels of other bodies' notices print them, read whole and never beyond:
 * a code in parts ("JFC NP 02/2024") is one reference; the words after it (a title, the next
 * label, a heading's number) are not part of it. Each row's expectation is read off its text.
 */

describe('statedReferences: a reference read whole, and no further', () => {
  it.each([
    ['Vacancy ref.: NCIA/CS/0212_24', ['NCIA/CS/0212_24']],
    ['Vacancy Number: JFCBS 01/25', ['JFCBS 01/25']],
    ['Vacancy ref.: JFC NP 02/2024', ['JFC NP 02/2024']],
    ['Vacancy Number: ACT SEE 123/24', ['ACT SEE 123/24']],
    ['Vacancy Number: HQ 01/25', ['HQ 01/25']],
    ['Vacancy No.: AC 23/011', ['AC 23/011']],
    // "Vacancy No" is not the start of "VACANCY NOTICE", a heading with the number after it.
    ['VACANCY NOTICE 250412', ['250412']],
    // The words after the code, on the same line.
    ['Vacancy Number: JFCBS 01/25 Closing Date: 14 February 2025', ['JFCBS 01/25']],
    ['Vacancy ref.: JFC NP 02/2024 Senior Assistant (Budget)', ['JFC NP 02/2024']],
    ['Vacancy ref.: JFC NP 02/2024 - Senior Assistant', ['JFC NP 02/2024']],
    ['STAFF VACANCY IMS/013/2025 NATO UNCLASSIFIED DIVISION: Logistics', ['IMS/013/2025']],
    ['VACANCY N° : 170023 TITLE: Programme Officer', ['170023']],
    ['Requisition #: NSPA-2025-0417 NATO Grade: G15', ['NSPA-2025-0417']],
    ['Vacancy Number: B04/0125 Post Number: OJC XXXX 0010', ['B04/0125']],
    ['Vacancy ref.: ACT SEE 123/24 1. SUMMARY', ['ACT SEE 123/24']],
    ['Vacancy ref.: ACT SEE 123/24.', ['ACT SEE 123/24']],
    // A code in parts ends with its first part holding a digit, or at a label.
    ['Vacancy ref.: JFC NP 02/2024 2 posts', ['JFC NP 02/2024']],
    ['Vacancy Number: JFCBS 01/25 15 March 2025', ['JFCBS 01/25']],
    ['Vacancy Number: JFCBS 01/25 A-4/G20', ['JFCBS 01/25']],
    ['Vacancy Number: JFCBS GRADE B-4', []],
    ['Vacancy Number: ACT CLOSING DATE 15 MARCH', []],
    // A code that opens with digits goes no further than its first part.
    ['Vacancy Number: 250123 15 June 2025', ['250123']],
    ['Job Number: 250777 2 posts', ['250777']],
    // The next line is not part of the code.
    ['Vacancy Number: JFCBS\n01/25', []],
    // A label that ends its line, its code alone on the next (a definition list, a table).
    ['Vacancy Number\n260222\nJob Title\nContracting Officer', ['260222']],
    ['Vacancy ref.:\nNCIA/CS/0212_24', ['NCIA/CS/0212_24']],
    ['Job Number\n  JFC NP 02/2024  \nGrade', ['JFC NP 02/2024']],
    // The next line that holds more than a code is no reference of the label.
    ['Vacancy Notice\nVacancy Number: 250987', ['250987']],
    ['Vacancy Number\n260222 Contracting Officer', []],
    ['Vacancy Number\n\n260222', []],
    // Capitals alone are no reference.
    ['Vacancy Number: JFCBS', []],
    ['Post Number: OSC BTS', []],
  ])('%j → %j', (text, references) => {
    expect(statedReferences(text).references).toEqual(references);
  });

  it('keeps the number a post label prints apart from the vacancy reference', () => {
    expect(statedReferences('Vacancy Number: B04/0125\nPost Number: OJC XXXX 0010')).toEqual({ references: ['B04/0125'], postNumbers: ['OJC XXXX 0010'] });
    expect(statedReferences('Post Number: GK 25/017')).toEqual({ references: [], postNumbers: ['GK 25/017'] });
    expect(statedReferences('Post Number\nMCIX ISR 0040\nClosing Date')).toEqual({ references: [], postNumbers: ['MCIX ISR 0040'] });
  });
});
