// Every interface catalogue, by language: what the translator loads and the test checks.
import { az } from './az.ts';
import type { Catalogue } from './catalogue.ts';
import { en } from './en.ts';
import { hy } from './hy.ts';
import type { Language } from './languages.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';

/** One catalogue per language; English is the source, and the fallback for anything missing. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, tr, ru, az, hy };
