import * as React from 'react';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useForm, useQueryParams } from '@strapi/strapi/admin';
import { useIntl, type IntlShape } from 'react-intl';
import { directionOf, isolate } from '@syria-cms/bilingual-text';
import {
  BORDER_TOLERANCE_KM,
  checkPoint,
  governorateReach,
  isWarning,
  readCoordinates,
  relationChoice,
  type Coordinates,
  type MapFlag,
} from './checks';
import { INCIDENT_UID, LOCATION_UID } from './gazetteer-api';
import { boundsOf, circleBounds, distanceKm, unionBounds, type OutlineGeometry, type Position } from './geometry';
import { MapSvg, useMapColors, type MapPlace } from './MapSvg';
import syriaOutline from './syria-outline.json';
import { useSurroundings } from './useSurroundings';

const OUTLINE = syriaOutline.geometry as OutlineGeometry;
const SYRIA_BOUNDS = boundsOf(OUTLINE);
const MAP_WIDTH = 280;

/**
 * The "Map" side panel of the location and incident edit views: Syria's outline with the entry's
 * point, the other places of its governorate faint, a closer view of the governorate, and what
 * to check before saving (src/admin/map-preview/checks.ts). A location's point follows its
 * latitude and longitude as they are typed; an incident shows the place it is linked to, as
 * chosen in the form.
 */
export const MapPreviewPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  if (model !== LOCATION_UID && model !== INCIDENT_UID) return null;
  return {
    title: formatMessage({ id: 'map-preview.title', defaultMessage: 'Map' }),
    content: (
      <MapPreview
        kind={model === LOCATION_UID ? 'location' : 'incident'}
        documentId={documentId}
        version={typeof document?.updatedAt === 'string' ? document.updatedAt : undefined}
      />
    ),
  };
};

interface I18nQuery {
  plugins?: { i18n?: { locale?: string } };
}

const useContentLocale = () => {
  const [{ query }] = useQueryParams<I18nQuery>();
  return query.plugins?.i18n?.locale || 'en';
};

interface Props {
  kind: 'location' | 'incident';
  documentId?: string;
  version?: string;
}

