import { Accordion, Badge, Box, Flex, Typography } from '@strapi/design-system';
import { isolate } from '@syria-cms/bilingual-text';
import type { Mapping } from './contract';
import { useDxText } from './messages';
import { useNames } from './names';

/** What a mapping reads: its description, and its columns in a list that opens on demand. */
export const MappingColumns = ({ mapping }: { mapping: Mapping }) => {
  const t = useDxText();
  const names = useNames();
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="mapping-details">
      <Typography textColor="neutral600" data-testid="mapping-description">
        {names.mappingDescription(mapping)}
      </Typography>
      <Accordion.Root>
        <Accordion.Item value="columns">
          <Accordion.Header>
            <Accordion.Trigger data-testid="mapping-columns-toggle">{t('mapping.columns', { count: mapping.columns.length })}</Accordion.Trigger>
          </Accordion.Header>
          <Accordion.Content>
            <Box padding={4}>
              <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
                {mapping.columns.map((column) => (
                  <Flex tag="li" key={column.name} gap={3} alignItems="baseline" data-testid="mapping-column" data-column={column.name}>
                    {/* Column names are the file's headers, Latin in either language. */}
                    <Typography fontWeight="bold" dir="ltr" style={{ fontFamily: 'monospace', minWidth: '16rem' }}>
                      {column.name}
                    </Typography>
                    {column.required && (
                      <Badge size="S" variant="warning">
                        {t('mapping.required')}
                      </Badge>
                    )}
                    <Typography textColor="neutral600">{isolate(names.column(mapping.name, column))}</Typography>
                  </Flex>
                ))}
              </Flex>
              {mapping.columns.some((column) => column.name.endsWith('__ar')) || mapping.name.startsWith('native-') ? (
                <Box paddingTop={3}>
                  <Typography variant="pi" textColor="neutral600">
                    {t('mapping.arabic-columns')}
                  </Typography>
                </Box>
              ) : null}
            </Box>
          </Accordion.Content>
        </Accordion.Item>
      </Accordion.Root>
    </Flex>
  );
};
