/**
 * `npm run read-invitation -- FILE…`: prints the step each pasted invitation (an e-mail or a
 * letter, as text) proposes, as JSON: kind, reference, due, slot, zoneAsStated (an array for
 * several files). Why a text proposes no date goes to stderr. Argument handling and IO only: the
 * reading is in utils/invitation.
 */
import { readFile } from 'node:fs/promises';
import '../i18n';
import { translator } from '../i18n-core';
import { nothingDatedReason, type InvitationProposal } from '../invitation/proposal';
import { wordReason } from '../reasons/word-reason';
import { readInvitation } from '../invitation/read-invitation';
import { EXIT_USAGE, printUsage, runCommand } from './command';

const USAGE = `usage: npm run read-invitation -- FILE...
  FILE  the text of an invitation e-mail (with its headers, for a deadline counted from receipt) or letter`;

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) return printUsage('read-invitation', '', USAGE);
  const unknown = args.find((arg) => arg.startsWith('-') && arg !== '-');
  if (unknown !== undefined) return printUsage('read-invitation', `unknown option ${unknown}`, USAGE);
  if (args.length === 0) return printUsage('read-invitation', 'no file given', USAGE);
  const proposals: InvitationProposal[] = [];
  let exitCode = 0;
  for (const file of args) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}\n`);
      exitCode = EXIT_USAGE;
      continue;
    }
    const { proposal, why } = readInvitation(text);
    if (why !== null) process.stderr.write(`${file}: no dated step: ${wordReason(nothingDatedReason(why), translator('en'), 'en')}\n`);
    proposals.push(proposal);
  }
  if (proposals.length > 0) process.stdout.write(`${JSON.stringify(args.length === 1 ? proposals[0] : proposals, null, 2)}\n`);
  return exitCode;
}

runCommand('read-invitation', main);