const MapPreview = ({ kind, documentId, version }: Props) => {
  const intl = useIntl();
  const locale = useContentLocale();
  // The form's live values: the point as it is typed, the parent or place as it is chosen.
  const latitude = useForm('MapPreview', (state) => (state.values as Record<string, unknown>).latitude);
  const longitude = useForm('MapPreview', (state) => (state.values as Record<string, unknown>).longitude);
  const level = useForm('MapPreview', (state) => (state.values as Record<string, unknown>).level);
  const relation = useForm('MapPreview', (state) => (state.values as Record<string, unknown>)[kind === 'location' ? 'parent' : 'location']);

  const isGovernorate = kind === 'location' && level === 'governorate';
  const surroundings = useSurroundings({ kind, documentId, choice: relationChoice(relation), isGovernorate, locale, version });
  const data = surroundings.data;

  const place = kind === 'incident' ? data?.place : undefined;
  const coordinates: Coordinates | null =
    kind === 'location' ? readCoordinates(latitude, longitude) : place?.point ? { state: 'point', point: place.point } : place ? { state: 'missing' } : null;
  const point = coordinates?.state === 'point' ? coordinates.point : null;

  // The entry itself (or the incident's place) is the point, not one of the faint places.
  const ownId = kind === 'location' ? documentId : place?.documentId;
  const governorate = data?.governorate && data.governorate !== 'self' ? data.governorate : null;
  const others: MapPlace[] = (data?.places ?? [])
    .filter((candidate) => candidate.documentId !== ownId && candidate.point)
    .map((candidate) => ({ documentId: candidate.documentId, name: candidate.name, point: candidate.point! }));
  const governorateMark: MapPlace | null = governorate?.point ? { documentId: governorate.documentId, name: governorate.name, point: governorate.point } : null;

  let flags: MapFlag[] = [];
  if (kind === 'incident' && surroundings.isLoading && !data) flags = [];
  else if (kind === 'incident' && !coordinates) flags = [{ kind: 'no-location' }];
  else if (coordinates) {
    flags = checkPoint({
      outline: OUTLINE,
      coordinates,
      // Not compared while the governorate is unknown (loading, or it could not be read).
      governorate: !data ? undefined : data.governorate === 'self' ? 'self' : governorate ? { point: governorate.point, places: others.map((other) => other.point) } : null,
    });
  }
  const warn = flags.some(isWarning);

  const reach = governorate ? governorateReach(governorate.point, others.map((other) => other.point)) : null;
  const detail = detailView(point, governorateMark, others, reach);
  const text = (id: string, defaultMessage: string, values?: Record<string, string>) => intl.formatMessage({ id, defaultMessage }, values);

  return (
    <Box width="100%" dir={directionOf(intl.locale)} data-testid="map-preview-panel" data-warning={warn ? 'true' : 'false'}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        {kind === 'incident' && place && (
          <Typography variant="omega" data-testid="map-preview-place-name">
            {text('map-preview.incident-place', 'Place: {name}', { name: isolate(place.name) })}
          </Typography>
        )}
        <MapSvg
          outline={OUTLINE}
          bounds={SYRIA_BOUNDS}
          width={MAP_WIDTH}
          testId="map-preview-syria"
          label={text('map-preview.syria-map', 'Map of Syria with this entry’s point')}
          point={point}
          warn={warn}
          governorate={governorateMark}
          places={others}
        />
        {detail && (
          <Box>
            <MapSvg
              outline={OUTLINE}
              bounds={detail}
              width={MAP_WIDTH}
              testId="map-preview-detail"
              label={text('map-preview.detail-map', 'Closer: {governorate} and its places', { governorate: isolate(governorateMark?.name ?? '') })}
              point={point}
              warn={warn}
              governorate={governorateMark}
              places={others}
              reach={reach ? { centre: reach.centre, radiusKm: reach.limitKm } : null}
            />
            <Legend hasReach={Boolean(reach)} hasPlaces={others.length > 0} kind={kind} />
          </Box>
        )}
        {point && (
          <Typography variant="pi" textColor="neutral600" data-testid="map-preview-coordinates">
            <span dir="ltr">{formatCoordinates(intl, point)}</span>
          </Typography>
        )}
        {surroundings.isLoading && !data && (
          <Loader small>{text('map-preview.loading', 'Loading the governorate’s places…')}</Loader>
        )}
        {Boolean(surroundings.error) && (
          <Typography variant="pi" textColor="neutral600" data-testid="map-preview-load-error">
            {text('map-preview.load-error', 'The governorate’s places could not be read: the map shows the point only.')}
          </Typography>
        )}
        {flags.length > 0 && (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2} role="status" aria-live="polite">
            {flags.map((flag) => (
              <FlagLine key={flag.kind} flag={flag} governorate={governorate?.name} />
            ))}
          </Flex>
        )}
        <Typography variant="pi" textColor="neutral500">
          {text('map-preview.source', 'Border from Natural Earth, at 1:10 million.')}
        </Typography>
      </Flex>
    </Box>
  );
};

/** The closer view: the governorate's reach (and the point, unless it is far away), or nothing without a governorate. */
function detailView(point: Position | null, governorate: MapPlace | null, places: MapPlace[], reach: ReturnType<typeof governorateReach>) {
  if (!reach) return null;
  const pointNear = point && distanceKm(reach.centre, point) <= 2 * reach.limitKm ? [point] : [];
  const bounds = unionBounds([circleBounds(reach.centre, reach.limitKm)], [
    ...pointNear,
    ...(governorate ? [governorate.point] : []),
    ...places.map((place) => place.point),
  ]);
  // A margin of 5% on each side, so the circle's edge is not cut.
  const dx = (bounds.east - bounds.west) * 0.05;
  const dy = (bounds.north - bounds.south) * 0.05;
  return { west: bounds.west - dx, east: bounds.east + dx, south: bounds.south - dy, north: bounds.north + dy };
}

function formatCoordinates(intl: IntlShape, [longitude, latitude]: Position) {
  // Latin digits, as the latitude and longitude fields show them.
  const number = (value: number) => intl.formatNumber(value, { maximumFractionDigits: 5, numberingSystem: 'latn' });
  return intl.formatMessage(
    { id: 'map-preview.coordinates', defaultMessage: 'Latitude {latitude}, longitude {longitude}' },
    { latitude: number(latitude), longitude: number(longitude) },
  );
}

