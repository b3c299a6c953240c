import { Box, Group, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { numberFromField } from '../model/conversions';
import type { NumberFieldValue } from '../model/form-values';
import classes from './speed-band.module.css';

export interface SpeedBandProps {
  min: NumberFieldValue;
  max: NumberFieldValue;
}

/** Drawn at the frame's own pixel width, so labels keep their size on a phone and a desktop. */
const FALLBACK_WIDTH = 400;
const HEIGHT = 56;
const PAD = 14;
const BAR_Y = 18;
const BAR_H = 16;
const EMPTY_SCALE_END = 250;

/** The scale runs to a round number past the band, between 250 and 600 wpm. */
export function scaleEndFor(min: number, max: number): number {
  const wanted = Math.ceil((Math.max(min, max) * 1.15) / 50) * 50;
  return Math.min(600, Math.max(EMPTY_SCALE_END, wanted));
}

const ticksFor = (end: number) => {
  const step = end > 400 ? 100 : 50;
  return Array.from({ length: Math.floor(end / step) + 1 }, (_, i) => i * step);
};

/** The band to draw, or null while min and max do not make one (empty, out of order...). */
function bandOf(min: NumberFieldValue, max: NumberFieldValue) {
  const low = numberFromField(min);
  const high = numberFromField(max);
  if (typeof low !== 'number' || typeof high !== 'number') return null;
  if (!Number.isInteger(low) || !Number.isInteger(high) || low < 1 || high < low) return null;
  return { low, high };
}

/**
 * The allowed band on a words-per-minute scale: a person sees the rule rather than reads it.
 * Same size with or without a band, so typing never moves what is below it.
 */
export function SpeedBand({ min, max }: SpeedBandProps) {
  const { t } = useTranslation('speedRules');
  const titleId = useId();
  const { ref, width: measured } = useElementSize<HTMLDivElement>();
  // Unmeasured yet, or a frame no wider than its padding (a window resized through a pixel or
  // so): draw at the fallback width, which the SVG scales, rather than bars of negative width.
  const width = measured > 2 * PAD ? Math.round(measured) : FALLBACK_WIDTH;
  const band = bandOf(min, max);

  const end = band ? scaleEndFor(band.low, band.high) : EMPTY_SCALE_END;
  const x = (wpm: number) => PAD + (Math.min(wpm, end) / end) * (width - 2 * PAD);
  const label = band ? t('band.summary', { min: band.low, max: band.high }) : t('band.incomplete');

  return (
    <Box className={classes.frame} ref={ref}>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        className={classes.svg}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{label}</title>
        {band ? (
          <BandShapes low={band.low} high={band.high} end={end} x={x} />
        ) : (
          <>
            <rect
              x={x(0)}
              y={BAR_Y}
              width={x(end) - x(0)}
              height={BAR_H}
              className={classes.empty}
            />
            <text x={width / 2} y={BAR_Y - 5} textAnchor="middle" className={classes.message}>
              {label}
            </text>
          </>
        )}
        {ticksFor(end).map((tick) => (
          <g key={tick}>
            <line
              x1={x(tick)}
              x2={x(tick)}
              y1={BAR_Y + BAR_H}
              y2={BAR_Y + BAR_H + 4}
              className={classes.tick}
            />
            <text x={x(tick)} y={HEIGHT - 2} textAnchor="middle" className={classes.tickLabel}>
              {tick}
            </text>
          </g>
        ))}
      </svg>
      <Group gap="md" justify="center" className={classes.legend} style={{ rowGap: 2 }} aria-hidden>
        <LegendItem swatch={classes.slow} text={t('band.tooSlow')} />
        <LegendItem swatch={classes.ok} text={t('band.allowed')} />
        <LegendItem swatch={classes.fast} text={t('band.tooFast')} />
        <Text size="xs" c="dimmed">
          {t('band.unit')}
        </Text>
      </Group>
    </Box>
  );
}

function BandShapes({
  low,
  high,
  end,
  x,
}: {
  low: number;
  high: number;
  end: number;
  x: (wpm: number) => number;
}) {
  const openEnded = high > end;
  const highX = openEnded ? x(end) : x(high);
  // Two labels closer than this would overprint: push them apart, away from each other.
  const crowded = highX - x(low) < 34;
  return (
    <>
      <rect x={x(0)} y={BAR_Y} width={x(low) - x(0)} height={BAR_H} className={classes.slow} />
      <rect x={x(low)} y={BAR_Y} width={highX - x(low)} height={BAR_H} className={classes.ok} />
      {!openEnded && (
        <rect x={highX} y={BAR_Y} width={x(end) - highX} height={BAR_H} className={classes.fast} />
      )}
      <text
        x={crowded ? x(low) - 2 : x(low)}
        y={BAR_Y - 5}
        textAnchor={crowded ? 'end' : 'middle'}
        className={classes.edgeLabel}
      >
        {low}
      </text>
      <text
        x={openEnded ? highX : crowded ? highX + 2 : highX}
        y={BAR_Y - 5}
        textAnchor={openEnded ? 'end' : crowded ? 'start' : 'middle'}
        className={classes.edgeLabel}
      >
        {openEnded ? `${high} →` : high}
      </text>
    </>
  );
}

function LegendItem({ swatch, text }: { swatch: string | undefined; text: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width="12" height="12" aria-hidden>
        <rect width="12" height="12" rx="2" className={swatch} />
      </svg>
      <Text size="xs">{text}</Text>
    </Group>
  );
}
