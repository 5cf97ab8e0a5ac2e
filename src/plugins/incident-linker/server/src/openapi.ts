import type { IncidentLinkerConfig } from './config';

/** The plugin's public endpoints, for the documentation plugin's OpenAPI document. */
const linkedList = (summary: string, side: string, linkRoles: string[]) => ({
  get: {
    tags: ['Incident links'],
    summary,
    parameters: [
      { name: 'documentId', in: 'path', required: true, description: `The ${side}'s documentId.`, schema: { type: 'string' } },
      { name: 'locale', in: 'query', required: false, description: 'en or ar; a linked document not translated yet comes in its other locale, marked localeFallback.', schema: { type: 'string' } },
    ],
    responses: {
      200: {
        description: 'Published linked documents with the link role and note',
        content: { 'application/json': { schema: {
              type: 'object',
              properties: {
                data: { type: 'array', items: { type: 'object', properties: { role: { type: 'string', enum: linkRoles } } } },
                meta: { type: 'object' },
              },
            }, } },
      },
      404: { description: `No published ${side} has this documentId.`, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    },
  },
});

/** Link roles are the app's choice (config.linkRoles): the document lists the configured ones. */
export const linkerOverride = ({ linkRoles }: Pick<IncidentLinkerConfig, 'linkRoles'>) => ({
  tags: [{ name: 'Incident links', description: 'Which incidents an article reports, and which articles cover an incident (published only).' }],
  paths: {
    '/incident-linker/articles/{documentId}/incidents': linkedList('The published incidents an article reports', 'article', linkRoles),
    '/incident-linker/incidents/{documentId}/articles': linkedList('The published articles that cover an incident', 'incident', linkRoles),
  },
});
