import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { directionOf } from '@syria-cms/bilingual-text';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { useDxText } from './messages';

/** The design system aligns table cells left whatever the direction: here they start where the page's text does. */
const PageBody = styled(Box)`
  & table th,
  & table td {
    text-align: start;
  }
`;

const Section = ({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) => (
  <Box tag="section" background="neutral0" hasRadius shadow="tableShadow" padding={7} aria-label={title} data-testid={testId}>
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Typography tag="h2" variant="alpha">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

/** The Import & Export page: editors' way in and out of the record in spreadsheets. */
const ImportExportPage = () => {
  const t = useDxText();
  const { locale } = useIntl();
  return (
    <Page.Main>
      <Page.Title>{t('title')}</Page.Title>
      <PageBody dir={directionOf(locale)} data-testid="import-export-page">
        <Layouts.Header title={t('title')} subtitle={t('subtitle')} />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={8} paddingBottom={10}>
            <Section title={t('import.title')} testId="import">
              <ImportSection />
            </Section>
            <Section title={t('export.title')} testId="export">
              <ExportSection />
            </Section>
          </Flex>
        </Layouts.Content>
      </PageBody>
    </Page.Main>
  );
};

// Default export: the admin router loads the page lazily (addMenuLink's `Component`).
export default ImportExportPage;
