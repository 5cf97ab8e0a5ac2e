import { validateYupSchema, yup } from '@strapi/utils';

const documentId = yup.string().trim().min(1).max(64);
const locale = yup.string().trim().matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'locale must be a locale code such as en or ar');

/** Each throws Strapi's ValidationError (a 400 naming the field) on bad input. */
export const validateLinkInput = validateYupSchema(
  yup
    .object({
      article: documentId.required(),
      incident: documentId.required(),
      // Which roles exist is the app's configuration; the links service checks the value.
      role: yup.string().max(64),
      note: yup.string().nullable().max(1000),
    })
    .noUnknown()
    .strict()
);

export const validateLinkChanges = validateYupSchema(
  yup
    .object({
      role: yup.string().max(64),
      note: yup.string().nullable().max(1000),
    })
    .noUnknown()
    .strict()
);

export const validateLocaleQuery = validateYupSchema(yup.object({ locale: locale.required() }));

export const validateSearchQuery = validateYupSchema(
  yup.object({ locale: locale.required(), q: yup.string().trim().min(1).max(200).required() })
);

/** Route parameters arrive as text: "12" is read as the number 12, anything else is refused. */
export const validateLinkId = validateYupSchema(
  yup.object({ id: yup.number().typeError('id must be a number').integer().positive().required() }),
  { strict: false }
);