const Legend = ({ hasReach, hasPlaces, kind }: { hasReach: boolean; hasPlaces: boolean; kind: Props['kind'] }) => {
  const { formatMessage } = useIntl();
  const items = [
    { key: 'point', symbol: '●', color: 'primary600', text: formatMessage({ id: `map-preview.legend.${kind}`, defaultMessage: kind === 'location' ? 'This place' : 'The incident’s place' }) },
    { key: 'governorate', symbol: '○', color: 'neutral600', text: formatMessage({ id: 'map-preview.legend.governorate', defaultMessage: 'The governorate' }) },
    ...(hasPlaces
      ? [{ key: 'places', symbol: '●', color: 'neutral400', text: formatMessage({ id: 'map-preview.legend.places', defaultMessage: 'Its other places' }) }]
      : []),
    ...(hasReach
      ? [{ key: 'reach', symbol: '◌', color: 'neutral500', text: formatMessage({ id: 'map-preview.legend.reach', defaultMessage: 'How far its places reach' }) }]
      : []),
  ];
  return (
    <Flex tag="ul" wrap="wrap" gap={3} paddingTop={1}>
      {items.map((item) => (
        <Typography key={item.key} tag="li" variant="pi" textColor="neutral600">
          <Typography variant="pi" textColor={item.color} aria-hidden>
            {item.symbol}
          </Typography>{' '}
          {item.text}
        </Typography>
      ))}
    </Flex>
  );
};

const FlagLine = ({ flag, governorate }: { flag: MapFlag; governorate?: string }) => {
  const intl = useIntl();
  const km = (value: number) => intl.formatNumber(Math.round(value), { numberingSystem: 'latn' });
  const message = flagMessage(flag);
  const values: Record<string, string> = {
    governorate: isolate(governorate ?? ''),
    tolerance: km(BORDER_TOLERANCE_KM),
    ...('distanceKm' in flag ? { distance: km(flag.distanceKm) } : {}),
    ...('limitKm' in flag ? { limit: km(flag.limitKm) } : {}),
  };
  const warning = isWarning(flag);
  const color = useMapColors();
  return (
    <Box
      tag="li"
      paddingTop={1}
      paddingBottom={1}
      paddingLeft={2}
      paddingRight={2}
      background={warning ? 'danger100' : 'neutral100'}
      hasRadius
      data-testid="map-preview-flag"
      data-flag={flag.kind}
      // The start edge: left in English, right in Arabic.
      style={{ borderInlineStart: `3px solid ${color(warning ? 'danger600' : 'neutral500')}` }}
    >
      <Typography variant="pi" textColor={warning ? 'danger700' : 'neutral700'}>
        {intl.formatMessage(message, values)}
      </Typography>
    </Box>
  );
};

function flagMessage(flag: MapFlag) {
  switch (flag.kind) {
    case 'no-location':
      return { id: 'map-preview.flag.no-location', defaultMessage: 'No place is linked to this incident yet.' };
    case 'missing-coordinates':
      return { id: 'map-preview.flag.missing-coordinates', defaultMessage: 'No coordinates: this place cannot be shown on a map. Enter its latitude and longitude.' };
    case 'partial-coordinates':
      return { id: 'map-preview.flag.partial-coordinates', defaultMessage: 'Enter both the latitude and the longitude.' };
    case 'invalid-coordinates':
      return {
        id: 'map-preview.flag.invalid-coordinates',
        defaultMessage: 'These coordinates are not valid: the latitude is between -90 and 90, the longitude between -180 and 180.',
      };
    case 'outside-syria':
      return {
        id: 'map-preview.flag.outside-syria',
        defaultMessage:
          'This point is outside Syria, {distance} km beyond the border. Check that the latitude and longitude are not swapped. (The border is as controlled on the ground: the occupied Golan lies outside it.)',
      };
    case 'on-border':
      return {
        id: 'map-preview.flag.on-border',
        defaultMessage: 'This point is on the border line (less than {tolerance} km from it); the map is too coarse to tell which side.',
      };
    case 'far-from-governorate':
      return {
        id: 'map-preview.flag.far-from-governorate',
        defaultMessage: 'This point is {distance} km from {governorate}, farther than its places reach (up to {limit} km). Check the coordinates and the parent.',
      };
    case 'no-governorate':
      return { id: 'map-preview.flag.no-governorate', defaultMessage: 'No governorate above this place: give it a parent to compare it with its governorate’s places.' };
  }
}
