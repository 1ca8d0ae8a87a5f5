import { z } from 'zod';
import { LANGS } from '../../domain/index.js';

/** `?lang=en|es|pt|fr`, English by default. */
export const LangQuery = z.enum(LANGS).default('en');
