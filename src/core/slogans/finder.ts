/**
 * Finds the key formulations (提法) of a piece: quoted set phrases, numbered formulations, parallel chains, the
 * campaign phrase a piece repeats, and well-known formulations from the lexicon. All matching runs on a
 * simplified form of the text with the same offsets, so traditional pages are matched the same way and every
 * slogan is shown as the page writes it.
 */
import type { Script, Slogan } from '../article';
import type { Candidate } from './candidate';
import { lexiconCandidates } from './detectors/lexicon';
import { numberedCandidates } from './detectors/numbered';
import { isTemplated, parallelCandidates } from './detectors/parallel';
import { quotedCandidates } from './detectors/quoted';
import { isFormulationShaped, repeatedCandidates } from './detectors/repeated';
import type { LexiconEntry } from './lexicon';
import { type Located, rank, strongest } from './rank';
import { speaksPartyRegister } from './register';
import { sloganKey, toSimplifiedSameLength } from './simplify';
import { joinSources, type Source } from './sources';
import { pageTopics } from './topics';
import { onWordEdges } from './word-edges';

export interface SloganInput {
  title: string | null;
  paragraphs: { text: string }[];
  script: Script;
}

/** Slogans shown at most; the rest are noise on any page. */
const MAX_SLOGANS = 20;
/**
 * Characters of article read at most (a long report is about 20,000): a piece states its formulations early, and
 * the finder runs on every popup open, so a page of endless repeated text must not stall it.
 */
const MAX_CHARS = 60_000;

export function findSlogansWith(input: SloganInput, lexicon: readonly LexiconEntry[]): Slogan[] {
  // Simplified pages are matched as they are; the converter is only built for a traditional page.
  const simplify = input.script === 'hant' ? toSimplifiedSameLength : (text: string) => text;
  const sources: Source[] = [];
  if (input.title?.trim()) sources.push({ original: input.title, simplified: simplify(input.title), paragraph: -1 });
  let budget = MAX_CHARS;
  for (const [index, paragraph] of input.paragraphs.entries()) {
    if (budget <= 0) break;
    budget -= paragraph.text.length;
    sources.push({ original: paragraph.text, simplified: simplify(paragraph.text), paragraph: index });
  }
  if (sources.length === 0) return [];

  const joined = joinSources(sources);
  const candidates = lexiconCandidates(joined.text, lexicon, pageTopics(sources));
  if (speaksPartyRegister(sources)) {
    candidates.push(
      ...strongest(quotedCandidates(sources)),
      ...strongest(numberedCandidates(sources)),
      ...strongest(parallelCandidates(sources)),
      ...strongest(repeatedCandidates(sources)),
    );
  }

  const chosen: Located[] = [];
  for (const candidate of rank(candidates, sources, joined, shapedLikeFormulation)) {
    if (chosen.length === MAX_SLOGANS) break;
    // Word edges are checked last, on the few that would be shown: segmenting is the costly step.
    if ((candidate.kind === 'repeated' || candidate.kind === 'parallel') && !onWordEdges(sources, candidate.first!))
      continue;
    chosen.push(candidate);
  }
  return chosen.map((candidate) => toSlogan(candidate, sources));
}

/** Shown only when shaped like a formulation: a repeated stretch with a formulation's head, a chain with a template. */
function shapedLikeFormulation(candidate: Candidate): boolean {
  if (candidate.lexicon) return true;
  if (candidate.kind === 'repeated') return isFormulationShaped(candidate.key);
  if (candidate.kind === 'parallel') return isTemplated(candidate.key);
  return true;
}

function toSlogan(candidate: Located, sources: Source[]): Slogan {
  const at = candidate.first!;
  const source = sources[at.source]!;
  const text = source.original.slice(at.offset, at.offset + at.length);
  const slogan: Slogan = {
    text,
    // A formulation the lexicon names is remembered as the lexicon writes it, whichever of its forms the page used.
    key: sloganKey(candidate.kind === 'lexicon' ? candidate.key : text),
    count: candidate.count,
    kind: candidate.kind,
  };
  const firstInBody = source.paragraph !== -1 ? { paragraph: source.paragraph, offset: at.offset } : undefined;
  if (firstInBody) slogan.first = firstInBody;
  if (candidate.gloss) slogan.gloss = candidate.gloss;
  return slogan;
}
