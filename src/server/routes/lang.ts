import { z } from '@hono/zod-openapi';
import { LANGS } from '../../domain/index.js';

/** `?lang=en|es|pt|fr`, English by default. */
export const LangQuery = z.enum(LANGS).default('en').meta({ description: 'Language of the texts in the answer.', example: 'es' });
