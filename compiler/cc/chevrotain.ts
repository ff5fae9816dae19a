/**
 * chevrotain, loaded from the single-file bundle its package ships. The package's main
 * entry is about 600 ES modules (lodash-es), which take ~320 ms to load; the bundle
 * takes ~20 ms — and start-up is most of the time of a one-file rebuild in the
 * tutorial loop. Falls back to the main entry if a chevrotain release lacks the bundle.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Api from 'chevrotain';

async function load(): Promise<typeof Api> {
  const entry = createRequire(import.meta.url).resolve('chevrotain'); // .../lib/src/api.js
  const bundle = join(dirname(entry), '..', 'chevrotain.mjs');
  if (existsSync(bundle)) return (await import(pathToFileURL(bundle).href)) as typeof Api;
  return import('chevrotain');
}

const api = await load();

export const EmbeddedActionsParser = api.EmbeddedActionsParser;
export const Lexer = api.Lexer;
export const createToken = api.createToken;
export const tokenMatcher = api.tokenMatcher;
export const EOF = api.EOF;
export const getLookaheadPaths = api.getLookaheadPaths;
export const LLkLookaheadStrategy = api.LLkLookaheadStrategy;
// The grammar's recorded form (GAST), walked by parser-paths.ts.
export const Alternation = api.Alternation;
export const Alternative = api.Alternative;
export const NonTerminal = api.NonTerminal;
export const Option = api.Option;
export const Repetition = api.Repetition;
export const RepetitionMandatory = api.RepetitionMandatory;
export const RepetitionMandatoryWithSeparator = api.RepetitionMandatoryWithSeparator;
export const RepetitionWithSeparator = api.RepetitionWithSeparator;
export const Terminal = api.Terminal;
export type Alternation = Api.Alternation;
export type Alternative = Api.Alternative;
export type NonTerminal = Api.NonTerminal;
export type Option = Api.Option;
export type Terminal = Api.Terminal;
export type {
  ILookaheadStrategy, ILookaheadValidationError, IOrAlt, IProduction, IRecognitionException, IToken,
  LookaheadProductionType, OptionalProductionType, ParserMethod, Rule, TokenType,
} from 'chevrotain';
