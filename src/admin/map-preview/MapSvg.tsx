import * as React from 'react';
import { useTheme } from 'styled-components';
import { fitProjection, marker, outlinePath, type Bounds, type OutlineGeometry, type Position } from './geometry';

export interface MapPlace {
  documentId: string;
  name: string;
  point: Position;
}

interface Props {
  outline: OutlineGeometry;
  bounds: Bounds;
  width: number;
  label: string;
  testId: string;
  /** The entry's point; drawn on the frame's edge, hollow, when it lies beyond it. */
  point: Position | null;
  /** Whether the point carries a warning (drawn in the danger colour). */
  warn: boolean;
  governorate?: MapPlace | null;
  places: MapPlace[];
  /** A dashed circle: how far the governorate's places reach, plus the margin. */
  reach?: { centre: Position; radiusKm: number } | null;
}

const FALLBACK = {
  neutral0: '#ffffff',
  neutral100: '#f6f6f9',
  neutral300: '#dcdce4',
  neutral500: '#8e8ea9',
  neutral600: '#666687',
  primary600: '#4945ff',
  danger600: '#d02b20',
};

/** A colour of the design system's theme (light or dark), with its light value as a fallback. */
export function useMapColors() {
  const theme = useTheme() as { colors?: Partial<Record<keyof typeof FALLBACK, string>> } | undefined;
  return (name: keyof typeof FALLBACK) => theme?.colors?.[name] ?? FALLBACK[name];
}

/** Geography has no reading direction: the map is drawn the same in both interface languages. */
export const MapSvg = ({ outline, bounds, width, label, testId, point, warn, governorate, places, reach }: Props) => {
  const color = useMapColors();
  const projection = React.useMemo(() => fitProjection(bounds, width), [bounds, width]);
  const path = React.useMemo(() => outlinePath(outline, projection), [outline, projection]);
  const round = (value: number) => Math.round(value * 10) / 10;
  const pointMarker = point ? marker(projection, point) : null;
  const pointColor = warn ? color('danger600') : color('primary600');

  return (
    <svg
      viewBox={`0 0 ${projection.width} ${projection.height}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ display: 'block', overflow: 'hidden', background: color('neutral0') }}
    >
      <title>{label}</title>
      <path d={path} fill={color('neutral100')} stroke={color('neutral500')} strokeWidth={1} fillRule="evenodd" strokeLinejoin="round" />
      {reach && (
        <circle
          data-testid="map-preview-reach"
          cx={round(projection.project(reach.centre)[0])}
          cy={round(projection.project(reach.centre)[1])}
          r={round(reach.radiusKm * projection.pixelsPerKm)}
          fill="none"
          stroke={color('neutral500')}
          strokeWidth={1}
          strokeDasharray="3 3"
        />
      )}
      {places.map((place) => {
        const [x, y] = projection.project(place.point);
        if (!projection.inFrame([x, y])) return null;
        return (
          <circle
            key={place.documentId}
            data-testid="map-preview-place"
            data-place={place.documentId}
            cx={round(x)}
            cy={round(y)}
            r={3}
            fill={color('neutral600')}
            fillOpacity={0.45}
          >
            <title>{place.name}</title>
          </circle>
        );
      })}
      {governorate && (
        <circle
          data-testid="map-preview-governorate"
          cx={round(projection.project(governorate.point)[0])}
          cy={round(projection.project(governorate.point)[1])}
          r={4}
          fill={color('neutral0')}
          stroke={color('neutral600')}
          strokeWidth={1.5}
        >
          <title>{governorate.name}</title>
        </circle>
      )}
      {pointMarker && (
        <g data-testid="map-preview-point" data-clamped={pointMarker.clamped ? 'true' : 'false'} data-warning={warn ? 'true' : 'false'}>
          <circle cx={round(pointMarker.x)} cy={round(pointMarker.y)} r={8} fill={pointColor} fillOpacity={0.2} />
          <circle
            cx={round(pointMarker.x)}
            cy={round(pointMarker.y)}
            r={4}
            fill={pointMarker.clamped ? color('neutral0') : pointColor}
            stroke={pointMarker.clamped ? pointColor : color('neutral0')}
            strokeWidth={1.5}
          />
        </g>
      )}
    </svg>
  );
};
